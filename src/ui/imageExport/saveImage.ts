/**
 * Saving a view as an image: the PNG at the largest scale the browser can draw (stepping down
 * when it still cannot), and the SVG as it is. What was saved, and at what size, comes back for
 * the menu to say.
 */
import { datedFileName, downloadBlob } from '../download';
import { fitScale, imageSize, smallerScale, type CanvasLimits } from './scale';

/** A PNG to make of a view. */
export interface PngJob {
  /** The scale asked for (1, 2, 4). */
  requested: number;
  /** The view's size, CSS pixels. */
  width: number;
  height: number;
  limits: CanvasLimits;
  /** Draws the image at `scale` (the view and its overlay); null when the browser could not. */
  draw(scale: number): Promise<HTMLCanvasElement | null>;
  /** The file's name at `scale`. */
  fileName(scale: number): string;
}

/** Pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/** What saving an image came to. */
export type SaveOutcome =
  | {
      type: 'png';
      requested: number;
      requestedSize: PixelSize;
      /** The scale saved at, below `requested` when the browser could not draw that. */
      saved: number;
      savedSize: PixelSize;
      fileName: string;
    }
  | { type: 'svg'; fileName: string }
  /** Nothing saved: the view has nothing drawn yet, or the browser could draw no size of it. */
  | { type: 'failed' };

/** A canvas as a PNG; null when the browser cannot encode it (too large, out of memory). */
function pngOf(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob(resolve, 'image/png');
    } catch {
      resolve(null);
    }
  });
}

/**
 * Draws and downloads the PNG of `job` at the largest scale ≤ the one asked for that fits the
 * limits, a whole step smaller each time the browser still fails to draw or encode it.
 */
export async function savePng(job: PngJob): Promise<SaveOutcome> {
  const { requested, width, height } = job;
  let scale: number | null = fitScale(requested, width, height, job.limits).scale;
  while (scale !== null) {
    const canvas = await job.draw(scale);
    const blob = canvas && (await pngOf(canvas));
    if (blob) {
      const fileName = job.fileName(scale);
      downloadBlob(fileName, blob);
      return {
        type: 'png',
        requested,
        requestedSize: imageSize(requested, width, height),
        saved: scale,
        savedSize: { width: canvas.width, height: canvas.height },
        fileName,
      };
    }
    scale = smallerScale(scale);
  }
  return { type: 'failed' };
}

/** Downloads `svg` (a document, or null when there is nothing drawn) as `fileName`. */
export function saveSvg(svg: string | null, fileName: string): SaveOutcome {
  if (svg === null) return { type: 'failed' };
  downloadBlob(fileName, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return { type: 'svg', fileName };
}

/** The name of an exported image, with today's date: `city-network-map-2x-2026-11-29.png`, `city-network-graph-2026-11-29.svg`. */
export function imageFileName(view: 'map' | 'graph', scale: number | null): string {
  return scale === null
    ? datedFileName(`city-network-${view}`, 'svg')
    : datedFileName(`city-network-${view}-${String(scale).replace('.', '_')}x`, 'png');
}
