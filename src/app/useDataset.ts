/**
 * Which data the app shows, and the ways to change it: the bundled programme, CSVs from
 * `?data=<folder URL>`, or the user's own files (imported, kept in the browser).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EMPTY_DATASET } from '../domain/dataset';
import type { DataNotice } from '../i18n/issues';
import type { Issue } from '../io/issues';
import { loadDataset, type LoadResult } from '../io/load';
import {
  FETCH_TIMEOUT_MS,
  fetchDataFile,
  fetchDatasetTexts,
  isSingleFile,
  parseDataUrl,
} from '../io/remote';
import type { ImportMode, Origin } from '../state/vocabulary';
import { Cancelled } from '../workers/client';
import type { LoadRequest } from '../workers/requests';
import { BUNDLED_TEXTS } from './bundledData';
import { loadInWorker, type WorkerLoad } from './loadInWorker';
import {
  forgetStored,
  readStored,
  readStoredWithin,
  STORAGE_TIMEOUT_MS,
  writeStored,
  type StoredDataset,
  type StoredRead,
} from './storage';

/** The data on screen, where it comes from, and the state of an import. */
export interface DatasetState {
  /** False until the first dataset is loaded. */
  ready: boolean;
  load: LoadResult;
  origin: Origin;
  /** Share of an import done (0..1) while one runs; null otherwise. */
  importProgress: number | null;
  /** The user's stored dataset (shown or not), without its texts. */
  stored: { name: string; importedAt: string } | null;
  /** A problem with the last import or with storage, for the user (worded by `dataNoticeText`). */
  message: DataNotice | null;
}

/** The ways to change the data on screen; a stable object (the same on every render). */
export interface DatasetActions {
  /**
   * Loads the user's files (in a worker) and keeps them in the browser, in place of any data
   * stored before. `replace` shows only these files; `add`, when the user's data is on screen,
   * keeps its files of the kinds not given (so cities, then workshops, can be added), and its
   * workbook unless another is given.
   */
  importTexts(name: string, request: LoadRequest, mode: ImportMode): void;
  cancelImport(): void;
  showBundled(): void;
  showStored(): void;
  removeStored(): void;
}

const EMPTY_LOAD: LoadResult = { dataset: EMPTY_DATASET, files: {}, issues: [] };

const withIssues = (load: LoadResult, issues: Issue[]): LoadResult => ({
  ...load,
  issues: [...issues, ...load.issues],
});

/** An error's message, or what was thrown when it is no Error. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const summary = (stored: StoredDataset) => ({ name: stored.name, importedAt: stored.importedAt });

/** How long the first load waits, in ms, before it shows the bundled data instead. */
export interface LoadTimeouts {
  /** For the files of `?data=`; default 15 s. */
  networkMs: number;
  /** For the browser's storage (IndexedDB); default 5 s. */
  storageMs: number;
}

const DEFAULT_TIMEOUTS: LoadTimeouts = {
  networkMs: FETCH_TIMEOUT_MS,
  storageMs: STORAGE_TIMEOUT_MS,
};

/** The storage did not answer within `ms`; `bundled`: the bundled data is shown instead. */
const storageTimeout = (ms: number, bundled: boolean): DataNotice => ({
  kind: 'storageTimeout',
  seconds: ms / 1000,
  bundled,
});

/** The `?data=` address gave issues instead of data: the bundled data is shown, and why. */
const ADDRESS_BUNDLED: DataNotice = { kind: 'addressBundled' };

/**
 * The dataset state and its actions; starts from the URL, else the stored import, else the
 * bundled data, which it also falls back to when the URL or the storage do not answer in time.
 */
