// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFTS_KEY, encodeDrafts, useDrafts } from '../../../src/app/useDrafts';
import { makeDraft } from '../../../src/domain/drafts';

const WHEN = '2024-05-06T07:08:09.000Z';
const osakaCebu = makeDraft('osaka', 'cebu', ['waste'], WHEN);
const kitakyushuHue = makeDraft('kitakyushu', 'hue', [], WHEN);

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the drafts kept in the browser', () => {
  it('survive a reload: what one visit adds, the next one starts with', () => {
    const first = renderHook(() => useDrafts());
    act(() => {
      first.result.current.add(osakaCebu);
      first.result.current.add(kitakyushuHue);
    });
    expect(first.result.current.drafts).toEqual([osakaCebu, kitakyushuHue]);
    first.unmount();

    const again = renderHook(() => useDrafts());
    expect(again.result.current.drafts).toEqual([osakaCebu, kitakyushuHue]);
    expect(again.result.current.message).toBeNull();
  });

  it('take the list another tab wrote, so that the next change here keeps its drafts', () => {
    const here = renderHook(() => useDrafts());
    // Another tab adds a draft: the browser stores it and tells this tab.
    localStorage.setItem(DRAFTS_KEY, encodeDrafts([osakaCebu]));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: DRAFTS_KEY }));
    });
    expect(here.result.current.drafts).toEqual([osakaCebu]);
    act(() => {
      here.result.current.add(kitakyushuHue);
    });
    expect(here.result.current.drafts).toEqual([osakaCebu, kitakyushuHue]);
  });

  it('adds a pair once, whichever way round it is picked, and never a city with itself', () => {
    const { result } = renderHook(() => useDrafts());
    let added: boolean[] = [];
    act(() => {
      added = [
        result.current.add(osakaCebu),
        result.current.add(makeDraft('cebu', 'osaka', ['energy'], WHEN)),
        result.current.add(makeDraft('osaka', 'osaka', [], WHEN)),
      ];
    });
    expect(added).toEqual([true, false, false]);
    expect(result.current.drafts).toEqual([osakaCebu]);
  });

  it('removes one draft, or all, and the removal survives a reload too', () => {
    const { result, unmount } = renderHook(() => useDrafts());
    act(() => {
      result.current.add(osakaCebu);
      result.current.add(kitakyushuHue);
    });
    act(() => result.current.remove(osakaCebu.id));
    expect(result.current.drafts).toEqual([kitakyushuHue]);
    unmount();
    const again = renderHook(() => useDrafts());
    expect(again.result.current.drafts).toEqual([kitakyushuHue]);

    act(() => again.result.current.clear());
    expect(again.result.current.drafts).toEqual([]);
    again.unmount();
    expect(renderHook(() => useDrafts()).result.current.drafts).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"version":1,"drafts":['],
    ['a value of another app', '{"theme":"dark"}'],
    ['a list from another version', JSON.stringify({ version: 2, drafts: [osakaCebu] })],
    ['a bare list', JSON.stringify([osakaCebu])],
  ])(
    'ignores %s with a message, not an exception, and replaces it at the next change',
    (_, stored) => {
      localStorage.setItem(DRAFTS_KEY, stored);
      const { result } = renderHook(() => useDrafts());
      expect(result.current.drafts).toEqual([]);
      expect(result.current.message).toBe('unreadable');
      // Kept as it was until the user changes something: reading does not destroy it.
      expect(localStorage.getItem(DRAFTS_KEY)).toBe(stored);
      act(() => {
        result.current.add(osakaCebu);
      });
      expect(localStorage.getItem(DRAFTS_KEY)).toBe(encodeDrafts([osakaCebu]));
    },
  );

  it('keeps the readable drafts of a damaged list and says some were ignored', () => {
    localStorage.setItem(
      DRAFTS_KEY,
      JSON.stringify({
        version: 1,
        drafts: [osakaCebu, { cityAId: 'osaka' }, 'x', { ...kitakyushuHue, id: 'forged' }],
      }),
    );
    const { result } = renderHook(() => useDrafts());
    // A draft's id is its pair's, whatever was stored.
    expect(result.current.drafts).toEqual([osakaCebu, kitakyushuHue]);
    expect(result.current.message).toBe('partlyUnreadable');
  });

  it('goes on without storage when the browser refuses it, and says the drafts are not kept', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { result } = renderHook(() => useDrafts());
    expect(result.current.message).toBe('unavailable');
    act(() => {
      result.current.add(osakaCebu);
    });
    expect(result.current.drafts).toEqual([osakaCebu]);
    expect(result.current.message).toBe('unavailable');
  });

  it('says when a change could not be kept (storage full), and stops saying so once one is', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useDrafts());
    act(() => {
      result.current.add(osakaCebu);
    });
    expect(result.current.drafts).toEqual([osakaCebu]);
    expect(result.current.message).toBe('notSaved');
    act(() => {
      result.current.add(kitakyushuHue);
    });
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(result.current.message).toBeNull();
    expect(localStorage.getItem(DRAFTS_KEY)).toBe(encodeDrafts([osakaCebu, kitakyushuHue]));
  });
});
