/**
 * The force layout, pure and synchronous (d3-force without its timer), so that the worker can
 * run it in slices and tests can run it whole in Node. Same request in, same positions out.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { JobContext } from '../workers/serve';
import type { LayoutRequest, LayoutStep } from './protocol';

/** Layout units per degree of longitude or latitude for a geographic start. */
export const GEO_SCALE = 10;

/** Above this many nodes the layout trades a little precision for speed (see `layoutSteps`). */
export const LARGE_GRAPH = 1000;

/** Simulation steps for `nodes` nodes: 300 up to `LARGE_GRAPH`, fewer above (about 100 for 5,000). */
export function ticksFor(nodes: number): number {
  if (nodes <= LARGE_GRAPH) return 300;
  return Math.max(80, Math.round(300 * Math.pow(LARGE_GRAPH / nodes, 0.7)));
}

/**
 * Layout units per degree for a geographic start of `nodes` nodes: `GEO_SCALE`, spread wider
 * for large graphs, whose settled layout is wider too (and packed nodes are slow to separate).
 */
export function geoScale(nodes: number): number {
  return GEO_SCALE * Math.max(1, Math.sqrt(nodes / 500));
}

/** Where a geographic start puts `[lon, lat]`: equirectangular, north up, `scale` units/degree. */
export function geographicPosition(lon: number, lat: number, scale = GEO_SCALE): [number, number] {
  return [lon * scale, -lat * scale];
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  radius: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  weight: number;
}

// Where the simulation stops cooling; d3's default.
const ALPHA_MIN = 0.001;
// A warm start nudges a settled layout rather than shaking it: lower starting heat.
const WARM_ALPHA = 0.3;
const WARM_ALPHA_WITH_NEW_NODES = 0.6;
// Golden angle, to spread new nodes around a neighbour without random numbers.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** True when city `i` of `request` comes with a position of its own. */
const hasPosition = (request: LayoutRequest, i: number) =>
  !Number.isNaN(request.positions[2 * i]!) && !Number.isNaN(request.positions[2 * i + 1]!);

/** Starting positions for a request: kept, next to a placed neighbour, or from the map. */
export function initialPositions(request: LayoutRequest): Float64Array {
  const { places, radii, ends } = request;
  const count = radii.length;
  const warm = request.start === 'warm';
  const positions = new Float64Array(count * 2);
  const placed = new Uint8Array(count);
  for (let i = 0; warm && i < count; i++) {
    if (!hasPosition(request, i)) continue;
    positions[2 * i] = request.positions[2 * i]!;
    positions[2 * i + 1] = request.positions[2 * i + 1]!;
    placed[i] = 1;
  }
  // A new node next to a neighbour that already has a place: it will end up near it anyway,
  // and starting there keeps the rest of the layout from being pushed about.
  const nextTo = new Int32Array(count).fill(-1);
  for (let j = 0; warm && j < ends.length; j += 2) {
    const a = ends[j]!;
    const b = ends[j + 1]!;
    if (!placed[a] && placed[b] && nextTo[a] === -1) nextTo[a] = b;
    if (!placed[b] && placed[a] && nextTo[b] === -1) nextTo[b] = a;
  }
  const scale = geoScale(count);
  for (let i = 0; i < count; i++) {
    if (placed[i]) continue;
    const neighbour = nextTo[i]!;
    if (neighbour >= 0) {
      const angle = i * GOLDEN_ANGLE;
      const distance = 2 * radii[i]! + 10;
      positions[2 * i] = positions[2 * neighbour]! + distance * Math.cos(angle);
      positions[2 * i + 1] = positions[2 * neighbour + 1]! + distance * Math.sin(angle);
    } else {
      const [x, y] = geographicPosition(places[2 * i]!, places[2 * i + 1]!, scale);
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    }
  }
  return positions;
}

/**
 * The layout as a sequence of messages: progress about every 5 % of the ticks, intermediate
 * positions about every 10 %, and final positions last. In between, `null` after every tick:
 * nothing to send, but a moment for the worker to hear a cancel (a tick of 5,000 nodes takes
 * tens of milliseconds, 5 % of the ticks several hundred).
 */