export function useDataset(
  timeouts: LoadTimeouts = DEFAULT_TIMEOUTS,
): [DatasetState, DatasetActions] {
  const [state, setState] = useState<DatasetState>({
    ready: false,
    load: EMPTY_LOAD,
    origin: { kind: 'bundled' },
    importProgress: null,
    stored: null,
    message: null,
  });
  const running = useRef<WorkerLoad | null>(null);
  // The files of the user's data on screen, to add further files to; null when other data is shown.
  const current = useRef<StoredDataset | null>(null);
  const bundled = useRef<LoadResult | null>(null);
  const bundledLoad = () => (bundled.current ??= loadDataset(BUNDLED_TEXTS));

  const runImport = useCallback((stored: StoredDataset, save: boolean) => {
    running.current?.cancel();
    setState((s) => ({ ...s, importProgress: 0, message: null }));
    const { texts, names, workbook } = stored;
    const request: LoadRequest = {
      texts,
      ...(names ? { names } : {}),
      ...(workbook ? { workbook } : {}),
    };
    const job = loadInWorker(request, (done) => setState((s) => ({ ...s, importProgress: done })));
    running.current = job;
    // A job replaced by a newer import says nothing: the newer one owns the progress bar.
    job.result.then(
      async (load) => {
        if (running.current !== job) return;
        running.current = null;
        // Files that give no city (a broken workbook, a web page) replace nothing, and are not
        // kept: the data on screen stays, with the new files' problems added to its report.
        if (load.dataset.cities.length === 0) {
          setState((s) => ({
            ...s,
            ready: true,
            load: withIssues(s.load, load.issues),
            importProgress: null,
            message: { kind: 'nothingLoaded', name: stored.name },
          }));
          return;
        }
        current.current = stored;
        const kept = save ? await writeStored(stored) : true;
        setState((s) => ({
          ...s,
          ready: true,
          load,
          origin: { kind: 'imported', name: stored.name, importedAt: stored.importedAt },
          importProgress: null,
          stored: kept ? summary(stored) : s.stored,
          message: kept ? null : { kind: 'notKept' },
        }));
      },
      (error: Error) => {
        if (running.current !== job) return;
        running.current = null;
        setState((s) => ({
          ...s,
          ready: true,
          importProgress: null,
          message:
            error instanceof Cancelled
              ? { kind: 'cancelled' }
              : { kind: 'failed', reason: error.message },
        }));
      },
    );
  }, []);

  const { networkMs, storageMs } = timeouts;
  useEffect(() => {
    let cancelled = false;
    const param = new URLSearchParams(window.location.search).get('data');
    // Storage and the data's address are asked at once: neither waits for the other.
    const storedRead = readStoredWithin(storageMs);
    const keepStored = ({ stored, timedOut }: StoredRead, bundled: boolean) =>
      setState((s) => ({
        ...s,
        stored: stored ? summary(stored) : null,
        // A problem with the data address says more than one with storage: it is kept.
        message: timedOut && s.message === null ? storageTimeout(storageMs, bundled) : s.message,
      }));
    const start = async () => {
      if (param !== null) {
        void storedRead.then((read) => !cancelled && keepStored(read, false));
        const folder = parseDataUrl(param);
        if (!(folder instanceof URL)) {
          // A bad address: say so, and show the bundled data rather than nothing.
          setState((s) => ({
            ...s,
            ready: true,
            load: withIssues(bundledLoad(), [folder]),
            message: ADDRESS_BUNDLED,
          }));
          return;
        }
        setState((s) => ({ ...s, origin: { kind: 'url', url: folder.href } }));
        const showBundled = (issues: Issue[], message: DataNotice) =>
          setState((s) => ({
            ...s,
            ready: true,
            importProgress: null,
            origin: { kind: 'bundled' },
            load: withIssues(bundledLoad(), issues),
            message,
          }));
        let job: WorkerLoad | undefined;
        // Whatever fails from here (the server, the worker, a chunk that does not load), the
        // bundled data is shown with a notice naming the address: the page never stays loading.
        try {
          const fetched = isSingleFile(folder)
            ? await fetchDataFile(folder, fetch, networkMs)
            : await fetchDatasetTexts(folder, fetch, networkMs);
          const { texts, names, workbook, issues, timedOut } = fetched;
          if (cancelled) return;
          // Waiting longer shows nothing: the bundled data, and which file did not come.
          if (timedOut) return showBundled(issues, ADDRESS_BUNDLED);
          // Loaded in the worker, as an import is: a workbook is opened there, and countries are
          // taken from coordinates with the map of countries, which the page never loads.
          const request: LoadRequest = {
            texts,
            ...(names ? { names } : {}),
            ...(workbook ? { workbook } : {}),
          };
          job = loadInWorker(request, (done) => setState((s) => ({ ...s, importProgress: done })));
          running.current = job;
          const load = await job.result;
          if (cancelled || running.current !== job) return;
          running.current = null;
          setState((s) => ({
            ...s,
            ready: true,
            importProgress: null,
            load: withIssues(load, issues),
          }));
        } catch (error) {
          // Cancelled by leaving, or replaced by an import the user started meanwhile.
          if (cancelled || (job && running.current !== job)) return;
          running.current = null;
          showBundled(
            [],
            error instanceof Cancelled
              ? { kind: 'cancelled' }
              : { kind: 'addressFailed', url: folder.href, reason: reasonOf(error) },
          );
        }
        return;
      }
      const read = await storedRead;
      if (cancelled) return;
      keepStored(read, true);
      if (read.stored?.active) {
        runImport(read.stored, false);
        return;
      }
      setState((s) => ({ ...s, ready: true, load: bundledLoad() }));
    };
    void start();
    return () => {
      cancelled = true;
      running.current?.cancel();
    };
  }, [runImport, networkMs, storageMs]);

  // Stable actions (they read refs, not state), so that what receives them need not re-render.
  const actions: DatasetActions = useMemo(
    () => ({
      importTexts: (name, request, mode) => {
        const previous = mode === 'add' ? current.current : null;
        const workbook = request.workbook ?? previous?.workbook;
        runImport(
          {
            name: previous ? `${previous.name}, ${name}` : name,
            texts: { ...previous?.texts, ...request.texts },
            names: { ...previous?.names, ...request.names },
            ...(workbook ? { workbook } : {}),
            importedAt: new Date().toISOString(),
            active: true,
          },
          true,
        );
      },
      cancelImport: () => running.current?.cancel(),
      showBundled: () => {
        current.current = null;
        void readStored().then((stored) => stored && writeStored({ ...stored, active: false }));
        setState((s) => ({
          ...s,
          load: bundledLoad(),
          origin: { kind: 'bundled' },
          message: null,
        }));
      },
      showStored: () => {
        void readStored().then((stored) => {
          if (stored) runImport({ ...stored, active: true }, true);
        });
      },
      removeStored: () => {
        void forgetStored();
        current.current = null;
        setState((s) => ({
          ...s,
          stored: null,
          ...(s.origin.kind === 'imported'
            ? { load: bundledLoad(), origin: { kind: 'bundled' } }
            : {}),
        }));
      },
    }),
    [runImport],
  );
  return [state, actions];
}
