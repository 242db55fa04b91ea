/**
 * The country at a point: Natural Earth's 1:50m country shapes (world-atlas), tested with turf.
 * The index is built once, on first use, and each shape carries its bounding box, so that a
 * point is tested against the few shapes whose box holds it (17,000 cities stay fast).
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { CountryLocator } from './countryLocator';

export { COASTAL_TOLERANCE_KM } from './countryLocator';

/** Shapes that world-atlas gives no ISO number, by its name for them. */
const CODE_BY_ATLAS_NAME = new Map([
  ['Somaliland', 'SO'],
  ['N. Cyprus', 'CY'],
]);

/** One polygon of a country, with its box; longitudes run past 180 when it crosses ±180°. */
interface Shape {
  code: string;
  polygon: Polygon;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

let shapes: Shape[] | null = null;
let shapesByCode: Map<string, Shape[]> | null = null;

function index(): Shape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const built: Shape[] = [];
  for (const country of collection.features) {
    const code =
      (country.id === undefined ? undefined : countries.numericToAlpha2(country.id)) ??
      CODE_BY_ATLAS_NAME.get(country.properties.name);
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry) continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const rings of polygons) built.push(shapeOf(code, rings));
  }
  shapes = built;
  shapesByCode = new Map();
  for (const shape of built) {
    const list = shapesByCode.get(shape.code) ?? [];
    list.push(shape);
    shapesByCode.set(shape.code, list);
  }
  return built;
}

/**
 * A polygon as a planar shape. world-atlas joins shapes across ±180° (Russia, Fiji): a ring
 * that jumps by more than 180° of longitude is moved east of 180°, so that it stays one piece.
 */
function shapeOf(code: string, rings: Position[][]): Shape {
  const crosses = rings.some((ring) =>
    ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180),
  );
  const coordinates = crosses
    ? rings.map((ring) => ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]))
    : rings;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of coordinates[0] ?? []) {
    minLon = Math.min(minLon, lon!);
    maxLon = Math.max(maxLon, lon!);
    minLat = Math.min(minLat, lat!);
    maxLat = Math.max(maxLat, lat!);
  }
  return { code, polygon: { type: 'Polygon', coordinates }, minLon, minLat, maxLon, maxLat };
}

/** The point as the index tests it: also 360° east, for shapes moved past 180°. */
function positionsOf(lon: number, lat: number): Position[] {
  return lon < 0
    ? [
        [lon, lat],
        [lon + 360, lat],
      ]
    : [[lon, lat]];
}

/** True when the shape's box, widened by `margin` degrees, holds the position. */
function boxHolds(shape: Shape, [lon, lat]: Position, margin: number): boolean {
  return (
    lon! >= shape.minLon - margin &&
    lon! <= shape.maxLon + margin &&
    lat! >= shape.minLat - margin &&
    lat! <= shape.maxLat + margin
  );
}

/** ISO alpha-2 code of the country whose shape holds the point; null at sea or off the map. */
export function countryAt(lon: number, lat: number): string | null {
  const positions = positionsOf(lon, lat);
  for (const shape of index()) {
    for (const position of positions) {
      if (boxHolds(shape, position, 0) && booleanPointInPolygon(position, shape.polygon))
        return shape.code;
    }
  }
  return null;
}

/** Kilometres per degree of latitude. */
const KM_PER_DEGREE = 111.32;

/** Degrees of latitude (and, near the poles, of longitude) that `km` can span at most. */
function marginDegrees(lat: number, km: number): number {
  const perDegree = KM_PER_DEGREE * Math.max(Math.cos((Math.abs(lat) * Math.PI) / 180), 0.05);
  return km / perDegree;
}

/**
 * Distance in km from the position to the shape: 0 inside it, else to its nearest edge, measured
 * on a plane tangent at the position (exact enough within the tolerance's few tens of km); edges
 * whose ends both lie over `km` to one side are skipped unmeasured. turf's pointToPolygonDistance
 * measured every edge on the sphere: several ms per point near Russia's or Canada's coasts.
 */
function distanceToShapeKm(shape: Shape, position: Position, km: number): number {
  if (booleanPointInPolygon(position, shape.polygon)) return 0;
  const [lon, lat] = position as [number, number];
  const kmPerLon = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of shape.polygon.coordinates) {
    let x1 = (ring[0]![0]! - lon) * kmPerLon;
    let y1 = (ring[0]![1]! - lat) * KM_PER_DEGREE;
    for (let i = 1; i < ring.length; i++) {
      const x2 = (ring[i]![0]! - lon) * kmPerLon;
      const y2 = (ring[i]![1]! - lat) * KM_PER_DEGREE;
      const far =
        (x1 > km && x2 > km) ||
        (x1 < -km && x2 < -km) ||
        (y1 > km && y2 > km) ||
        (y1 < -km && y2 < -km);
      if (!far) {
        // The point of the edge nearest the origin (the position).
        const dx = x2 - x1;
        const dy = y2 - y1;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, -(x1 * dx + y1 * dy) / length2));
        best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
      }
      x1 = x2;
      y1 = y2;
    }
  }
  return best;
}

/** Distance in km from the point to the nearest of `candidates` within `km`, and its code. */
function nearest(
  candidates: readonly Shape[],
  lon: number,
  lat: number,
  km: number,
): { code: string; km: number } | null {
  const margin = marginDegrees(lat, km);
  let best: { code: string; km: number } | null = null;
  for (const shape of candidates) {
    for (const position of positionsOf(lon, lat)) {
      if (!boxHolds(shape, position, margin)) continue;
      const distance = distanceToShapeKm(shape, position, km);
      if (distance <= km && (!best || distance < best.km))
        best = { code: shape.code, km: distance };
    }
  }
  return best;
}

/**
 * The country at the point, or else the nearest one within `km` (a coastal city whose point lies
 * just offshore); null when no country is that close.
 */
export function nearestCountryWithin(lon: number, lat: number, km: number): string | null {
  return countryAt(lon, lat) ?? nearest(index(), lon, lat, km)?.code ?? null;
}

/**
 * The country at the point (0 km), or else the nearest one within `km` and its distance; null
 * when none is that close. Only points in no shape are measured, so a search of hundreds of km
 * is paid for by the few cities at sea.
 */
export function nearestCountry(
  lon: number,
  lat: number,
  km: number,
): { code: string; km: number } | null {
  const inside = countryAt(lon, lat);
  return inside ? { code: inside, km: 0 } : nearest(index(), lon, lat, km);
}

/** True when the atlas has a shape for the country (tiny states and some territories it lacks). */
export function hasShape(code: string): boolean {
  index();
  return shapesByCode?.has(code) ?? false;
}

/** True when the point lies in the country's shape or within `km` of it. */
export function isNearCountry(code: string, lon: number, lat: number, km: number): boolean {
  index();
  const own = shapesByCode?.get(code) ?? [];
  return nearest(own, lon, lat, km) !== null;
}

/** The locator the loader is given where user data is read (the load worker, the CLIs). */
export const ATLAS_LOCATOR: CountryLocator = {
  countryAt,
  nearestCountryWithin,
  nearestCountry,
  hasShape,
  isNearCountry,
};
