/** The load worker's entry point, behind the one worker client, with a fake worker global. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../../src/io/load';
import { Cancelled, createWorkerClient } from '../../../src/workers/client';
import { isLoadRequest, type LoadRequest } from '../../../src/workers/requests';
import { startWorker, type FakeWorker } from './fakeWorker';

const start = () => startWorker(() => import('../../../src/workers/load.worker'));
const bytes = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url))));
const texts = {
  cities: bytes('cities.csv'),
  workshops: bytes('workshops.csv'),
  partnerships: bytes('partnerships.csv'),
};

/** A load client over `workers`, one per worker started, as the app's loader makes them. */
function loader(workers: FakeWorker[]) {
  let made = 0;
  return createWorkerClient<LoadRequest, LoadResult>({
    create: () => workers[made++]!.worker,
    terminateOnCancel: true,
  });
}

describe('the load worker', () => {
  it('loads the files it is sent as the main thread would, reporting progress up to 1', async () => {
    const client = loader([await start()]);
    const progress: number[] = [];
    const result = await client.run({ texts }, { onProgress: (done) => progress.push(done) })
      .result;
    expect(result).toEqual(loadDataset(texts));
    expect(result.dataset.cities.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('is stopped by a cancel, which rejects with Cancelled; the next load gets a new worker', async () => {
    const first = await start();
    const second = await start();
    const client = loader([first, second]);
    const job = client.run({ texts });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(Cancelled);
    expect(first.terminated()).toBe(true);
    const next = await client.run({ texts: { cities: 'id,name,country,lat,lon\nx,X,JP,1,2\n' } })
      .result;
    expect(next.dataset.cities.map((city) => city.id)).toEqual(['x']);
    expect(second.terminated()).toBe(false);
  });

  it('takes only the files of the contract, each as text or bytes', () => {
    expect(isLoadRequest({ texts })).toBe(true);
    expect(isLoadRequest({ texts: { cities: 'id' } })).toBe(true);
    expect(isLoadRequest({ texts: { cities: 42 } })).toBe(false);
    expect(isLoadRequest({ texts: { towns: 'id' } })).toBe(false);
    expect(isLoadRequest({ files: {} })).toBe(false);
    expect(isLoadRequest(null)).toBe(false);
  });
});
