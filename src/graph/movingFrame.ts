/**
 * Level of detail while the view moves: a large graph is drawn in full once, then, while the
 * user pans or zooms, that frame is moved as a picture (one `drawImage`), and the graph is drawn
 * in full again once the view has been still for a moment. Panning 50,000 links then costs a
 * copy per frame instead of 50,000 strokes.
 */
import type { ViewTransform } from './draw';

/** Links above which a moving view shows the last full frame, moved. */
export const MOVED_FRAME_ABOVE = 2000;

/** Milliseconds without a move after which the graph is drawn in full again. */
export const SETTLE_MS = 150;

/** A full frame kept as a picture (the off-screen canvas it was painted on), with its transform. */
export interface StillFrame {
  picture: HTMLCanvasElement;
  transform: ViewTransform;
  /** Device pixels per CSS pixel it was painted at. */
  ratio: number;
}

/**
 * How a frame drawn at `from` lands on screen at `to`: screen = layout × k + (x, y), so a point
 * at `p` on the old frame is at `p × scale + (dx, dy)` now.
 */
export function movedBy(
  from: ViewTransform,
  to: ViewTransform,
): { scale: number; dx: number; dy: number } {
  const scale = to.k / from.k;
  return { scale, dx: to.x - from.x * scale, dy: to.y - from.y * scale };
}

/** Draws `still` as it lands at `transform`, `ratio` device pixels per CSS pixel. */
export function drawMoved(
  context: CanvasRenderingContext2D,
  still: StillFrame,
  transform: ViewTransform,
  ratio: number,
): void {
  const { scale, dx, dy } = movedBy(still.transform, transform);
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  // The picture is in its own device pixels; the move is in CSS pixels.
  const k = (scale * ratio) / still.ratio;
  context.setTransform(k, 0, 0, k, dx * ratio, dy * ratio);
  context.drawImage(still.picture, 0, 0);
  context.setTransform(1, 0, 0, 1, 0, 0);
}
