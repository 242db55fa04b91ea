/**
 * What the page sends the metrics and load workers, with guards: structured clone carries no
 * types, so a worker checks a request's shape before it trusts it. Apart from the entry points,
 * so that the page can import these without starting a worker's `serve`.
 */
import type { NetworkMetrics } from '../domain/metrics';
import type { Network } from '../domain/network';
import { DATA_FILES } from '../io/issues';
import type { DatasetTexts } from '../io/load';

/** Page → metrics worker: the network to measure. */
export interface MetricsRequest {
  network: Network;
}

/** Metrics worker → page: the network's metrics. */
export type MetricsResult = NetworkMetrics;

/** Page → load worker: the files to load, as text or bytes. */
export interface LoadRequest {
  texts: DatasetTexts;
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** True for a request whose network has arrays of nodes and edges. */
export function isMetricsRequest(value: unknown): value is MetricsRequest {
  if (!isObject(value) || !('network' in value)) return false;
  const network = value.network;
  return (
    isObject(network) &&
    'nodes' in network &&
    'edges' in network &&
    Array.isArray(network.nodes) &&
    Array.isArray(network.edges)
  );
}

/** True for a request whose files are only the contract's, each as text or bytes. */
export function isLoadRequest(value: unknown): value is LoadRequest {
  if (!isObject(value) || !('texts' in value) || !isObject(value.texts)) return false;
  return Object.entries(value.texts).every(
    ([file, content]) =>
      DATA_FILES.some((known) => known === file) &&
      (content === undefined || typeof content === 'string' || content instanceof Uint8Array),
  );
}
