/**
 * What the shape of the network says about each city: how many partners it has, how many
 * records stand behind its links, how much it sits between others, and which group it belongs
 * to. Centrality and communities come from graphology's standard library, not hand-written code.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { Network } from './network';
import { seededRandom } from './random';
import type { CityMetrics, NetworkMetrics, NodeMetric, SizeMetric } from './metricNames';
import {
  metricsInput,
  unpackMetrics,
  type MetricsInput,
  type PackedMetrics,
} from './metricsColumns';

export {
  NODE_METRICS,
  SIZE_METRICS,
  type CityMetrics,
  type NetworkMetrics,
  type NodeMetric,
  type SizeMetric,
} from './metricNames';
export {
  inputBuffers,
  metricsInput,
  packedBuffers,
  unpackMetrics,
  type MetricsInput,
  type PackedMetrics,
} from './metricsColumns';

/** Options of `computeMetrics`. */
export interface MetricsOptions {
  /** Linked cities above which betweenness is sampled instead of exact; default 1000. */
  sampleAbove?: number;
  /** Source cities the sampled betweenness starts from; default 200. */
  samples?: number;
  /** Seed of the random choices (sampled sources, Louvain's visiting order); default 1. */
  seed?: number;
  /** Louvain resolution: above 1 finds more, smaller groups; default 1. */
  resolution?: number;
}

const DEFAULTS: Required<MetricsOptions> = {
  sampleAbove: 1000,
  samples: 200,
  seed: 1,
  resolution: 1,
};

interface EdgeAttributes {
  weight: number;
}

/**
 * Measures every city of `network`. Links of different kinds between the same two cities are
 * merged into one with their weights summed. Betweenness is exact up to `sampleAbove` linked
 * cities and estimated from `samples` sources above that; communities come from Louvain with a
 * seeded random generator, so the same network always gives the same groups.
 */
export function computeMetrics(network: Network, options: MetricsOptions = {}): NetworkMetrics {
  const input = metricsInput(network);
  return unpackMetrics(input.cityIds, measureNetwork(input, options));
}

/** `computeMetrics` on a `MetricsInput`, packed: the part that runs in the metrics worker. */
export function measureNetwork(input: MetricsInput, options: MetricsOptions = {}): PackedMetrics {
  const settings = { ...DEFAULTS, ...options };
  const n = input.cityIds.length;

  // Links of every kind between two cities, as one weight, keyed by the pair's positions.
  const weights = new Map<number, number>();
  for (let e = 0; e < input.sources.length; e++) {
    const a = input.sources[e]!;
    const b = input.targets[e]!;
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    weights.set(key, (weights.get(key) ?? 0) + input.weights[e]!);
  }

  // Graph keys are positions in `cityIds` written as integers: V8 stores integer-like keys as
  // array elements, and graphology keeps neighbours in plain objects keyed by node, so this
  // builds the graph about twice as fast as with city ids on 50,000 links.
  const linked = new Uint8Array(n);
  for (const key of weights.keys()) linked[Math.floor(key / n)] = linked[key % n] = 1;
  // eslint-disable-next-line no-restricted-syntax -- graphology's node attributes (none here); keys are positions.
  const graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  // Only linked cities enter the graph: an unlinked city has no path through it and no group to
  // join, and leaving it out keeps betweenness normalised over the cities that can be between.
  // They are added in network order, so results never depend on the order edges came in.
  for (let i = 0; i < n; i++) if (linked[i]) graph.addNode(String(i));
  for (const [key, weight] of weights) {
    graph.addEdge(String(Math.floor(key / n)), String(key % n), { weight });
  }

  // The same links as typed arrays, for the sampled betweenness and for counting the groups
  // each city reaches: walking them is many times faster than graphology's callbacks.
  const adjacency = compressedAdjacency(n, weights.keys());
  const random = seededRandom(settings.seed);
  const approximate = graph.order > settings.sampleAbove && settings.samples < graph.order;
  // Hop counts, not weights: a weight counts records (a strength), while graphology would read
  // it as a distance and make the busiest links the longest.
  const betweenness = new Float64Array(n);
  if (approximate) {
    sampledBetweenness(adjacency, linked, settings.samples, random, betweenness);
  } else if (graph.order > 0) {
    // (graphology's Brandes cannot allocate for an empty graph.)
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    for (const [key, value] of Object.entries(exact)) betweenness[Number(key)] = value;
  }
  const groupOf = louvain(graph, {
    getEdgeWeight: 'weight',
    resolution: settings.resolution,
    rng: random,
  });

  const { community, sizes } = numberCommunities(n, groupOf);
  const degree = new Int32Array(n);
  const strength = new Float64Array(n);
  const bridges = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // An unlinked city has no partners, no weight, and sits between none.
    if (!linked[i]) {
      betweenness[i] = 0;
      continue;
    }
    const key = String(i);
    const own = community[i]!;
    const others = new Set<number>();
    for (let e = adjacency.offsets[i]!; e < adjacency.offsets[i + 1]!; e++) {
      const group = community[adjacency.neighbours[e]!]!;
      if (group !== own) others.add(group);
    }
    degree[i] = graph.degree(key);
    strength[i] = weightedDegree(graph, key, 'weight');
    betweenness[i] = Math.min(1, betweenness[i]!);
    bridges[i] = others.size;
  }
  return {
    degree,
    weightedDegree: strength,
    betweenness,
    community,
    bridges,
    communities: sizes.length,
    communitySizes: sizes,
    approximate,
  };
}

