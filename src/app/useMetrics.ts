/** Network metrics: computed at once for small networks, in a Web Worker for large ones. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { computeMetrics, type NetworkMetrics } from '../domain/metrics';
import type { MetricsReply, MetricsRequest } from '../domain/metrics.worker';
import type { Network } from '../domain/network';

/** Links above which metrics are computed in the worker (they take tens of milliseconds and up). */
const WORKER_ABOVE = 3000;

/** No measures yet: views fall back to their default sizes while a worker computes. */
const PENDING: NetworkMetrics = {
  byCity: new Map(),
  communities: 0,
  communitySizes: [],
  approximate: false,
};

/** The metrics of `network`; for a large one, the previous metrics until the worker answers. */
export function useMetrics(network: Network): NetworkMetrics {
  const small = network.edges.length <= WORKER_ABOVE;
  const immediate = useMemo(() => (small ? computeMetrics(network) : null), [network, small]);
  const [computed, setComputed] = useState<NetworkMetrics | null>(null);
  const worker = useRef<Worker | null>(null);
  const lastRequest = useRef(0);

  useEffect(() => {
    if (small) return;
    worker.current ??= new Worker(new URL('../domain/metrics.worker.ts', import.meta.url), {
      type: 'module',
    });
    const id = ++lastRequest.current;
    worker.current.onmessage = (event: MessageEvent<MetricsReply>) => {
      // Only the answer to the latest request counts; filters may have moved on.
      if (event.data.id === lastRequest.current) setComputed(event.data.metrics);
    };
    const request: MetricsRequest = { id, network };
    worker.current.postMessage(request);
  }, [network, small]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return immediate ?? computed ?? PENDING;
}
