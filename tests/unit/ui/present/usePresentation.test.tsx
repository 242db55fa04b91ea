// @vitest-environment jsdom
import { act, cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePresentation } from '../../../../src/app/usePresentation';
import type { Scene } from '../../../../src/state/scenes';
import { INITIAL_STATE, type Action, type AppState } from '../../../../src/state/store';
import { BUNDLED as dataset } from '../bundledDataset';

afterEach(cleanup);

const SCENES: Scene[] = [
  { name: 'Waste', query: '?theme=waste' },
  { name: 'Energy', query: '?theme=energy&view=graph' },
  { name: '大阪', query: '?workshop=ws-2017-11-osaka&lang=ja' },
];

function present(scenes: readonly Scene[] = SCENES) {
  const dispatch = vi.fn<(action: Action) => void>();
  const state: AppState = { ...INITIAL_STATE, scenes };
  const hook = renderHook(() => usePresentation(dataset, state, dispatch));
  /** The state each `restore` asked for, in order. */
  const restored = () =>
    dispatch.mock.calls.flatMap(([action]) => (action.type === 'restore' ? [action.state] : []));
  return { hook, dispatch, restored };
}

const key = (key: string, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });

describe('presenting', () => {
  it('starts at a scene, restoring its filters and view, and asks for full screen', () => {
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    const { hook, restored } = present();
    expect(hook.result.current.index).toBeNull();
    act(() => hook.result.current.start(1));
    expect(hook.result.current.index).toBe(1);
    expect(restored()[0]!.filters.themes).toEqual(['energy']);
    expect(restored()[0]!.view).toBe('graph');
    expect(requestFullscreen).toHaveBeenCalledOnce();
  });

  it('presents in the window when full screen is refused', async () => {
    document.documentElement.requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
    const { hook } = present();
    act(() => hook.result.current.start(0));
    await act(async () => {});
    expect(hook.result.current.index).toBe(0);
  });

  it('steps with the arrow keys, Page Up / Down, Space, Home and End, and stops with Escape', () => {
    const { hook, restored } = present();
    act(() => hook.result.current.start(0));
    key('ArrowRight');
    expect(hook.result.current.index).toBe(1);
    key(' ');
    expect(hook.result.current.index).toBe(2);
    // A Japanese scene switches the app to Japanese.
    expect(restored().at(-1)!.language).toBe('ja');
    expect(restored().at(-1)!.record).toEqual({ kind: 'workshop', id: 'ws-2017-11-osaka' });
    key('ArrowRight');
    expect(hook.result.current.index).toBe(2);
    key('PageUp');
    key('ArrowLeft');
    expect(hook.result.current.index).toBe(0);
    expect(restored().at(-1)!.language).toBe('en');
    key('End');
    expect(hook.result.current.index).toBe(2);
    key('Home');
    expect(hook.result.current.index).toBe(0);
    key('PageDown');
    expect(hook.result.current.index).toBe(1);
    key('Escape');
    expect(hook.result.current.index).toBeNull();
    // Stopped: the keys are the page's again.
    key('ArrowRight');
    expect(hook.result.current.index).toBeNull();
  });

  it('does not step on keys typed in a field, or on Space pressed on a button', () => {
    const { hook } = present();
    act(() => hook.result.current.start(0));
    const input = document.body.appendChild(document.createElement('input'));
    const button = document.body.appendChild(document.createElement('button'));
    key('ArrowRight', input);
    key(' ', button);
    expect(hook.result.current.index).toBe(0);
    key('ArrowRight', button);
    expect(hook.result.current.index).toBe(1);
    input.remove();
    button.remove();
  });

  it('clamps a step to the list', () => {
    const { hook } = present();
    act(() => hook.result.current.start(5));
    expect(hook.result.current.index).toBe(2);
    act(() => hook.result.current.step(-3));
    expect(hook.result.current.index).toBe(0);
  });

  it('stops when the browser leaves full screen', () => {
    const { hook } = present();
    act(() => hook.result.current.start(0));
    act(() => {
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(hook.result.current.index).toBeNull();
  });

  it('gives the focus back to the control that started it', () => {
    const { hook } = present();
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    act(() => hook.result.current.start(0));
    // The bar takes the focus while presenting.
    act(() => button.blur());
    expect(document.activeElement).toBe(document.body);
    key('Escape');
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('does not start without scenes', () => {
    const { hook, dispatch } = present([]);
    act(() => hook.result.current.start(0));
    expect(hook.result.current.index).toBeNull();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