/**
 * Renumbers Louvain's groups (keyed by node position) by size, largest = 0, ties by the first
 * city in network order, and gives every unlinked city a group of its own.
 */
function numberCommunities(
  n: number,
  groupOf: Readonly<ReturnType<typeof louvain>>,
): { community: Int32Array; sizes: number[] } {
  // Louvain's group of each city, or a group of its own (a fresh negative key) when unlinked.
  const groups = new Map<number, { first: number; members: number[] }>();
  for (let i = 0; i < n; i++) {
    const key = groupOf[String(i)] ?? -1 - i;
    const group = groups.get(key);
    if (group) group.members.push(i);
    else groups.set(key, { first: i, members: [i] });
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.members.length - a.members.length || a.first - b.first,
  );
  const community = new Int32Array(n);
  ordered.forEach((group, index) => {
    for (const i of group.members) community[i] = index;
  });
  return { community, sizes: ordered.map((group) => group.members.length) };
}

/** Neighbours of each of `n` positions: those of `i` are `neighbours[offsets[i]…offsets[i + 1]]`. */
interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/** Compressed adjacency (CSR) of pairs keyed `a × n + b`, as in `measureNetwork`. */
function compressedAdjacency(n: number, pairs: Iterable<number>): Adjacency {
  const keys = Array.from(pairs);
  const offsets = new Int32Array(n + 1);
  for (const key of keys) {
    offsets[Math.floor(key / n) + 1]!++;
    offsets[(key % n) + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(offsets[n]!);
  const next = offsets.slice(0, n);
  for (const key of keys) {
    const a = Math.floor(key / n);
    const b = key % n;
    neighbours[next[a]!++] = b;
    neighbours[next[b]!++] = a;
  }
  return { offsets, neighbours };
}

/**
 * Betweenness of the `linked` positions estimated from `samples` of them chosen at random as
 * sources (Brandes 2001's single-source accumulation, scaled by linked / samples; Brandes &
 * Pich 2007), written into `centrality`. Hand-written because graphology-metrics only offers
 * the exact all-sources version, which is O(n·m): about 8 s for 5,000 cities and 50,000 links.
 * Normalised as graphology does, so the two agree on scale.
 */
function sampledBetweenness(
  { offsets, neighbours }: Adjacency,
  linked: Uint8Array,
  samples: number,
  random: () => number,
  centrality: Float64Array,
): void {
  const n = linked.length;
  // Sources without replacement: the first `samples` places of a partial Fisher–Yates shuffle
  // of the linked positions (an unlinked city reaches no one).
  const order = Int32Array.from({ length: n }, (_, i) => i).filter((i) => linked[i] === 1);
  const sources = order.length;
  for (let i = 0; i < samples; i++) {
    const j = i + Math.floor(random() * (sources - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }

  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const visited = new Int32Array(n);
  for (let s = 0; s < samples; s++) {
    const source = order[s]!;
    distance.fill(-1);
    paths.fill(0);
    dependency.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    // `visited` doubles as the BFS queue and, read backwards, as the stack of Brandes' algorithm.
    let head = 0;
    let tail = 0;
    visited[tail++] = source;
    while (head < tail) {
      const v = visited[head++]!;
      const next = distance[v]! + 1;
      const through = paths[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = neighbours[e]!;
        const d = distance[w]!;
        if (d === -1) {
          distance[w] = next;
          visited[tail++] = w;
          paths[w] = through;
        } else if (d === next) {
          paths[w] = paths[w]! + through;
        }
      }
    }
    // Predecessors are the neighbours one step closer, so no predecessor lists are stored.
    for (let i = tail - 1; i > 0; i--) {
      const w = visited[i]!;
      const previous = distance[w]! - 1;
      const share = (1 + dependency[w]!) / paths[w]!;
      const end = offsets[w + 1]!;
      for (let e = offsets[w]!; e < end; e++) {
        const v = neighbours[e]!;
        if (distance[v] === previous) dependency[v] = dependency[v]! + paths[v]! * share;
      }
      centrality[w] = centrality[w]! + dependency[w]!;
    }
  }

  const scale = sources <= 2 ? 0 : sources / samples / ((sources - 1) * (sources - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
}

/** A city's value of `metric` (its group number for `community`). */
export function metricValue(city: CityMetrics, metric: NodeMetric): number {
  return city[metric];
}

/** One row of a ranking table. */
export interface RankedCity {
  id: string;
  name: string;
  /** ISO alpha-2. */
  country: string;
  /** 1-based; cities with equal values share a rank (1, 2, 2, 4). */
  rank: number;
  value: number;
  metrics: CityMetrics;
}

/**
 * Cities sorted by `metric`, highest first (ties by name), with competition ranks; `limit`
 * keeps the first rows (default: all).
 */
export function rankCities(
  network: Network,
  metrics: NetworkMetrics,
  metric: SizeMetric,
  limit = Number.POSITIVE_INFINITY,
): RankedCity[] {
  const rows: RankedCity[] = [];
  for (const node of network.nodes) {
    const city = metrics.byCity.get(node.id);
    if (!city) continue;
    rows.push({
      id: node.id,
      name: node.city.name,
      country: node.city.country,
      rank: 0,
      value: city[metric],
      metrics: city,
    });
  }
  rows.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.value === row.value ? previous.rank : i + 1;
  });
  return rows.slice(0, limit);
}
