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

/** A city to lay out: its last position, if any, and its place on the map (`[lon, lat]` order). */
export interface LayoutNode {
  id: string;
  /** Last layout position; kept by a warm start. */
  x?: number;
  y?: number;
  /** Degrees, −180…180. */
  lon: number;
  /** Degrees, −90…90. */
  lat: number;
  /** Radius drawn, in pixels at zoom 1, so that nodes do not overlap; default 4. */
  radius?: number;
}

/** A link to lay out; `weight` is the records behind it (stronger links pull harder). */
export interface LayoutLink {
  source: string;
  target: string;
  weight: number;
}

/** Lay these nodes out (sent as the `request` of a worker `run`). */
export interface LayoutRequest {
  nodes: LayoutNode[];
  links: LayoutLink[];
  start: LayoutStart;
  /** Simulation steps; default 300, fewer for large graphs. */
  ticks?: number;
}

/**
 * One step of a layout, as `layoutSteps` yields it: a share done (0..1), or node positions
 * (`x, y` interleaved in the request's node order), the last of them `final`.
 */
export type LayoutStep =
  | { type: 'progress'; done: number }
  | { type: 'positions'; positions: Float64Array; final: boolean };

/** The fields the guards read, all unchecked. */
type Fields = Partial<
  Record<keyof LayoutRequest | keyof LayoutNode | keyof LayoutLink | 'type' | 'id', unknown>
>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isOptionalFinite = (value: unknown) => value === undefined || isFiniteNumber(value);

function isLayoutNode(value: unknown): value is LayoutNode {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isFiniteNumber(value.lon) &&
    isFiniteNumber(value.lat) &&
    isOptionalFinite(value.x) &&
    isOptionalFinite(value.y) &&
    // A position needs both coordinates.
    (value.x === undefined) === (value.y === undefined) &&
    (value.radius === undefined || (isFiniteNumber(value.radius) && value.radius >= 0))
  );
}

function isLayoutLink(value: unknown): value is LayoutLink {
  return (
    isRecord(value) &&
    typeof value.source === 'string' &&
    typeof value.target === 'string' &&
    isFiniteNumber(value.weight) &&
    value.weight > 0
  );
}

/** True for a well-formed layout request (links to unknown nodes are tolerated, and skipped). */
export function isLayoutRequest(value: unknown): value is LayoutRequest {
  return (
    isRecord(value) &&
    Array.isArray(value.nodes) &&
    value.nodes.every(isLayoutNode) &&
    Array.isArray(value.links) &&
    value.links.every(isLayoutLink) &&
    (LAYOUT_STARTS as readonly unknown[]).includes(value.start) &&
    (value.ticks === undefined || (Number.isSafeInteger(value.ticks) && Number(value.ticks) >= 0))
  );
}

/** True for positions as the worker sends them: a Float64Array of `x, y` pairs. */
export function isLayoutPositions(value: unknown): value is Float64Array {
  return value instanceof Float64Array && value.length % 2 === 0;
}
