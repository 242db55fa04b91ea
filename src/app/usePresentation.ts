/**
 * Presentation mode: full screen, large type, and the saved scenes stepped through with the arrow
 * keys; each step restores its scene's state through the URL codec.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Dataset } from '../domain/dataset';
import { readScene } from '../state/scenes';
import type { Action, AppState } from '../state/store';

/** What the workspace needs to present. */
export interface Presentation {
  /** The scene shown, while presenting; null otherwise. */
  index: number | null;
  /** Shows scene `index` (clamped) and presents from there, full screen where the browser allows. */
  start(index: number): void;
  /** Shows scene `index`, clamped to the list. */
  step(index: number): void;
  /** Leaves presentation mode (and full screen). */
  stop(): void;
}

/** Where a key typed while presenting leads, from scene `index` of `count`; null for none. */
function keyTarget(key: string, index: number, count: number): number | 'stop' | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return index + 1;
    case 'ArrowLeft':
    case 'PageUp':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'stop';
    default:
      return null;
  }
}

/** A key that belongs to what has focus: typing in a field, or Space and Enter on a button. */
const TYPED_FIELDS =
  'input:not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"]), textarea, select';

function ownedByTarget(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  // Fields one types or picks in keep their keys; a radio or a checkbox keeps only Space.
  if (target.isContentEditable || target.closest(TYPED_FIELDS)) return true;
  return (
    (event.key === ' ' || event.key === 'Enter') && target.closest('button, a, input') !== null
  );
}

/** Presents `state.scenes` of `dataset`. */
export function usePresentation(
  dataset: Dataset,
  state: AppState,
  dispatch: Dispatch<Action>,
): Presentation {
  const { scenes } = state;
  const [shown, setShown] = useState<number | null>(null);
  // The control that started the presentation: focus returns to it afterwards.
  const opener = useRef<HTMLElement | null>(null);
  // Removing scenes (a new file, say) can leave the index past the end: it shows the last one.
  const index = shown === null || scenes.length === 0 ? null : Math.min(shown, scenes.length - 1);

  const show = useCallback(
    (wanted: number) => {
      if (scenes.length === 0) return false;
      const next = Math.max(0, Math.min(wanted, scenes.length - 1));
      // The scene's own language too: a Japanese scene switches the app to Japanese.
      dispatch({ type: 'restore', state: readScene(scenes[next]!, dataset).state });
      setShown(next);
      return true;
    },
    [scenes, dataset, dispatch],
  );

  const start = useCallback(
    (wanted: number) => {
      if (!show(wanted)) return;
      if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
      const root = document.documentElement;
      // Refused (no user gesture, a frame without permission) or absent: present in the window.
      if (!document.fullscreenElement && root.requestFullscreen)
        root.requestFullscreen().catch(() => {});
    },
    [show],
  );

  const step = useCallback(
    (wanted: number) => {
      if (index !== null) show(wanted);
    },
    [index, show],
  );

  const stop = useCallback(() => {
    setShown(null);
    if (document.fullscreenElement && document.exitFullscreen)
      document.exitFullscreen().catch(() => {});
  }, []);

  useEffect(() => {
    if (index !== null || !opener.current) return;
    // After the page has its sidebar back, where the Present button is.
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [index]);

  useEffect(() => {
    if (index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownedByTarget(event)) return;
      const target = keyTarget(event.key, index, scenes.length);
      if (target === null) return;
      // Space would scroll, the arrows would pan the map or move in the graph: the key is the
      // presenter's. Heard in the capture phase, before the map's and the graph's own handlers.
      event.preventDefault();
      event.stopPropagation();
      if (target === 'stop') stop();
      else if (target !== index) show(target);
    };
    // Leaving full screen (the browser's own Escape, or its menu) leaves the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) setShown(null);
    };
    // The browser's Back and Forward leave the scenes' order: the presentation ends there.
    const onHistory = () => stop();
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('popstate', onHistory);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('popstate', onHistory);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [index, scenes.length, show, stop]);

  return useMemo(() => ({ index, start, step, stop }), [index, start, step, stop]);
}
