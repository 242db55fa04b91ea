/**
 * Which data the app shows, and the ways to change it: the bundled programme, CSVs from
 * `?data=<folder URL>`, or the user's own files (imported, kept in the browser).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_DATASET } from '../domain/dataset';
import type { Issue } from '../io/issues';
import { loadDataset, type DatasetTexts, type LoadResult } from '../io/load';
import { fetchDatasetTexts, parseDataUrl } from '../io/remote';
import { BUNDLED_TEXTS } from './bundledData';
import { loadInWorker, type WorkerLoad } from './loadInWorker';
import { forgetStored, readStored, writeStored, type StoredDataset } from './storage';

/** Where the data on screen comes from. */
export type Origin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'imported'; name: string; importedAt: string };

export interface DatasetState {
  /** False until the first dataset is loaded. */
  ready: boolean;
  load: LoadResult;
  origin: Origin;
  /** Share of an import done (0..1) while one runs; null otherwise. */
  importProgress: number | null;
  /** The user's stored dataset (shown or not), without its texts. */
  stored: { name: string; importedAt: string } | null;
  /** A problem with the last import or with storage, for the user. */
  message: string | null;
}

export interface DatasetActions {
  /**
   * Loads the user's files (in a worker) and keeps them in the browser. When the user's data
   * is on screen, files not given are kept from it (so cities, then workshops, can be added).
   */
  importTexts(name: string, texts: DatasetTexts): void;
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

const summary = (stored: StoredDataset) => ({ name: stored.name, importedAt: stored.importedAt });

/** The dataset state and its actions; starts from the URL, else the stored import, else the bundled data. */
export function useDataset(): [DatasetState, DatasetActions] {
  const [state, setState] = useState<DatasetState>({
    ready: false,
    load: EMPTY_LOAD,
    origin: { kind: 'bundled' },
    importProgress: null,
    stored: null,
    message: null,
  });
  const running = useRef<WorkerLoad | null>(null);
  // The files of the user's data on screen, to add further files to.
  const current = useRef<StoredDataset | null>(null);
  const bundled = useRef<LoadResult | null>(null);
  const bundledLoad = () => (bundled.current ??= loadDataset(BUNDLED_TEXTS));

  const runImport = useCallback((stored: StoredDataset, save: boolean) => {
    running.current?.cancel();
    setState((s) => ({ ...s, importProgress: 0, message: null }));
    const job = loadInWorker(stored.texts, (done) =>
      setState((s) => ({ ...s, importProgress: done })),
    );
    running.current = job;
    job.result.then(
      async (load) => {
        running.current = null;
        current.current = stored;
        const kept = save ? await writeStored(stored) : true;
        setState((s) => ({
          ...s,
          ready: true,
          load,
          origin: { kind: 'imported', name: stored.name, importedAt: stored.importedAt },
          importProgress: null,
          stored: kept ? summary(stored) : s.stored,
          message: kept
            ? null
            : 'Your data is shown but could not be kept in this browser (storage is off).',
        }));
      },
      (error: Error) => {
        running.current = null;
        setState((s) => ({
          ...s,
          ready: true,
          importProgress: null,
          message:
            error.message === 'cancelled'
              ? 'Import cancelled.'
              : `The import failed: ${error.message}.`,
        }));
      },
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    const param = new URLSearchParams(window.location.search).get('data');
    const start = async () => {
      const stored = await readStored();
      if (cancelled) return;
      const storedSummary = stored ? summary(stored) : null;
      if (param !== null) {
        const folder = parseDataUrl(param, window.location.href);
        if (!(folder instanceof URL)) {
          // A bad address: say so, and show the bundled data rather than nothing.
          setState((s) => ({
            ...s,
            ready: true,
            load: withIssues(bundledLoad(), [folder]),
            stored: storedSummary,
          }));
          return;
        }
        setState((s) => ({
          ...s,
          origin: { kind: 'url', url: folder.href },
          stored: storedSummary,
        }));
        const { texts, issues } = await fetchDatasetTexts(folder);
        if (cancelled) return;
        setState((s) => ({ ...s, ready: true, load: withIssues(loadDataset(texts), issues) }));
        return;
      }
      if (stored?.active) {
        setState((s) => ({ ...s, stored: storedSummary }));
        runImport(stored, false);
        return;
      }
      setState((s) => ({ ...s, ready: true, load: bundledLoad(), stored: storedSummary }));
    };
    void start();
    return () => {
      cancelled = true;
      running.current?.cancel();
    };
  }, [runImport]);

  const actions: DatasetActions = {
    importTexts: (name, texts) => {
      const previous = state.origin.kind === 'imported' ? current.current : null;
      runImport(
        {
          name: previous ? `${previous.name}, ${name}` : name,
          texts: { ...previous?.texts, ...texts },
          importedAt: new Date().toISOString(),
          active: true,
        },
        true,
      );
    },
    cancelImport: () => running.current?.cancel(),
    showBundled: () => {
      void readStored().then((stored) => stored && writeStored({ ...stored, active: false }));
      setState((s) => ({ ...s, load: bundledLoad(), origin: { kind: 'bundled' }, message: null }));
    },
    showStored: () => {
      void readStored().then((stored) => {
        if (stored) runImport({ ...stored, active: true }, true);
      });
    },
    removeStored: () => {
      void forgetStored();
      setState((s) => ({
        ...s,
        stored: null,
        ...(s.origin.kind === 'imported'
          ? { load: bundledLoad(), origin: { kind: 'bundled' } }
          : {}),
      }));
    },
  };
  return [state, actions];
}
