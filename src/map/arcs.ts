/** Great-circle arcs between cities, cut where they cross the antimeridian. */
import type { LineString, MultiLineString, Position } from 'geojson';
import { splitAtAntimeridian } from '../domain/geo';

/**
 * How far, in degrees, the drawn line may stray from the true arc: about a pixel at the zooms
 * the programme is seen at (zoom 5), so arcs look smooth and short hops cost two points.
 */
const TOLERANCE = 0.04;
const MAX_SEGMENTS = 63;
const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

/**
 * The great-circle arc from `from` to `to` (both `[lon, lat]`), as one line, or as two when
 * it crosses ±180°, each ending exactly on the antimeridian, so that no piece spans the map.
 *
 * The points are spherical linear interpolation between the two ends' unit vectors, with the
 * sines stepped by the Chebyshev recurrence, so a point costs two `atan2`s and a square root.
 * `@turf/great-circle` and d3's `geoInterpolate` give the same points (the tests check d3's)
 * but at 3–6 times the cost, too slow for 100,000 links; turf also returns a one-point piece
 * at the antimeridian when it has few points.
 */
export function greatCircleArc(from: Position, to: Position): Position[][] {
  const lon0 = from[0]! * RADIANS;
  const lat0 = from[1]! * RADIANS;
  const lon1 = to[0]! * RADIANS;
  const lat1 = to[1]! * RADIANS;
  const x0 = Math.cos(lat0) * Math.cos(lon0);
  const y0 = Math.cos(lat0) * Math.sin(lon0);
  const z0 = Math.sin(lat0);
  const x1 = Math.cos(lat1) * Math.cos(lon1);
  const y1 = Math.cos(lat1) * Math.sin(lon1);
  const z1 = Math.sin(lat1);
  // The angle between the two ends, robust for tiny and near-antipodal angles.
  const cx = y0 * z1 - z0 * y1;
  const cy = z0 * x1 - x0 * z1;
  const cz = x0 * y1 - y0 * x1;
  // Math.hypot is several times slower than this in V8.
  const cross = Math.sqrt(cx * cx + cy * cy + cz * cz);
  const angle = Math.atan2(cross, x0 * x1 + y0 * y1 + z0 * z1);
  const segments = segmentsFor(from, to, x0 + x1, y0 + y1, z0 + z1, angle);
  const line: Position[] = [from];
  if (segments > 1 && cross > 1e-12) {
    const step = angle / segments;
    const twoCos = 2 * Math.cos(step);
    // sin(k·step) for the weight of `to`, sin((n−k)·step) for the weight of `from`.
    let sinK = Math.sin(step);
    let sinKPrev = 0;
    let sinRest = Math.sin(angle - step);
    let sinRestNext = Math.sin(angle);
    for (let k = 1; k < segments; k++) {
      const x = (sinRest * x0 + sinK * x1) / cross;
      const y = (sinRest * y0 + sinK * y1) / cross;
      const z = (sinRest * z0 + sinK * z1) / cross;
      line.push([Math.atan2(y, x) * DEGREES, Math.atan2(z, Math.sqrt(x * x + y * y)) * DEGREES]);
      const sinKNext = twoCos * sinK - sinKPrev;
      sinKPrev = sinK;
      sinK = sinKNext;
      const sinRestPrev = twoCos * sinRest - sinRestNext;
      sinRestNext = sinRest;
      sinRest = sinRestPrev;
    }
  }
  line.push(to);
  return splitAtAntimeridian(line);
}

/** Arcs by edge id, kept between updates while the dataset stays: an edge's geometry never changes. */
export type ArcCache = Map<string, Position[][]>;

/**
 * Segments needed to keep within `TOLERANCE`: a polyline of n pieces strays from a gentle
 * curve by about its midpoint bulge / n². The bulge is the gap, in lon/lat, between the arc's
 * midpoint (`mx, my, mz`, not normalised) and the straight line's. Arcs across ±180° or
 * nearly antipodal ends take the most pieces.
 */
function segmentsFor(
  from: Position,
  to: Position,
  mx: number,
  my: number,
  mz: number,
  angle: number,
): number {
  if (Math.abs(to[0]! - from[0]!) > 180 || angle > Math.PI / 2) return MAX_SEGMENTS;
  const midLon = Math.atan2(my, mx) * DEGREES;
  const midLat = Math.atan2(mz, Math.sqrt(mx * mx + my * my)) * DEGREES;
  const bulge = Math.sqrt(
    (midLon - (from[0]! + to[0]!) / 2) ** 2 + (midLat - (from[1]! + to[1]!) / 2) ** 2,
  );
  return Math.max(1, Math.min(MAX_SEGMENTS, Math.ceil(Math.sqrt(bulge / TOLERANCE))));
}

/** An arc's parts (see `greatCircleArc`) as one GeoJSON geometry: a line, or lines cut at ±180°. */
export function arcGeometry(parts: Position[][]): LineString | MultiLineString {
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0]! }
    : { type: 'MultiLineString', coordinates: parts };
}
