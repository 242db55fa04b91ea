/** Runs `loadDataset` in a Web Worker, with progress and cancelling. */
import type { DatasetTexts, LoadResult } from '../io/load';
import { createWorkerClient, type Job } from '../workers/client';
import type { LoadRequest } from '../workers/requests';

/**
 * A load under way: `result` resolves with the load, or rejects with `Cancelled` once `cancel`
 * is called (or with an Error when the worker fails).
 */
export type WorkerLoad = Job<LoadResult>;

/** Loads `texts` in a new worker, reporting progress (0..1); the worker ends with the load. */
export function loadInWorker(texts: DatasetTexts, onProgress: (done: number) => void): WorkerLoad {
  const client = createWorkerClient<LoadRequest, LoadResult>({
    create: () =>
      new Worker(new URL('../workers/load.worker.ts', import.meta.url), { type: 'module' }),
    // A load runs in one piece and cannot hear a cancel: cancelling terminates the worker.
    terminateOnCancel: true,
  });
  const job = client.run({ texts }, { onProgress });
  // A worker holds the whole dataset in memory: it is ended as soon as the load ends, either way.
  void job.result.then(client.destroy, client.destroy);
  return job;
}
