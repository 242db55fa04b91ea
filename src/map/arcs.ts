/** Great-circle arcs between cities, cut where they cross the antimeridian. */
import { geoDistance, geoInterpolate } from 'd3';
import type { Position } from 'geojson';

/** Longest straight piece of an arc, in degrees of arc: long arcs stay smooth, short ones cheap. */
const DEGREES_PER_SEGMENT = 3;
const MAX_POINTS = 64;
const DEGREES = 180 / Math.PI;

/**
 * The great-circle arc from `from` to `to` (both `[lon, lat]`), as one line, or as two when
 * it crosses ±180°, each ending exactly on the antimeridian, so that no piece spans the map.
 *
 * d3's `geoInterpolate` rather than `@turf/great-circle`: turf costs ~2 µs a call before any
 * point is made (too slow for 100,000 links) and, with few points, returns a one-point piece
 * at the antimeridian.
 */
export function greatCircleArc(from: Position, to: Position): Position[][] {
  const a: [number, number] = [from[0]!, from[1]!];
  const b: [number, number] = [to[0]!, to[1]!];
  const interpolate = geoInterpolate(a, b);
  const degrees = geoDistance(a, b) * DEGREES;
  const segments = Math.max(1, Math.min(MAX_POINTS - 1, Math.ceil(degrees / DEGREES_PER_SEGMENT)));
  const line: Position[] = [from];
  for (let i = 1; i < segments; i++) line.push(interpolate(i / segments));
  line.push(to);
  return splitAtAntimeridian(line);
}

/** Cuts a line of `[lon, lat]` where consecutive points jump across ±180°. */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let part: Position[] = [];
  let previous: Position | undefined;
  for (const point of line) {
    if (previous && Math.abs(point[0]! - previous[0]!) > 180) {
      const side = previous[0]! > 0 ? 180 : -180;
      // Longitude of `point` continued past the antimeridian, on `previous`'s side.
      const unwrapped = point[0]! + 2 * side;
      const t = (side - previous[0]!) / (unwrapped - previous[0]!);
      const lat = previous[1]! + t * (point[1]! - previous[1]!);
      part.push([side, lat]);
      parts.push(part);
      part = [[-side, lat]];
    }
    part.push(point);
    previous = point;
  }
  parts.push(part);
  return parts;
}

/** Angular distance between two `[lon, lat]` positions, in degrees of arc. */
export function arcDegrees(from: Position, to: Position): number {
  return geoDistance([from[0]!, from[1]!], [to[0]!, to[1]!]) * DEGREES;
}
