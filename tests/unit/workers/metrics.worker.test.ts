/** The metrics worker's entry point, behind the one worker client, with a fake worker global. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { computeMetrics, metricsInput, unpackMetrics } from '../../../src/domain/metrics';
import { buildNetwork, type Network } from '../../../src/domain/network';
import { Cancelled, createWorkerClient } from '../../../src/workers/client';
import {
  metricsTransfer,
  type MetricsRequest,
  type MetricsResult,
} from '../../../src/workers/requests';
import { loadBundled } from '../../support/bundled';
import { startWorker } from './fakeWorker';

const start = () => startWorker(() => import('../../../src/workers/metrics.worker'));
const network = buildNetwork(loadBundled().dataset, DEFAULT_FILTERS);
// A smaller network: the partnerships only.
const partnerships: Network = {
  nodes: network.nodes,
  edges: network.edges.filter((edge) => edge.kind === 'partnership'),
};
const clientOf = (worker: Awaited<ReturnType<typeof start>>['worker']) =>
  createWorkerClient<MetricsRequest, MetricsResult>({
    create: () => worker,
    transfer: metricsTransfer,
  });
/** What the page makes of the worker's answer for `of`. */
const measured = async (client: ReturnType<typeof clientOf>, of: Network) => {
  const input = metricsInput(of);
  return unpackMetrics(input.cityIds, await client.run({ input }).result);
};

describe('the metrics worker', () => {
  it('answers a network with the metrics the main thread would compute', async () => {
    const { worker } = await start();
    const metrics = await measured(clientOf(worker), network);
    expect(metrics).toEqual(computeMetrics(network));
    expect(metrics.byCity.size).toBe(network.nodes.length);
  });

  it('takes the links by moving their buffers, so the page copies nothing of a large network', async () => {
    const { worker } = await start();
    const input = metricsInput(network);
    expect(input.sources.length).toBeGreaterThan(100);
    const job = clientOf(worker).run({ input });
    // Moved, not copied: the page's arrays are empty the moment they are sent.
    expect([input.sources.length, input.targets.length, input.weights.length]).toEqual([0, 0, 0]);
    expect(unpackMetrics(input.cityIds, await job.result)).toEqual(computeMetrics(network));
  });

  it('lets the latest network win: the answer for the filters before is dropped', async () => {
    const { worker } = await start();
    const client = clientOf(worker);
    const before = client.run({ input: metricsInput(network) });
    const latest = measured(client, partnerships);
    await expect(before.result).rejects.toBeInstanceOf(Cancelled);
    expect(await latest).toEqual(computeMetrics(partnerships));
  });

  it('answers a request that is not a network with an error, and answers the next one', async () => {
    const { worker, said } = await start();
    worker.postMessage({ type: 'run', id: 99, request: { input: { cityIds: 'Osaka' } } });
    await measured(clientOf(worker), partnerships);
    // Messages are handled in order: the malformed request is refused (so nobody waits for it),
    // then the well-formed one (the client's first, id 1) is answered.
    expect(said.map((message) => message as { id: number; type: string })).toMatchObject([
      { id: 99, type: 'error' },
      { id: 1, type: 'done' },
    ]);
  });
});

describe('a metrics request', () => {
  it('is refused when a link names a city position the ids do not have', async () => {
    const { worker, said } = await start();
    const input = metricsInput(partnerships);
    input.targets[0] = input.cityIds.length;
    worker.postMessage({ type: 'run', id: 7, request: { input } });
    await measured(clientOf(worker), partnerships);
    expect(said[0]).toMatchObject({ id: 7, type: 'error' });
  });
});
