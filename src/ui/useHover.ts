/** Reading the hover store from React: only the components that call this re-render on hover. */
import { useSyncExternalStore } from 'react';
import type { HoverStore } from '../state/hover';

/** The id of the city under the pointer (null for none); re-renders the caller when it changes. */
export function useHoveredCity(store: HoverStore): string | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
