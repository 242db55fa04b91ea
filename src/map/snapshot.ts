/**
 * Snapshots of a MapLibre map for image exports: the map drawn at a scale and copied to a 2D
 * canvas, and the largest canvas side this browser's WebGL can draw.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre's `maxCanvasSize` for this map (its default is 4096 px a side, which would cut a 4×
 * image of a wide view). MapLibre still lowers the pixel ratio itself where the drawing buffer
 * comes out smaller (`Painter.overLimit`), and `maxCanvasSide` reports the WebGL limits.
 */
export const MAX_CANVAS = 8192;

/**
 * Renders after `setPixelRatio` waited for before a snapshot is taken as it is: the map is
 * `idle` (labels placed, fades done) well before; this only bounds a map that never settles.
 */
const SNAPSHOT_FRAMES = 120;

/**
 * Takes snapshots of `map` (in `container`) while `ready()` (loaded, not destroyed); `end` stops
 * the one under way, so that none waits forever on a map being destroyed.
 */
export function createSnapshots(map: MapLibreMap, container: HTMLElement, ready: () => boolean) {
  // At most one snapshot at a time: each changes the pixel ratio and restores it.
  let snapshotting: Promise<HTMLCanvasElement | null> = Promise.resolve(null);
  // Ends the snapshot under way (with null once destroyed), so that none waits forever.
  let endSnapshot: (() => void) | null = null;

  /**
   * Draws the map at `scale` device pixels per CSS pixel and copies the frame. The WebGL drawing
   * buffer is not preserved after a frame is shown (`preserveDrawingBuffer: false`, MapLibre's
   * default), so the copy is made inside the `idle` event, within the frame that drew it.
   */
  const takeSnapshot = (scale: number) =>
    new Promise<HTMLCanvasElement | null>((resolve) => {
      if (!ready()) return resolve(null);
      const [width, height] = [container.clientWidth, container.clientHeight];
      let frames = 0;
      const capture = () => {
        endSnapshot = null;
        map.off('idle', capture);
        map.off('render', onRender);
        const source = map.getCanvas();
        let copy: HTMLCanvasElement | null = null;
        // MapLibre silently lowers the ratio of a canvas over its limits: then it is not the size asked.
        if (
          ready() &&
          source.width === Math.round(width * scale) &&
          source.height === Math.round(height * scale)
        ) {
          copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const context = copy.getContext('2d');
          if (context) context.drawImage(source, 0, 0);
          else copy = null;
        }
        // Back to the screen's own ratio: null ends the override (see `Map.setPixelRatio`).
        if (ready()) map.setPixelRatio(null as unknown as number);
        resolve(copy);
      };
      const onRender = () => {
        if (++frames >= SNAPSHOT_FRAMES) capture();
      };
      endSnapshot = capture;
      map.on('idle', capture);
      map.on('render', onRender);
      map.setPixelRatio(scale);
      map.triggerRepaint();
    });

  /** The least of MapLibre's and WebGL's limits on the canvas' side, in pixels. */
  const maxCanvasSide = () => {
    const canvas = map.getCanvas();
    // The map's own context: asking a canvas for the kind of context it has returns that one.
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
      WebGLRenderingContext | WebGL2RenderingContext | null;
    if (!gl) return MAX_CANVAS;
    const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
    return Math.min(
      MAX_CANVAS,
      gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
      gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
      viewport[0] ?? MAX_CANVAS,
      viewport[1] ?? MAX_CANVAS,
    );
  };

  return {
    /** The map at `scale` × its CSS size; null when not ready or drawn smaller than asked. */
    take(scale: number): Promise<HTMLCanvasElement | null> {
      snapshotting = snapshotting.then(() => takeSnapshot(scale));
      return snapshotting;
    },
    maxCanvasSide,
    end: () => endSnapshot?.(),
  };
}
