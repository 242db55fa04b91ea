/** The metrics worker's entry point, behind the one worker client, with a fake worker global. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { computeMetrics } from '../../../src/domain/metrics';
import { buildNetwork, type Network } from '../../../src/domain/network';
import { Cancelled, createWorkerClient } from '../../../src/workers/client';
import type { MetricsRequest, MetricsResult } from '../../../src/workers/requests';
import { loadBundled } from '../../support/bundled';
import { startWorker } from './fakeWorker';

const start = () => startWorker(() => import('../../../src/workers/metrics.worker'));
const network = buildNetwork(loadBundled().dataset, DEFAULT_FILTERS);
// A smaller network: the partnerships only.
const partnerships: Network = {
  nodes: network.nodes,
  edges: network.edges.filter((edge) => edge.kind === 'partnership'),
};

describe('the metrics worker', () => {
  it('answers a network with the metrics the main thread would compute', async () => {
    const { worker } = await start();
    const client = createWorkerClient<MetricsRequest, MetricsResult>({ create: () => worker });
    const metrics = await client.run({ network }).result;
    expect(metrics).toEqual(computeMetrics(network));
    expect(metrics.byCity.size).toBe(network.nodes.length);
  });

  it('lets the latest network win: the answer for the filters before is dropped', async () => {
    const { worker } = await start();
    const client = createWorkerClient<MetricsRequest, MetricsResult>({ create: () => worker });
    const before = client.run({ network });
    const latest = client.run({ network: partnerships });
    await expect(before.result).rejects.toBeInstanceOf(Cancelled);
    expect(await latest.result).toEqual(computeMetrics(partnerships));
  });

  it('answers a request that is not a network with an error, and answers the next one', async () => {
    const { worker, said } = await start();
    worker.postMessage({ type: 'run', id: 99, request: { network: { nodes: 'Osaka' } } });
    const client = createWorkerClient<MetricsRequest, MetricsResult>({ create: () => worker });
    await client.run({ network: partnerships }).result;
    // Messages are handled in order: the malformed request is refused (so nobody waits for it),
    // then the well-formed one (the client's first, id 1) is answered.
    expect(said.map((message) => message as { id: number; type: string })).toMatchObject([
      { id: 99, type: 'error' },
      { id: 1, type: 'done' },
    ]);
  });
});
