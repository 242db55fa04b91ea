/** Runs `loadDataset` in a Web Worker (a workbook is opened there too), with progress and cancel. */
import type { LoadResult } from '../io/load';
import { createWorkerClient, type Job } from '../workers/client';
import {
  isLoadPart,
  isLoadSummary,
  runLoad,
  type LoadPart,
  type LoadSummary,
} from '../workers/loadParts';
import type { LoadRequest } from '../workers/requests';
import { prepareViews } from './prepareViews';

/**
 * A load under way: `result` resolves with the load, or rejects with `Cancelled` once `cancel`
 * is called (or with an Error when the worker fails).
 */
export type WorkerLoad = Job<LoadResult>;

/**
 * Loads `request` in a new worker, reporting progress (0..1); the worker ends with the load. A
 * workbook is opened there too (its library is fetched by the worker only when one is sent).
 * The load resolves once its first draw is prepared (see `prepareViews`).
 */
export function loadInWorker(request: LoadRequest, onProgress: (done: number) => void): WorkerLoad {
  const client = createWorkerClient<LoadRequest, LoadSummary, LoadPart>({
    create: () =>
      new Worker(new URL('../workers/load.worker.ts', import.meta.url), { type: 'module' }),
    isResult: isLoadSummary,
    isPartial: isLoadPart,
    // A load runs in one piece and cannot hear a cancel: cancelling terminates the worker.
    terminateOnCancel: true,
  });
  // A worker holds the whole dataset in memory: it is ended as soon as it has answered, or as
  // soon as the load ends in any other way.
  const job = runLoad(client, request, onProgress, (dataset, preparing) => {
    client.destroy();
    return prepareViews(dataset, preparing);
  });
  void job.result.then(client.destroy, client.destroy);
  return job;
}
