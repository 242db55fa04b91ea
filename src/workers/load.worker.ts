/** Loads a dataset off the main thread, so that a large import never freezes the page. */
import { loadDataset, type LoadResult } from '../io/load';
import { isLoadRequest, type LoadRequest } from './requests';
import { serve } from './serve';

// A load runs in one piece and cannot hear a cancel: the client terminates the worker instead.
serve<LoadRequest, LoadResult>(
  (request, job) => loadDataset(request.texts, { onProgress: job.progress }),
  { isRequest: isLoadRequest },
);
