import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  fitScale,
  imageSize,
  smallerScale,
  tighterLimits,
} from '../../../../src/ui/imageExport/scale';

// WebGL's limits in Chromium without a GPU, and MapLibre's for this app's map.
const WEBGL = { maxSide: 8192, maxPixels: CANVAS_LIMITS.maxPixels };

describe('fitScale', () => {
  it('keeps the scale asked for when the image fits', () => {
    expect(fitScale(4, 1280, 800, CANVAS_LIMITS)).toEqual({ scale: 4, reduced: false });
    expect(fitScale(2, 980, 608, WEBGL)).toEqual({ scale: 2, reduced: false });
  });

  it('steps down to the largest whole scale whose sides fit', () => {
    // 4 × 2,100 = 8,400 px is over 8,192; 3 × 2,100 = 6,300 is not.
    expect(fitScale(4, 2100, 600, WEBGL)).toEqual({ scale: 3, reduced: true });
    // The example: 5,120 × 3,200 over a 4,096 px side.
    expect(fitScale(4, 1280, 800, { maxSide: 4096, maxPixels: Infinity })).toEqual({
      scale: 3,
      reduced: true,
    });
  });

  it('steps down when the pixels in all are too many, though each side fits', () => {
    const limits = { maxSide: 16_384, maxPixels: 40_000_000 };
    // 4× of 2,000 × 1,500 is 48 M pixels; 3× is 27 M.
    expect(fitScale(4, 2000, 1500, limits)).toEqual({ scale: 3, reduced: true });
  });

  it('goes below 1× only when even 1× does not fit, to the largest hundredth that does', () => {
    const fitted = fitScale(1, 10_000, 1000, WEBGL);
    expect(fitted.reduced).toBe(true);
    expect(fitted.scale).toBe(0.81);
    expect(imageSize(fitted.scale, 10_000, 1000).width).toBeLessThanOrEqual(8192);
    expect(imageSize(fitted.scale + 0.01, 10_000, 1000).width).toBeGreaterThan(8192);
  });
});

describe('sizes and steps', () => {
  it('rounds the pixel size as a canvas does', () => {
    expect(imageSize(2, 980, 608)).toEqual({ width: 1960, height: 1216 });
    expect(imageSize(0.5, 981, 607)).toEqual({ width: 491, height: 304 });
  });

  it('takes the tighter of two limits, side by side and in all', () => {
    expect(tighterLimits(CANVAS_LIMITS, { maxSide: 8192, maxPixels: Infinity })).toEqual({
      maxSide: 8192,
      maxPixels: CANVAS_LIMITS.maxPixels,
    });
  });

  it('tries a whole step smaller after a failure, and gives up below 1×', () => {
    expect(smallerScale(4)).toBe(3);
    expect(smallerScale(2)).toBe(1);
    expect(smallerScale(1)).toBeNull();
    expect(smallerScale(0.8)).toBeNull();
  });
});
