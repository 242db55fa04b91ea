/**
 * Network metrics: computed at once for small networks, in a Web Worker for large ones. Small
 * ones are computed on the page, from the first render: every view draws its measures at once
 * (fetched later, a graph laid out and drawn with default sizes would change under the reader).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  computeMetrics,
  metricsInput,
  unpackMetrics,
  type NetworkMetrics,
} from '../domain/metrics';
import type { Network } from '../domain/network';
import { Cancelled, createWorkerClient, type Job, type WorkerClient } from '../workers/client';
import { metricsTransfer, type MetricsRequest, type MetricsResult } from '../workers/requests';

/** Links above which metrics are computed in the worker (they take tens of milliseconds and up). */
const WORKER_ABOVE = 3000;

/** No measures yet: views fall back to their default sizes while a worker computes. */
const PENDING: NetworkMetrics = {
  byCity: new Map(),
  communities: 0,
  communitySizes: [],
  approximate: false,
};

const createMetricsClient = () =>
  createWorkerClient<MetricsRequest, MetricsResult>({
    create: () =>
      new Worker(new URL('../workers/metrics.worker.ts', import.meta.url), { type: 'module' }),
    // The links' buffers move to the worker: nothing of them is copied on the page.
    transfer: metricsTransfer,
  });

/** The metrics of `network`; for a large one, the previous metrics until the worker answers. */
export function useMetrics(network: Network): NetworkMetrics {
  const small = network.edges.length <= WORKER_ABOVE;
  const immediate = useMemo(() => (small ? computeMetrics(network) : null), [network, small]);
  const [computed, setComputed] = useState<NetworkMetrics | null>(null);
  const client = useRef<WorkerClient<MetricsRequest, MetricsResult> | null>(null);

  useEffect(() => {
    if (small) return;
    let job: Job<MetricsResult> | null = null;
    // The worker's input is made in a task of its own, apart from the views' drawing of the same
    // network (about 50 ms at 100,000 links).
    const start = setTimeout(() => {
      client.current ??= createMetricsClient();
      // Latest wins: filters may move on before the worker answers; a stale answer is dropped.
      const input = metricsInput(network);
      job = client.current.run({ input });
      job.result.then(
        (packed) => setComputed(unpackMetrics(input.cityIds, packed)),
        (error: unknown) => {
          // Without metrics the views keep their default sizes; a failure is a bug worth seeing.
          if (!(error instanceof Cancelled)) console.error('Network metrics failed:', error);
        },
      );
    });
    return () => {
      clearTimeout(start);
      job?.cancel();
    };
  }, [network, small]);

  useEffect(
    () => () => {
      client.current?.destroy();
      client.current = null;
    },
    [],
  );

  return immediate ?? computed ?? PENDING;
}
