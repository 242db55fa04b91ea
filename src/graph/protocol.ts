/**
 * What the graph asks of its layout worker and what it gets back, with guards that check a value
 * really has the shape its type claims (structured clone carries no types). Ids, progress and
 * cancelling are the job of the one worker protocol in `src/workers/protocol.ts`; this file only
 * describes the layout's request and its answer (positions, as partial and final results).
 */

/** How a layout starts: from the positions the nodes have, or from the map. */
export const LAYOUT_STARTS = ['warm', 'geographic'] as const;
/** A way of starting a layout. */
export type LayoutStart = (typeof LAYOUT_STARTS)[number];

/**
 * Lay these cities out (sent as the `request` of a worker `run`). Cities are numbered by their
 * place in the columns, and links name their ends by those numbers: typed arrays cross to the
 * worker as blocks of bytes, where 100,000 link objects with string ids took a quarter of a
 * second to clone on the page's thread.
 */
export interface LayoutRequest {
  start: LayoutStart;
  /** Each city's place on the map, `lon, lat` interleaved, in degrees. */
  places: Float64Array;
  /** Each city's radius drawn, in pixels at zoom 1, so that cities do not overlap. */
  radii: Float64Array;
  /** Each city's last layout position, `x, y` interleaved, kept by a warm start; NaN for none. */
  positions: Float64Array;
  /** Each link's two cities, `source, target` interleaved, as indexes into the cities. */
  ends: Uint32Array;
  /** Each link's weight, the records behind it (stronger links pull harder); above 0. */
  weights: Float64Array;
  /** Simulation steps; default 300, fewer for large graphs. */
  ticks?: number;
}

/** A city of `packLayout`'s input: its place on the map and, if any, its last position. */
export interface LayoutNode {
  id: string;
  lon: number;
  lat: number;
  x?: number;
  y?: number;
  /** Default 4. */
  radius?: number;
}

/** A link of `packLayout`'s input, between two cities' ids. */
export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

/** Radius of a city whose input gives none, in pixels at zoom 1. */
export const DEFAULT_NODE_RADIUS = 4;

/**
 * A request from cities and links as objects (the benchmark's and the tests' way of writing
 * one); links to a city not in `nodes` are left out.
 */
export function packLayout(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  start: LayoutStart,
): LayoutRequest {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const known = links.filter((link) => index.has(link.source) && index.has(link.target));
  return {
    start,
    places: Float64Array.from(nodes.flatMap((node) => [node.lon, node.lat])),
    radii: Float64Array.from(nodes, (node) => node.radius ?? DEFAULT_NODE_RADIUS),
    positions: Float64Array.from(nodes.flatMap((node) => [node.x ?? NaN, node.y ?? NaN])),
    ends: Uint32Array.from(
      known.flatMap((link) => [index.get(link.source)!, index.get(link.target)!]),
    ),
    weights: Float64Array.from(known, (link) => link.weight),
  };
}

/**
 * One step of a layout, as `layoutSteps` yields it: a share done (0..1), or node positions
 * (`x, y` interleaved in the request's node order), the last of them `final`.
 */
export type LayoutStep =
  | { type: 'progress'; done: number }
  | { type: 'positions'; positions: Float64Array; final: boolean };

/** The fields the guards read, all unchecked. */
type Fields = Partial<Record<keyof LayoutRequest, unknown>>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** True when every value of `values` passes `ok`. */
function every(values: ArrayLike<number>, ok: (value: number) => boolean): boolean {
  for (let i = 0; i < values.length; i++) if (!ok(values[i]!)) return false;
  return true;
}

/**
 * True for a well-formed layout request: columns of one length per city and per link, finite
 * places, radii at least 0, positions given whole or not at all, links between known cities with
 * weights above 0.
 */
export function isLayoutRequest(value: unknown): value is LayoutRequest {
  if (!isRecord(value)) return false;
  const { places, radii, positions, ends, weights, ticks } = value;
  if (
    !(places instanceof Float64Array) ||
    !(radii instanceof Float64Array) ||
    !(positions instanceof Float64Array) ||
    !(ends instanceof Uint32Array) ||
    !(weights instanceof Float64Array)
  ) {
    return false;
  }
  const cities = radii.length;
  const hasWholePositions = () => {
    for (let i = 0; i < cities; i++) {
      // A position needs both coordinates.
      if (Number.isNaN(positions[2 * i]!) !== Number.isNaN(positions[2 * i + 1]!)) return false;
    }
    return every(positions, (v) => Number.isNaN(v) || Number.isFinite(v));
  };
  return (
    (LAYOUT_STARTS as readonly unknown[]).includes(value.start) &&
    (ticks === undefined || (Number.isSafeInteger(ticks) && Number(ticks) >= 0)) &&
    places.length === 2 * cities &&
    positions.length === 2 * cities &&
    ends.length === 2 * weights.length &&
    every(places, Number.isFinite) &&
    every(radii, (r) => Number.isFinite(r) && r >= 0) &&
    hasWholePositions() &&
    every(ends, (end) => end < cities) &&
    every(weights, (w) => Number.isFinite(w) && w > 0)
  );
}

/** True for positions as the worker sends them: a Float64Array of `x, y` pairs. */
export function isLayoutPositions(value: unknown): value is Float64Array {
  return value instanceof Float64Array && value.length % 2 === 0;
}
