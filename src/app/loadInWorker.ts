/** Runs `loadDataset` in a Web Worker, with progress and cancelling. */
import type { DatasetTexts, LoadResult } from '../io/load';
import type { LoadReply, LoadRequest } from '../io/load.worker';

/** A load under way. */
export interface WorkerLoad {
  /** Resolves with the result; rejects when cancelled or when the worker fails. */
  result: Promise<LoadResult>;
  /** Stops the load at once (the worker is terminated). */
  cancel(): void;
}

/** Loads `texts` in a new worker, reporting progress (0..1). */
export function loadInWorker(texts: DatasetTexts, onProgress: (done: number) => void): WorkerLoad {
  const worker = new Worker(new URL('../io/load.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<LoadResult>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new Error('cancelled'));
    };
    worker.onmessage = (event: MessageEvent<LoadReply>) => {
      if (event.data.type === 'progress') onProgress(event.data.done);
      else {
        worker.terminate();
        resolve(event.data.result);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the loader stopped unexpectedly'));
    };
  });
  const request: LoadRequest = { texts };
  worker.postMessage(request);
  return { result, cancel };
}
