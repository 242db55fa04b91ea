/** While presenting: the scene's name, where it is in the list, previous / next, and the way out. */
import type { Scene } from '../../state/scenes';

interface Props {
  scenes: readonly Scene[];
  index: number;
  onStep(index: number): void;
  onExit(): void;
}

/** The presenter's bar. */
export function PresentationBar(props: Props) {
  void props;
  return null;
}
