/**
 * The report map as a scene: the slice's cities, partnerships and workshops projected onto a
 * fixed frame, with the land around them, each mark with the look the map and the graph give it
 * (domain/encoding). Pure: the React component only paints it as SVG, and tests read it.
 */
import {
  geoClipRectangle,
  geoMercator,
  geoPath,
  geoTransform,
  type GeoProjection,
  type GeoStream,
} from 'd3';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { regionOf, type Region } from '../../domain/countries';
import {
  CITY_LOOK,
  cityRadius,
  LINK_LOOKS,
  linkWidth,
  LOOKS,
  type LinkLook,
} from '../../domain/encoding';
import { forEachWorkshopLink } from '../../domain/network';
import { REGION_COLORS } from '../../domain/palette';
import { workshopCityIds } from '../../domain/records';
import type { City, Partnership, Workshop } from '../../domain/types';

/** The frame the map is drawn in, in SVG units: about the shape of the slice's usual extent. */
export const REPORT_MAP_SIZE = { width: 640, height: 520 } as const;

/** Room kept free around the slice's cities, in SVG units (circles and labels fit inside). */
const PADDING = 36;
/** Degrees added around the cities, so that one city, or a row of them, still gets a frame. */
const MARGIN_DEGREES = 1.5;
/** Land outline points closer than this to the last one kept are dropped, in SVG units. */
const MIN_STEP = 1;
/** How many of the largest cities are named on the map. */
const LABELLED = 8;
/** Label text size in SVG units. */
export const LABEL_SIZE = CITY_LOOK.label.size;

/** What the report map draws: the slice's cities and records. */
export interface ReportMapInput {
  cities: readonly City[];
  workshops: readonly Workshop[];
  partnerships: readonly Partnership[];
}

/** A line between two cities: every record of one look between them, drawn once. */
export interface ReportMapLink {
  key: string;
  look: LinkLook;
  /** Records behind the line. */
  records: number;
  /** Both ends in SVG units: `[x, y]`. */
  from: [number, number];
  to: [number, number];
  color: string;
  /** SVG units. */
  width: number;
  /** `stroke-dasharray` in SVG units; empty for a solid line. */
  dash: string;
  alpha: number;
  cap: 'round' | 'butt';
}

/** A city's circle, and its label when it is among the largest. */
export interface ReportMapCity {
  city: City;
  /** Records of the slice the city takes part in. */
  records: number;
  x: number;
  y: number;
  r: number;
  region: Region;
  color: string;
  /** Its name beside the circle, or null when unlabelled. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' } | null;
}

/** The report map, ready to paint. */
export interface ReportMapScene {
  width: number;
  height: number;
  /** The land as one SVG path, clipped to the frame; empty without a basemap. */
  land: string;
  /** Lines, bottom first (workshops under partnerships, as on the map). */
  links: ReportMapLink[];
  /** Circles, largest first, so that small cities are drawn on top and stay visible. */
  cities: ReportMapCity[];
  /** Countries of the cities drawn. */
  countries: number;
}

/** The pairs of cities a record links on the map: each host to each participant; a partnership's two. */
function recordPairs(input: ReportMapInput): { look: LinkLook; a: string; b: string }[] {
  const pairs: { look: LinkLook; a: string; b: string }[] = [];
  // Workshop lines as the network draws them (participants to hosts and lecturers); the
  // fellow participants' co-attendance is left out of the printed map.
  for (const workshop of input.workshops)
    forEachWorkshopLink(workshop, (kind, a, b) => {
      if (kind === 'workshop') pairs.push({ look: 'workshop', a, b });
    });
  for (const partnership of input.partnerships)
    pairs.push({
      look: partnership.status === 'proposed' ? 'proposed' : 'partnership',
      a: partnership.cityAId,
      b: partnership.cityBId,
    });
  return pairs;
}

/** Records of the input each city takes part in (a workshop counts once per city, in any role). */
function recordsPerCity(input: ReportMapInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const workshop of input.workshops) workshopCityIds(workshop).forEach(add);
  for (const partnership of input.partnerships) {
    add(partnership.cityAId);
    if (partnership.cityBId !== partnership.cityAId) add(partnership.cityBId);
  }
  return counts;
}

/**
 * The box around the cities (`[lon, lat]`), widened by `MARGIN_DEGREES`, as a feature to fit the
 * projection to: a single city then still has a frame around it.
 */
function extentOf(cities: readonly City[]): Feature<Geometry> {
  const lons = cities.map((city) => city.lon);
  const lats = cities.map((city) => city.lat);
  const [west, east] = [Math.min(...lons) - MARGIN_DEGREES, Math.max(...lons) + MARGIN_DEGREES];
  const [south, north] = [
    Math.max(-85, Math.min(...lats) - MARGIN_DEGREES),
    Math.min(85, Math.max(...lats) + MARGIN_DEGREES),
  ];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, north],
      ],
    },
  };
}

/** The basemap ready for the report map: its polygons, each with its box to skip it by. */
export interface ReportLand {
  polygons: { rings: Position[][]; box: Box }[];
}

/** A box in degrees: `[west, south, east, north]`. */
type Box = [number, number, number, number];

/**
 * The basemap (`[lon, lat]` GeoJSON, already cut at the antimeridian) for `reportMapScene`, as
 * polygons with their boxes, so that a map of one region reads only the shapes it shows. Call
 * once per basemap.
 */
export function reportLand(land: FeatureCollection): ReportLand {
  const polygons: ReportLand['polygons'] = [];
  for (const { geometry } of land.features) {
    const list =
      geometry?.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry?.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    for (const rings of list) {
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [lon = NaN, lat = NaN] of rings[0] ?? []) {
        box[0] = Math.min(box[0], lon);
        box[1] = Math.min(box[1], lat);
        box[2] = Math.max(box[2], lon);
        box[3] = Math.max(box[3], lat);
      }
      polygons.push({ rings, box });
    }
  }
  return { polygons };
}

