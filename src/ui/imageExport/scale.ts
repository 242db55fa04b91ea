/**
 * How large an exported image may be, pure: the scales offered, the pixel size of a scale, and
 * the largest scale no larger than the one asked for that the browser can draw.
 */

/** The scales a PNG is offered at: 1×, 2× and 4× the view's CSS size. */
export const IMAGE_SCALES = [1, 2, 4] as const;
/** One of the scales offered. */
export type ImageScale = (typeof IMAGE_SCALES)[number];

/** What a browser can draw: the longest side and the most pixels of one canvas. */
export interface CanvasLimits {
  /** Pixels. */
  maxSide: number;
  /** Pixels in all (width × height). */
  maxPixels: number;
}

/**
 * Safe limits for a 2D canvas across current browsers: 16,384 px a side (Chromium's 32,767 and
 * Firefox's 32,767 are larger; Safari's is 16,384 on some devices) and 268 M pixels in all
 * (16,384², Chromium's and Firefox's area limit).
 */
export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxPixels: 16_384 * 16_384 };

/** The tighter of two sets of limits. */
export function tighterLimits(a: CanvasLimits, b: CanvasLimits): CanvasLimits {
  return { maxSide: Math.min(a.maxSide, b.maxSide), maxPixels: Math.min(a.maxPixels, b.maxPixels) };
}

/** Pixel size of an image at `scale` × a `width` × `height` view (CSS pixels), rounded as canvases are. */
export function imageSize(scale: number, width: number, height: number) {
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** True when an image at `scale` × a `width` × `height` view is within `limits`. */
export function fits(scale: number, width: number, height: number, limits: CanvasLimits): boolean {
  const size = imageSize(scale, width, height);
  return (
    size.width <= limits.maxSide &&
    size.height <= limits.maxSide &&
    size.width * size.height <= limits.maxPixels
  );
}

/** The scale an image is drawn at, and whether it is less than the one asked for. */
export interface FittedScale {
  scale: number;
  reduced: boolean;
}

/**
 * The largest whole scale ≤ `requested` at which a `width` × `height` view (CSS pixels) fits
 * `limits`, and whether that is less than asked; below 1×, the largest fraction that fits (to
 * the hundredth), so that something is always drawn.
 */
export function fitScale(
  requested: number,
  width: number,
  height: number,
  limits: CanvasLimits,
): FittedScale {
  for (let scale = Math.floor(requested); scale >= 1; scale--) {
    if (fits(scale, width, height, limits)) return { scale, reduced: scale < requested };
  }
  const largest = Math.min(
    limits.maxSide / Math.max(1, width),
    limits.maxSide / Math.max(1, height),
    Math.sqrt(limits.maxPixels / Math.max(1, width * height)),
  );
  let scale = Math.floor(largest * 100) / 100;
  // Rounding the pixel size up may still overstep by a pixel: one hundredth less then.
  while (scale > 0.01 && !fits(scale, width, height, limits)) scale -= 0.01;
  return { scale: Math.max(0.01, Math.round(scale * 100) / 100), reduced: true };
}

/** The next scale to try when the browser could not draw one: a whole step down, or none below 1×. */
export function smallerScale(scale: number): number | null {
  return scale > 1 ? Math.max(1, Math.ceil(scale) - 1) : null;
}
