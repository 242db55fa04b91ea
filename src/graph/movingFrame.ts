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

/** A full frame kept as a picture, with the transform it was drawn at. */
export interface StillFrame {
  picture: HTMLCanvasElement;
  transform: ViewTransform;
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

/** Keeps `canvas` as drawn now at `transform`, reusing the picture of `previous` when it can. */
export function keepFrame(
  canvas: HTMLCanvasElement,
  transform: ViewTransform,
  previous: StillFrame | null,
): StillFrame | null {
  const picture = previous?.picture ?? document.createElement('canvas');
  if (picture.width !== canvas.width || picture.height !== canvas.height) {
    picture.width = canvas.width;
    picture.height = canvas.height;
  }
  const context = picture.getContext('2d');
  if (!context) return null;
  context.clearRect(0, 0, picture.width, picture.height);
  context.drawImage(canvas, 0, 0);
  return { picture, transform };
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
  // The picture is in device pixels; the move is in CSS pixels.
  context.setTransform(scale, 0, 0, scale, dx * ratio, dy * ratio);
  context.drawImage(still.picture, 0, 0);
  context.setTransform(1, 0, 0, 1, 0, 0);
}