/**
 * The land in the frame as one SVG path. The shapes are drawn in the plane, not on the sphere:
 * the basemap is already cut at ±180°, d3's spherical clipping would need its rings wound the
 * other way round, and the plane is much cheaper. Shapes whose box misses the frame are skipped,
 * the rest clipped to it, and points closer than `MIN_STEP` to the last one dropped: the path
 * stays short enough to print lightly.
 */
function landPath(land: ReportLand, projection: GeoProjection): string {
  const { width, height } = REPORT_MAP_SIZE;
  // Mercator keeps meridians and parallels straight: the frame's corners give its box.
  const [west, north] = projection.invert?.([0, 0]) ?? [-180, 90];
  const [east, south] = projection.invert?.([width, height]) ?? [180, -90];
  const shown = land.polygons
    .filter(({ box }) => box[0] <= east && box[2] >= west && box[1] <= north && box[3] >= south)
    .map(({ rings }) => rings);
  let last: [number, number] | null = null;
  const plane = geoTransform({
    lineStart() {
      last = null;
      this.stream.lineStart();
    },
    point(lon: number, lat: number) {
      const point = projection([lon, lat]);
      if (!point) return;
      if (last && Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) < MIN_STEP) return;
      last = point;
      this.stream.point(point[0], point[1]);
    },
  });
  const clip = geoClipRectangle(-1, -1, width + 1, height + 1);
  return (
    geoPath({ stream: (out: GeoStream) => plane.stream(clip(out)) }).digits(1)({
      type: 'MultiPolygon',
      coordinates: shown,
    }) ?? ''
  );
}

/** Rough width of a label in SVG units: CJK characters are square, Latin ones about half. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.58;
  return width * LABEL_SIZE;
}

/**
 * The scene of `input` in a `REPORT_MAP_SIZE` frame (Mercator, fitted to the cities with
 * padding); `land` is the basemap from `reportLand` (null draws none); `nameOf` words a city's label.
 */
export function reportMapScene(
  input: ReportMapInput,
  land: ReportLand | null,
  nameOf: (city: City) => string,
): ReportMapScene {
  const { width, height } = REPORT_MAP_SIZE;
  const cities = input.cities.filter(
    (city) => Number.isFinite(city.lon) && Number.isFinite(city.lat),
  );
  if (cities.length === 0) return { width, height, land: '', links: [], cities: [], countries: 0 };

  const projection = geoMercator().fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    extentOf(cities),
  );
  const at = new Map<string, [number, number]>();
  for (const city of cities) {
    const point = projection([city.lon, city.lat]);
    if (point) at.set(city.id, point);
  }

  // One line per pair of cities and look, as wide as the records behind it.
  const lines = new Map<string, { look: LinkLook; a: string; b: string; records: number }>();
  for (const { look, a, b } of recordPairs(input)) {
    if (a === b || !at.has(a) || !at.has(b)) continue;
    const [first, second] = a < b ? [a, b] : [b, a];
    const key = `${look}:${first}:${second}`;
    const line = lines.get(key);
    if (line) line.records += 1;
    else lines.set(key, { look, a: first, b: second, records: 1 });
  }
  const links = [...lines.entries()]
    .sort(([, x], [, y]) => LINK_LOOKS.indexOf(x.look) - LINK_LOOKS.indexOf(y.look))
    .map(([key, line]): ReportMapLink => {
      const spec = LOOKS[line.look];
      const lineWidth = spec.fixedWidth ?? linkWidth(line.records);
      return {
        key,
        look: line.look,
        records: line.records,
        from: at.get(line.a)!,
        to: at.get(line.b)!,
        color: spec.color,
        width: lineWidth,
        dash: spec.dash.map((step) => step * lineWidth).join(' '),
        alpha: spec.alpha,
        cap: spec.cap,
      };
    });

  const counts = recordsPerCity(input);
  const most = Math.max(1, ...cities.map((city) => counts.get(city.id) ?? 0));
  const circles = cities
    .filter((city) => at.has(city.id))
    .map((city): ReportMapCity => {
      const [x, y] = at.get(city.id)!;
      const records = counts.get(city.id) ?? 0;
      const region = regionOf(city.country);
      return {
        city,
        records,
        x,
        y,
        r: cityRadius(records, most),
        region,
        color: REGION_COLORS[region],
        label: null,
      };
    })
    .sort((a, b) => b.records - a.records || a.city.id.localeCompare(b.city.id));

  // Name the largest cities whose label overlaps no label already placed, right of the circle
  // unless that leaves the frame.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const circle of circles) {
    if (placed.length >= LABELLED) break;
    const text = nameOf(circle.city);
    const textWidth = labelWidth(text);
    const right = circle.x + circle.r + 3 + textWidth <= width;
    const x = right ? circle.x + circle.r + 3 : circle.x - circle.r - 3;
    const box = {
      x0: right ? x : x - textWidth,
      x1: right ? x + textWidth : x,
      y0: circle.y - LABEL_SIZE / 2,
      y1: circle.y + LABEL_SIZE / 2,
    };
    const overlaps = placed.some(
      (other) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1,
    );
    if (overlaps) continue;
    placed.push(box);
    circle.label = { text, x, y: circle.y, anchor: right ? 'start' : 'end' };
  }

  return {
    width,
    height,
    land: land ? landPath(land, projection) : '',
    links,
    cities: circles,
    countries: new Set(cities.map((city) => city.country)).size,
  };
}
