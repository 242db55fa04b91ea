/** Pure `[lon, lat]` geometry shared by the map's arcs and the GeoJSON export. */
import type { Position } from 'geojson';

/**
 * True when two `[lon, lat]` positions (degrees) are one place on the globe: equal, or on the
 * antimeridian at ±180° with one latitude, or at the same pole whatever their longitudes.
 */
export function samePlace(a: Position, b: Position): boolean {
  if (a[1] !== b[1]) return false;
  return (
    a[0] === b[0] || Math.abs(a[1]!) === 90 || (Math.abs(a[0]!) === 180 && Math.abs(b[0]!) === 180)
  );
}

/**
 * Cuts a line of `[lon, lat]` (degrees) where consecutive points jump across ±180°, so that no
 * piece spans the map (RFC 7946, 3.1.9). Each cut ends one piece exactly on ±180° and starts the
 * next on the other side, at the latitude of the straight line between the two points. A piece
 * that would be one point (a city exactly on ±180°) is left out.
 */
export function splitAtAntimeridian(line: Position[]): Position[][] {
  if (!crossesAntimeridian(line)) return [line];
  const parts: Position[][] = [];
  let part: Position[] = [];
  let previous: Position | undefined;
  for (const point of line) {
    if (previous && Math.abs(point[0]! - previous[0]!) > 180) {
      const side = previous[0]! > 0 ? 180 : -180;
      // Longitude of `point` continued past the antimeridian, on `previous`'s side.
      const unwrapped = point[0]! + 2 * side;
      // Both on the antimeridian (180 and -180): the cut is at `previous` itself.
      const t = unwrapped === previous[0] ? 0 : (side - previous[0]!) / (unwrapped - previous[0]!);
      const lat = previous[1]! + t * (point[1]! - previous[1]!);
      part.push([side, lat]);
      parts.push(part);
      part = [[-side, lat]];
    }
    part.push(point);
    previous = point;
  }
  parts.push(part);
  const drawn = parts.filter((piece) => piece.some((p) => !samePosition(p, piece[0]!)));
  // From 180° to -180° at one latitude: one place, kept as a zero-length piece on one side.
  return drawn.length > 0 ? drawn : [parts[0]!];
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function crossesAntimeridian(line: readonly Position[]): boolean {
  for (let i = 1; i < line.length; i++) {
    if (Math.abs(line[i]![0]! - line[i - 1]![0]!) > 180) return true;
  }
  return false;
}
