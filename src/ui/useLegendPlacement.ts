/**
 * Where the legend of the map and the graph sits (lower left or lower right) and whether it is
 * open: one legend for both views, so moving or folding it in one holds in the other. The side
 * is kept in the browser, as a reader's habit rather than part of the shared state.
 */
import { useCallback, useRef, useState } from 'react';

export type LegendSide = 'left' | 'right';

export interface LegendPlacement {
  side: LegendSide;
  setSide(side: LegendSide): void;
  /**
   * True once after `setSide`: the legend, made anew in its other corner, gives the focus back
   * to its move button, so that a keyboard user is not dropped to the top of the page.
   */
  takeMoveFocus(): boolean;
  open: boolean;
  setOpen(open: boolean): void;
}

const KEY = 'c2c-network:legend-side';

function storedSide(): LegendSide {
  try {
    return window.localStorage.getItem(KEY) === 'right' ? 'right' : 'left';
  } catch {
    // Storage can be refused (private windows, blocked cookies): the default side then.
    return 'left';
  }
}

/** The legend's placement; `initiallyOpen` is read once, as a `<details>`' `open` would be. */
export function useLegendPlacement(initiallyOpen: boolean): LegendPlacement {
  const [side, setSideState] = useState(storedSide);
  const [open, setOpen] = useState(initiallyOpen);
  const moved = useRef(false);
  const takeMoveFocus = useCallback(() => {
    const was = moved.current;
    moved.current = false;
    return was;
  }, []);
  const setSide = useCallback((next: LegendSide) => {
    moved.current = true;
    setSideState(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Not kept: the legend still moves for this visit.
    }
  }, []);
  return { side, setSide, takeMoveFocus, open, setOpen };
}
