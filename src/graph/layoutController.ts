/**
 * The graph's layout controller: owns the node positions and the layout worker (through the one
 * worker client), starts layouts warm or from the map, keeps the latest and drops the rest,
 * reports progress, and holds a dragged node under the pointer while the layout moves the others.
 */
import { edgeWeight, type Network } from '../domain/network';
import { Cancelled, createWorkerClient, type Job, type WorkerLike } from '../workers/client';
import { initialPositions } from './layout';
import {
  DEFAULT_NODE_RADIUS,
  isLayoutPositions,
  type LayoutRequest,
  type LayoutStart,
} from './protocol';

/** What the controller tells its owner. */
export interface LayoutControllerOptions {
  /** Makes the layout worker (called on the first layout, and again after a crash). */
  createWorker(): WorkerLike;
  /** New positions arrived, intermediate or final (`running` is false after the final ones). */
  onPositions(): void;
  /** Share done, 0..1, and null once no layout runs (settled, failed, or nothing to lay out). */
  onProgress(done: number | null): void;
}

/** The handle `createLayoutController` returns. */
export interface LayoutController {
  /** Layout coordinates, `x, y` interleaved in node order; replaced as layouts report. */
  readonly positions: Float64Array;
  /** True while a layout runs. */
  readonly running: boolean;
  /** Takes a new network: cities seen before keep their place, new ones start near a neighbour. */
  setNetwork(network: Network): void;
  /** Lays the network out (cancelling any layout running), nodes `radii` px apart at zoom 1. */
  start(start: LayoutStart, radii: ArrayLike<number>): void;
  /** Holds node `index` where it is while layouts move the others; -1 lets go. */
  hold(index: number): void;
  /** Moves the held node to layout point (`x`, `y`). */
  moveHeld(x: number, y: number): void;
  /** Cancels any layout and terminates the worker; safe to call twice. */
  destroy(): void;
}

/** Creates a controller with no network; no worker starts until the first layout. */
export function createLayoutController(options: LayoutControllerOptions): LayoutController {
  const client = createWorkerClient<LayoutRequest, Float64Array, Float64Array>({
    create: options.createWorker,
    isResult: isLayoutPositions,
    isPartial: isLayoutPositions,
  });
  let network: Network = { nodes: [], edges: [] };
  let indexOf = new Map<string, number>();
  // The network as the layout reads it: places, link ends by index, and weights.
  let places = new Float64Array(0);
  let ends = new Uint32Array(0);
  let weights = new Float64Array(0);
  let positions: Float64Array = new Float64Array(0);
  // 1 for cities that no layout has placed yet (new in the latest network).
  let fresh = new Uint8Array(0);
  let held = -1;
  let current: Job<Float64Array> | null = null;
  let destroyed = false;

  const accept = (next: Float64Array) => {
    if (next.length !== positions.length) return;
    // A node held by the pointer stays under it while the layout moves the others.
    if (held >= 0) {
      next[2 * held] = positions[2 * held]!;
      next[2 * held + 1] = positions[2 * held + 1]!;
    }
    positions = next;
    fresh.fill(0);
  };

  const request = (start: LayoutStart, radii: ArrayLike<number>): LayoutRequest => ({
    start,
    places,
    radii: Float64Array.from(radii),
    // New cities go without a position: the worker places them and warms up more for them.
    positions: positions.map((value, i) => (start === 'warm' && !fresh[i >> 1] ? value : NaN)),
    ends,
    weights,
  });

  const stop = () => {
    current?.cancel();
    current = null;
  };

  return {
    get positions() {
      return positions;
    },
    get running() {
      return current !== null;
    },
    setNetwork(next) {
      const previous = { indexOf, positions };
      network = next;
      indexOf = new Map(next.nodes.map((node, i) => [node.id, i]));
      places = Float64Array.from(next.nodes.flatMap((node) => [node.city.lon, node.city.lat]));
      // A link to a city not in the network is left out. The protocol wants a positive weight,
      // and a link always stands for at least one record.
      const allEnds = new Uint32Array(next.edges.length * 2);
      const allWeights = new Float64Array(next.edges.length);
      let count = 0;
      for (const edge of next.edges) {
        const source = indexOf.get(edge.source);
        const target = indexOf.get(edge.target);
        if (source === undefined || target === undefined) continue;
        allEnds[2 * count] = source;
        allEnds[2 * count + 1] = target;
        allWeights[count++] = Math.max(1, edgeWeight(edge));
      }
      ends = allEnds.subarray(0, 2 * count);
      weights = allWeights.subarray(0, count);
      // Cities seen before keep their place; new ones start where the layout would put them.
      const kept = new Float64Array(next.nodes.length * 2).fill(NaN);
      next.nodes.forEach((node, i) => {
        const j = previous.indexOf.get(node.id);
        if (j === undefined) return;
        kept[2 * i] = previous.positions[2 * j]!;
        kept[2 * i + 1] = previous.positions[2 * j + 1]!;
      });
      positions = initialPositions({
        start: 'warm',
        places,
        radii: new Float64Array(next.nodes.length).fill(DEFAULT_NODE_RADIUS),
        positions: kept,
        ends,
        weights,
      });
      fresh = Uint8Array.from(next.nodes, (node) => (previous.indexOf.has(node.id) ? 0 : 1));
      held = -1;
    },
    start(start, radii) {
      if (destroyed) return;
      stop();
      if (network.nodes.length === 0) {
        options.onProgress(null);
        return;
      }
      const job = client.run(request(start, radii), {
        onProgress: (done) => options.onProgress(done),
        onPartial: (next) => {
          accept(next);
          options.onPositions();
        },
      });
      current = job;
      options.onProgress(0);
      job.result.then(
        (final) => {
          if (current !== job) return;
          current = null;
          accept(final);
          options.onProgress(null);
          options.onPositions();
        },
        (error: unknown) => {
          // A newer layout took over, or the view was destroyed: nothing to report.
          if (error instanceof Cancelled || current !== job) return;
          // Keep the starting positions on screen rather than wait forever for a layout.
          console.error('Graph layout failed:', error instanceof Error ? error.message : error);
          current = null;
          options.onProgress(null);
          options.onPositions();
        },
      );
    },
    hold(index) {
      held = index >= 0 && index < network.nodes.length ? index : -1;
    },
    moveHeld(x, y) {
      if (held < 0) return;
      positions[2 * held] = x;
      positions[2 * held + 1] = y;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      current = null;
      client.destroy();
    },
  };
}
