/** Saved scenes: add the current view, name, reorder, remove, save to and load from a JSON file, present. */
import type { Dataset } from '../../domain/dataset';
import type { Scene } from '../../state/scenes';

interface Props {
  scenes: readonly Scene[];
  /** The loaded data: a scenes file is checked against it. */
  dataset: Dataset;
  /** The current state as a scene's query (`serialiseUrlState`). */
  currentQuery: string;
  onScenes(scenes: readonly Scene[]): void;
  /** Starts presenting at scene `index`. */
  onPresent(index: number): void;
}

/** The scenes of a presentation, and the button that starts it. */
export function ScenesPanel(props: Props) {
  void props;
  return null;
}
