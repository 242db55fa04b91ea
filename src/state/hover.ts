/**
 * The city under the pointer, in a tiny store of its own rather than in the app's reducer: the
 * pointer moves many times a second, and only what shows the hover (the highlight in the map and
 * the graph) should re-render, not the whole page. React reads it with `useSyncExternalStore`.
 */

/** A store of the hovered city's id (null when the pointer is over no city). */
export interface HoverStore {
  /** The hovered city's id, or null. */
  get(): string | null;
  /** Sets the hovered city; tells the subscribers only when it changed. */
  set(cityId: string | null): void;
  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A new hover store, empty; one per app (no module-level state, so tests and apps never share one). */
export function createHoverStore(): HoverStore {
  let hovered: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set(cityId) {
      if (cityId === hovered) return;
      hovered = cityId;
      // A copy: a listener may unsubscribe while being told.
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
