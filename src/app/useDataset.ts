/** Which data the app shows: the bundled programme, or CSVs from `?data=<folder URL>`. */
import { useEffect, useState } from 'react';
import type { Issue } from '../io/issues';
import { EMPTY_DATASET } from '../domain/dataset';
import { loadDataset, type LoadResult } from '../io/load';
import { fetchDatasetTexts, parseDataUrl } from '../io/remote';
import { BUNDLED_TEXTS } from './bundledData';

export interface DatasetState {
  /** False while remote files are being fetched. */
  ready: boolean;
  load: LoadResult;
  /** Where the data comes from, for people: "the bundled programme data" or a URL. */
  origin: string;
  /** True when the data is not the bundled data. */
  custom: boolean;
}

const bundled = (): DatasetState => ({
  ready: true,
  load: loadDataset(BUNDLED_TEXTS),
  origin: 'the bundled programme data',
  custom: false,
});

const withIssues = (load: LoadResult, issues: Issue[]): LoadResult => ({
  ...load,
  issues: [...issues, ...load.issues],
});

/** Loads the dataset named by the page URL once, when the app starts. */
export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>(() => {
    const param = new URLSearchParams(window.location.search).get('data');
    if (param === null) return bundled();
    const folder = parseDataUrl(param, window.location.href);
    if (!(folder instanceof URL)) {
      // A bad address: say so, and show the bundled data rather than nothing.
      const fallback = bundled();
      return { ...fallback, load: withIssues(fallback.load, [folder]) };
    }
    return {
      ready: false,
      load: { dataset: EMPTY_DATASET, files: {}, issues: [] },
      origin: folder.href,
      custom: true,
    };
  });

  useEffect(() => {
    if (state.ready) return;
    let cancelled = false;
    void fetchDatasetTexts(new URL(state.origin)).then(({ texts, issues }) => {
      if (cancelled) return;
      setState((previous) => ({
        ...previous,
        ready: true,
        load: withIssues(loadDataset(texts), issues),
      }));
    });
    return () => {
      cancelled = true;
    };
  }, [state.ready, state.origin]);

  return state;
}
