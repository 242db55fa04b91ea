import { describe, expect, it, vi } from 'vitest';
import { createHoverStore } from '../../../src/state/hover';
import { INITIAL_STATE, reducer, type Action } from '../../../src/state/store';

describe('the hover store', () => {
  it('tells its subscribers when the hovered city changes, and no one else', () => {
    const store = createHoverStore();
    const map = vi.fn();
    const graph = vi.fn();
    const gone = vi.fn();
    store.subscribe(map);
    store.subscribe(graph);
    const unsubscribe = store.subscribe(gone);
    unsubscribe();

    store.set('osaka');
    expect(store.get()).toBe('osaka');
    expect(map).toHaveBeenCalledTimes(1);
    expect(graph).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();

    // Pointing at the same city again is no change: nothing re-renders.
    store.set('osaka');
    expect(map).toHaveBeenCalledTimes(1);

    store.set(null);
    expect(store.get()).toBeNull();
    expect(map).toHaveBeenCalledTimes(2);
    expect(gone).not.toHaveBeenCalled();
  });

  it('keeps each store apart: two apps (or two tests) never share a hover', () => {
    const one = createHoverStore();
    const other = createHoverStore();
    one.set('osaka');
    expect(other.get()).toBeNull();
  });
});

describe('the app state and hover', () => {
  it('holds no hovered city, and a hover action leaves the state as it is', () => {
    expect(INITIAL_STATE).not.toHaveProperty('hoveredCityId');
    // The action the reducer used to take on every pointer move: now not one of its actions.
    const hover = { type: 'hoverCity', cityId: 'osaka' } as unknown as Action;
    expect(reducer(INITIAL_STATE, hover)).toBe(INITIAL_STATE);
  });
});
