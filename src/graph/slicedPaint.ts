/**
 * A large graph's pictures: each painted off-screen a slice per animation frame (in one go,
 * 100,000 links and 10,000 cities held the page for half a second), and the last whole one kept
 * to stand in, moved, while the view pans or the next picture is painted.
 */
import type { ViewTransform } from './draw';
import type { Scene } from './marks';
import type { StillFrame } from './movingFrame';
import { PAINT_START, paintSlice, type PaintCursor } from './painter';

/** The handle `createSlicedPaint` returns. */
export interface SlicedPaint {
  /** The last whole picture, with the view it was painted for; null before the first. */
  readonly still: StillFrame | null;
  /** True while a picture is under way. */
  readonly painting: boolean;
  /** True when the picture under way is for this view: its transform, size and pixel ratio. */
  paintingFor(transform: ViewTransform, width: number, height: number, ratio: number): boolean;
  /**
   * Starts a `width` × `height` picture (device pixels, `ratio` per CSS pixel) of `scene` seen
   * through `transform`; false where the browser gives no 2D canvas.
   */
  start(
    scene: Scene,
    transform: ViewTransform,
    width: number,
    height: number,
    ratio: number,
  ): boolean;
  /** Paints until `performance.now()` passes `until`; the picture once whole (then `still`), else null. */
  paint(until: number): HTMLCanvasElement | null;
  /** Drops the picture under way. */
  drop(): void;
  /** Drops the picture under way and the kept one. */
  clear(): void;
}

interface UnderWay {
  scene: Scene;
  transform: ViewTransform;
  ratio: number;
  picture: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  cursor: PaintCursor;
}

/** Creates the pictures; no canvas is made before the first `start`. */
export function createSlicedPaint(): SlicedPaint {
  // Two at most: one painted while the other, the last whole picture, is shown moved.
  const canvases: HTMLCanvasElement[] = [];
  let still: StillFrame | null = null;
  let underWay: UnderWay | null = null;

  const spareCanvas = (width: number, height: number) => {
    let picture = canvases.find((canvas) => canvas !== still?.picture);
    if (!picture) canvases.push((picture = document.createElement('canvas')));
    if (picture.width !== width || picture.height !== height) {
      picture.width = width;
      picture.height = height;
    }
    return picture;
  };

  return {
    get still() {
      return still;
    },
    get painting() {
      return underWay !== null;
    },
    paintingFor(transform, width, height, ratio) {
      if (!underWay) return false;
      const { picture, transform: t } = underWay;
      return (
        t.k === transform.k &&
        t.x === transform.x &&
        t.y === transform.y &&
        picture.width === width &&
        picture.height === height &&
        underWay.ratio === ratio
      );
    },
    start(scene, transform, width, height, ratio) {
      const picture = spareCanvas(width, height);
      // Read back after every slice (see `paint`), so kept in memory rather than on the GPU.
      const context = picture.getContext('2d', { willReadFrequently: true });
      underWay = context && { scene, transform, ratio, picture, context, cursor: PAINT_START };
      return underWay !== null;
    },
    paint(until) {
      if (!underWay) return null;
      const { context, scene, ratio, cursor } = underWay;
      const next = paintSlice(context, scene, ratio, cursor, () => {
        // The browser draws what it was told later, all at once: reading a pixel makes it draw
        // now, so that the clock counts the drawing and not only the telling.
        context.getImageData(0, 0, 1, 1);
        return performance.now() > until;
      });
      if (next) {
        underWay.cursor = next;
        return null;
      }
      const { picture, transform } = underWay;
      still = { picture, transform, ratio };
      underWay = null;
      return still.picture;
    },
    drop() {
      underWay = null;
    },
    clear() {
      underWay = null;
      still = null;
    },
  };
}
