/**
 * The messages between the graph view and its layout worker, with guards that check a message
 * really has the shape its type claims (structured clone carries no types).
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

/** Main → worker: lay these nodes out. */
export interface LayoutRequest {
  type: 'layout';
  /** Increasing per request, so that late answers to an old request can be told apart. */
  id: number;
  nodes: LayoutNode[];
  links: LayoutLink[];
  start: LayoutStart;
  /** Simulation steps; default 300, fewer for large graphs. */
  ticks?: number;
}

/** Main → worker: stop working on request `id`. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

/** Any message the main thread sends the worker. */
export type ToWorker = LayoutRequest | CancelRequest;

/** Worker → main: share of request `id` done, 0..1. */
export interface LayoutProgress {
  type: 'progress';
  id: number;
  done: number;
}

/** Worker → main: node positions, `x, y` interleaved in the request's node order. */
export interface LayoutPositions {
  type: 'positions';
  id: number;
  positions: Float64Array;
  /** True for the last message of a request: the layout has settled. */
  final: boolean;
}

/** Any message the worker sends the main thread. */
export type FromWorker = LayoutProgress | LayoutPositions;

/** The fields the guards read, all unchecked. */
type Fields = Partial<
  Record<
    keyof LayoutRequest | keyof LayoutNode | keyof LayoutLink | keyof LayoutPositions | 'done',
    unknown
  >
>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isOptionalFinite = (value: unknown) => value === undefined || isFiniteNumber(value);
const isId = (value: unknown): value is number => Number.isSafeInteger(value);

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

/** True for a well-formed `layout` request (links to unknown nodes are tolerated, and skipped). */
export function isLayoutRequest(value: unknown): value is LayoutRequest {
  return (
    isRecord(value) &&
    value.type === 'layout' &&
    isId(value.id) &&
    Array.isArray(value.nodes) &&
    value.nodes.every(isLayoutNode) &&
    Array.isArray(value.links) &&
    value.links.every(isLayoutLink) &&
    (LAYOUT_STARTS as readonly unknown[]).includes(value.start) &&
    (value.ticks === undefined || (Number.isSafeInteger(value.ticks) && Number(value.ticks) >= 0))
  );
}

/** True for a well-formed `cancel` request. */
export function isCancelRequest(value: unknown): value is CancelRequest {
  return isRecord(value) && value.type === 'cancel' && isId(value.id);
}

/** True for any well-formed message to the worker. */
export function isToWorker(value: unknown): value is ToWorker {
  return isLayoutRequest(value) || isCancelRequest(value);
}

/** True for any well-formed message from the worker. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!isRecord(value) || !isId(value.id)) return false;
  if (value.type === 'progress') {
    return isFiniteNumber(value.done) && value.done >= 0 && value.done <= 1;
  }
  return (
    value.type === 'positions' &&
    value.positions instanceof Float64Array &&
    value.positions.length % 2 === 0 &&
    typeof value.final === 'boolean'
  );
}
