/// <reference lib="webworker" />
/** Computes network metrics off the main thread, for networks large enough to take a while. */
import { computeMetrics, type NetworkMetrics } from './metrics';
import type { Network } from './network';

/** Main thread → worker: the network to measure, tagged so stale answers can be dropped. */
export interface MetricsRequest {
  id: number;
  network: Network;
}

/** Worker → main thread. */
export interface MetricsReply {
  id: number;
  metrics: NetworkMetrics;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const reply: MetricsReply = { id: event.data.id, metrics: computeMetrics(event.data.network) };
  scope.postMessage(reply);
};
