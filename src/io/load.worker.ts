/// <reference lib="webworker" />
/** Loads a dataset off the main thread, so that a large import never freezes the page. */
import { loadDataset, type DatasetTexts, type LoadResult } from './load';

/** Main thread → worker. */
export interface LoadRequest {
  texts: DatasetTexts;
}

/** Worker → main thread: progress (0..1) while loading, then the result. */
export type LoadReply = { type: 'progress'; done: number } | { type: 'done'; result: LoadResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LoadRequest>) => {
  const post = (reply: LoadReply) => scope.postMessage(reply);
  const result = loadDataset(event.data.texts, {
    onProgress: (done) => post({ type: 'progress', done }),
  });
  post({ type: 'done', result });
};
