/**
 * How strongly to draw links so that many of them read as a density pattern, not a solid fill.
 * Where `d` lines overlap on average, a line of opacity `a` covers a pixel to `1 − (1 − a)^d`;
 * choosing `a` so that this is `TARGET_COVER` keeps the average crossing readable, and the
 * strong corridors (many more lines than average) still add up to full colour. Pure.
 */

/** Share of a pixel the average overlap of lines should cover. */
export const TARGET_COVER = 0.6;
/** Links are never fainter than this (a lone corridor must stay visible). */
export const MIN_LINK_ALPHA = 0.03;
/** Dense links get thinner, down to this share of their width. */
export const MIN_WIDTH_SCALE = 0.4;

/** What the drawn links occupy on screen. */
export interface LinkDensityInput {
  /** Links drawn. */
  links: number;
  /** Their mean length on screen, in pixels. */
  meanLength: number;
  /** Their mean width, in pixels. */
  meanWidth: number;
  /** The drawing area, in square pixels. */
  area: number;
}

/** The average number of lines over a pixel of the area: total inked area over the area. */
export function meanOverlap({ links, meanLength, meanWidth, area }: LinkDensityInput): number {
  if (area <= 0 || links <= 0) return 0;
  return (links * Math.max(meanLength, 1) * Math.max(meanWidth, 1)) / area;
}

/** How to draw links at this density: a factor on each look's opacity and on its width, both in (0, 1]. */
export interface LinkDensity {
  alpha: number;
  widthScale: number;
}

/** Opacity and width factors for links at the density of `input` (1 and 1 when they are sparse). */
export function linkDensity(input: LinkDensityInput): LinkDensity {
  const overlap = meanOverlap(input);
  if (overlap <= 1) return { alpha: 1, widthScale: 1 };
  const alpha = 1 - Math.pow(1 - TARGET_COVER, 1 / overlap);
  const widthScale = Math.max(MIN_WIDTH_SCALE, 1 / Math.sqrt(overlap));
  return { alpha: Math.max(MIN_LINK_ALPHA, alpha), widthScale };
}

/** Pixels per degree of longitude on a MapLibre map at `zoom` (512-pixel tiles). */
export function pixelsPerDegree(zoom: number): number {
  return (512 * 2 ** zoom) / 360;
}

/** A position `[lon, lat]` in Web Mercator pixels at `zoom`. */
export function mercatorPixels(
  [lon, lat]: readonly [number, number],
  zoom: number,
): [number, number] {
  const size = 512 * 2 ** zoom;
  const clamped = Math.max(-85.05, Math.min(85.05, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [
    ((lon + 180) / 360) * size,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  ];
}

/** Mean straight-line length on screen, in pixels at `zoom`, of segments between `[lon, lat]` pairs. */
export function meanScreenLength(
  segments: Iterable<readonly [readonly [number, number], readonly [number, number]]>,
  zoom: number,
): number {
  let total = 0;
  let count = 0;
  for (const [a, b] of segments) {
    const [ax, ay] = mercatorPixels(a, zoom);
    const [bx, by] = mercatorPixels(b, zoom);
    // The map draws one world: a link across the antimeridian takes the short way round.
    const world = 512 * 2 ** zoom;
    const dx = Math.min(Math.abs(ax - bx), world - Math.abs(ax - bx));
    total += Math.hypot(dx, ay - by);
    count += 1;
  }
  return count === 0 ? 0 : total / count;
}
