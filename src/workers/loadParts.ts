/**
 * A load crosses from the load worker to the page in parts: its records and issues in slices of
 * `PART_SIZE`, each its own message, then a summary. The page reads each message in a task of
 * its own, so that 100,000 records never hold it at once (one message of a whole dataset took
 * 0.6 s to read at 10,000 cities / 70,000 partnerships), and it indexes each part as it comes
 * rather than reading the indexes cloned.
 */
import { DatasetBuilder, type Dataset } from '../domain/dataset';
import type { City, Partnership, Workshop } from '../domain/types';
import type { Issue } from '../io/issues';
import type { LoadResult } from '../io/load';
import { Cancelled, type Job, type WorkerClient } from './client';
import { pause } from './pause';
import type { LoadRequest } from './requests';

/** Records (or issues) per message. */
export const PART_SIZE = 10_000;

/** The lists a load's parts carry, in the order they are sent. */
interface Lists {
  cities: City[];
  workshops: Workshop[];
  partnerships: Partnership[];
  issues: Issue[];
}
const LISTS = ['cities', 'workshops', 'partnerships', 'issues'] as const;

/** A slice of one of a load's lists. */
export type LoadPart = { [K in keyof Lists]: { part: K; items: Lists[K] } }[keyof Lists];

/**
 * What the load's last message carries: the rest of its result, and how many items each list
 * sent, so that a part lost on the way fails the load rather than thinning the data unsaid.
 */
export type LoadSummary = Pick<LoadResult, 'files' | 'names'> & {
  sent: Record<keyof Lists, number>;
};

/** `result`'s records and issues, in slices of at most `size`, in order. */
export function* loadParts(result: LoadResult, size = PART_SIZE): Generator<LoadPart> {
  const { dataset, issues } = result;
  const lists = {
    cities: dataset.cities,
    workshops: dataset.workshops,
    partnerships: dataset.partnerships,
    issues,
  };
  for (const part of LISTS) {
    const list = lists[part];
    for (let from = 0; from < list.length; from += size) {
      yield { part, items: list.slice(from, from + size) } as LoadPart;
    }
  }
}

/** `result` without its records and issues, which go as parts. */
export function loadSummary(result: LoadResult): LoadSummary {
  const { dataset, issues, files, names } = result;
  const sent = {
    cities: dataset.cities.length,
    workshops: dataset.workshops.length,
    partnerships: dataset.partnerships.length,
    issues: issues.length,
  };
  return names ? { files, names, sent } : { files, sent };
}

/** True for a part of a known list with an array of items (the worker is ours: a light check). */
export function isLoadPart(value: unknown): value is LoadPart {
  if (typeof value !== 'object' || value === null) return false;
  const { part, items } = value as { part?: unknown; items?: unknown };
  return LISTS.some((list) => list === part) && Array.isArray(items);
}

/** True for a summary with counts per file and per list sent. */
export function isLoadSummary(value: unknown): value is LoadSummary {
  if (typeof value !== 'object' || value === null) return false;
  const { files, sent } = value as {
    files?: unknown;
    sent?: Partial<Record<keyof Lists, unknown>>;
  };
  return (
    typeof files === 'object' &&
    files !== null &&
    typeof sent === 'object' &&
    sent !== null &&
    LISTS.every((list) => Number.isSafeInteger(sent[list]))
  );
}

/** Share of a load's progress bar for the worker, when the page prepares the rest. */
const WORKER_SHARE = 0.9;

/** What a load's `prepare` is given. */
export interface Preparing {
  /** Yields to the event loop; rejects with `Cancelled` once the load is cancelled. */
  pause(): Promise<void>;
  /** Reports the preparation's own progress, 0..1. */
  progress(done: number): void;
}

/**
 * Runs `request` on a load worker's `client` and gathers its parts into the `LoadResult`, with
 * the dataset's indexes made on this side, then waits for `prepare` (what the page works out
 * ahead of its first draw). Rejects when fewer items came than were sent.
 */
export function runLoad(
  client: WorkerClient<LoadRequest, LoadSummary, LoadPart>,
  request: LoadRequest,
  onProgress?: (done: number) => void,
  prepare?: (dataset: Dataset, preparing: Preparing) => Promise<void>,
): Job<LoadResult> {
  // Each part is indexed as it comes, in the task that reads it.
  const dataset = new DatasetBuilder();
  const issues: Issue[] = [];
  const add = (part: LoadPart) => {
    if (part.part === 'cities') dataset.addCities(part.items);
    else if (part.part === 'workshops') dataset.addWorkshops(part.items);
    else if (part.part === 'partnerships') dataset.addPartnerships(part.items);
    else for (const issue of part.items) issues.push(issue);
  };
  const share = prepare ? WORKER_SHARE : 1;
  const job = client.run(request, {
    onProgress: onProgress && ((done) => onProgress(done * share)),
    onPartial: add,
  });
  // Once the worker has answered, a cancel is heard here: the load rejects at once, and the
  // preparing stops at its next pause.
  let stopped = false;
  let cancel = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => {
      stopped = true;
      reject(new Cancelled());
      job.cancel();
    };
  });
  // Not every load is awaited to its end (a replaced one): its cancel is no failure.
  cancelled.catch(() => {});
  const preparing: Preparing = {
    pause: () => (stopped ? Promise.reject(new Cancelled()) : pause()),
    progress: (done) => onProgress?.(share + (1 - share) * done),
  };
  const result = job.result.then(async ({ sent, ...summary }): Promise<LoadResult> => {
    const built = dataset.build();
    const came = { ...built, issues };
    if (LISTS.some((list) => came[list].length !== sent[list]))
      throw new Error('the load worker’s answer arrived incomplete');
    // Preparing only saves the views work: should it fail, they do that work when drawn, and
    // the load is kept.
    const prepared = Promise.resolve()
      .then(() => prepare?.(built, preparing))
      .catch((error: unknown) => {
        if (!(error instanceof Cancelled)) console.warn('Preparing the first draw failed:', error);
      });
    await Promise.race([prepared, cancelled]);
    return { dataset: built, issues, ...summary };
  });
  return { result, cancel };
}