export function* layoutSteps(request: LayoutRequest): Generator<LayoutStep | null, Float64Array> {
  const start = initialPositions(request);
  const count = request.radii.length;
  const nodes: SimNode[] = Array.from({ length: count }, (_, i) => ({
    index: i,
    radius: request.radii[i]!,
    x: start[2 * i]!,
    y: start[2 * i + 1]!,
  }));
  // Links are given by node index, d3's default id; a city linked to itself pulls on nothing.
  const { ends } = request;
  const links: SimLink[] = [];
  const degree = new Uint32Array(count);
  for (let j = 0; j < request.weights.length; j++) {
    const source = ends[2 * j]!;
    const target = ends[2 * j + 1]!;
    if (source === target) continue;
    links.push({ source, target, weight: request.weights[j]! });
    degree[source]!++;
    degree[target]!++;
  }
  const gravity = (node: SimNode) => (degree[node.index] ? 0.02 : 0.15);
  const linkEnds = (link: SimLink) => [link.source as SimNode, link.target as SimNode] as const;

  const ticks = request.ticks ?? ticksFor(nodes.length);
  const large = nodes.length > LARGE_GRAPH;
  const collide = forceCollide<SimNode>((node) => node.radius + 1.5);
  // Overlaps only matter once the layout has settled; on large graphs collision (a quarter of
  // the time per tick) is therefore left out of the first 60 % of the ticks.
  const collideFrom = large ? Math.floor(ticks * 0.6) : 0;
  const warm = request.start === 'warm';
  let hadPositions = 0;
  for (let i = 0; i < count; i++) if (hasPosition(request, i)) hadPositions++;
  const alpha = !warm
    ? 1
    : hadPositions === nodes.length
      ? WARM_ALPHA
      : hadPositions === 0
        ? 1
        : WARM_ALPHA_WITH_NEW_NODES;

  // `forceSimulation` starts a timer; stopping it at once leaves the ticks to us.
  const simulation = forceSimulation<SimNode, SimLink>(nodes)
    .stop()
    .alpha(alpha)
    .alphaMin(ALPHA_MIN)
    // Cool from the starting heat to `ALPHA_MIN` in exactly `ticks` steps.
    .alphaDecay(ticks > 0 ? 1 - Math.pow(ALPHA_MIN / alpha, 1 / ticks) : 0)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        // Links with more records behind them are shorter and pull harder (d3's default
        // strength, which eases the pull on busy cities, times √weight).
        .distance((link) => {
          const [a, b] = linkEnds(link);
          return a.radius + b.radius + 24 / Math.sqrt(link.weight);
        })
        .strength((link) => {
          const [a, b] = linkEnds(link);
          const busier = Math.min(degree[a.index]!, degree[b.index]!);
          return Math.min(1, Math.sqrt(link.weight) / busier);
        }),
    )
    // Barnes–Hut with a coarser approximation on large graphs: a third faster, and the error
    // is lost among thousands of nodes.
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-40)
        .theta(large ? 1.2 : 0.9),
    )
    // A weak pull to the middle keeps small islands from drifting away. Unlinked cities get a
    // stronger one, which holds them at about the edge of the network against its repulsion
    // (equilibrium radius ∝ √nodes, as the network's), instead of off in a corner.
    .force('x', forceX<SimNode>(0).strength(gravity))
    .force('y', forceY<SimNode>(0).strength(gravity))
    .force('center', forceCenter<SimNode>(0, 0));

  const read = () => {
    const positions = new Float64Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      positions[2 * i] = node.x ?? 0;
      positions[2 * i + 1] = node.y ?? 0;
    });
    return positions;
  };

  const progressEvery = Math.max(1, Math.ceil(ticks / 20));
  const positionsEvery = Math.max(1, Math.ceil(ticks / 10));
  for (let done = 1; done <= ticks; done++) {
    if (done > collideFrom && !simulation.force('collide')) simulation.force('collide', collide);
    simulation.tick();
    if (done === ticks) break;
    if (done % progressEvery === 0) yield { type: 'progress', done: done / ticks };
    if (done % positionsEvery === 0) {
      yield { type: 'positions', positions: read(), final: false };
    } else if (done % progressEvery !== 0) {
      yield null;
    }
  }
  const positions = read();
  yield { type: 'progress', done: 1 };
  yield { type: 'positions', positions, final: true };
  return positions;
}

/**
 * Runs a layout as a worker job: progress and intermediate positions as it goes (their buffers
 * moved, not copied), the final positions as the result. It pauses after every step, so that a
 * cancel or a newer request is heard, and stops there once the job is cancelled.
 */
export async function layoutJob(
  request: LayoutRequest,
  job: JobContext<Float64Array>,
): Promise<Float64Array> {
  const steps = layoutSteps(request);
  for (;;) {
    if (job.cancelled()) return new Float64Array(0);
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value?.type === 'progress') job.progress(step.value.done);
    else if (step.value && !step.value.final) {
      job.partial(step.value.positions, [step.value.positions.buffer]);
    }
    await job.pause();
  }
}

/**
 * Runs a whole layout synchronously and returns the final positions (`x, y` interleaved in the
 * request's node order); `onMessage` sees every progress and positions message on the way.
 */
export function runLayout(
  request: LayoutRequest,
  onMessage: (message: LayoutStep) => void = () => {},
): Float64Array {
  const steps = layoutSteps(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) onMessage(step.value);
  }
}
