/**
 * The metrics as columns: what crosses between the page and the metrics worker. Typed arrays, so
 * that a large network goes to the worker, and its measures come back, by moving a few buffers
 * instead of copying every node and edge object (structured clone of a 100,000-link network held
 * the page for over half a second).
 */
import type { CityMetrics, NetworkMetrics } from './metricNames';
import { edgeWeight, type Network } from './network';

/**
 * A network's links as the metrics read them: city ids in network order, and each link as the
 * positions of its ends in that order and its weight.
 */
export interface MetricsInput {
  cityIds: string[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** `network` as `MetricsInput`; links with an end the network lacks are left out. */
export function metricsInput(network: Network): MetricsInput {
  const position = new Map(network.nodes.map((node, i) => [node.id, i]));
  const { edges } = network;
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const weights = new Float64Array(edges.length);
  let count = 0;
  for (const edge of edges) {
    const a = position.get(edge.source);
    const b = position.get(edge.target);
    if (a === undefined || b === undefined) continue;
    sources[count] = a;
    targets[count] = b;
    weights[count] = edgeWeight(edge);
    count++;
  }
  return {
    cityIds: network.nodes.map((node) => node.id),
    sources: sources.slice(0, count),
    targets: targets.slice(0, count),
    weights: weights.slice(0, count),
  };
}

/**
 * The measures of every city of a `MetricsInput`, as columns in its `cityIds` order: what the
 * metrics worker sends back, by moving its buffers.
 */
export interface PackedMetrics {
  degree: Int32Array;
  weightedDegree: Float64Array;
  betweenness: Float64Array;
  community: Int32Array;
  bridges: Int32Array;
  communities: number;
  communitySizes: number[];
  approximate: boolean;
}

/** The buffers of `packed`, to transfer rather than copy. */
export const packedBuffers = (packed: PackedMetrics): ArrayBuffer[] =>
  [packed.degree, packed.weightedDegree, packed.betweenness, packed.community, packed.bridges].map(
    (column) => column.buffer as ArrayBuffer,
  );

/** The buffers of `input`, to transfer rather than copy. */
export const inputBuffers = (input: MetricsInput): ArrayBuffer[] =>
  [input.sources, input.targets, input.weights].map((column) => column.buffer as ArrayBuffer);

/** `packed` as measures by city id, the ids being `cityIds` in order. */
export function unpackMetrics(cityIds: readonly string[], packed: PackedMetrics): NetworkMetrics {
  const byCity = new Map<string, CityMetrics>();
  cityIds.forEach((id, i) => {
    byCity.set(id, {
      degree: packed.degree[i]!,
      weightedDegree: packed.weightedDegree[i]!,
      betweenness: packed.betweenness[i]!,
      community: packed.community[i]!,
      bridges: packed.bridges[i]!,
    });
  });
  const { communities, communitySizes, approximate } = packed;
  return { byCity, communities, communitySizes, approximate };
}
