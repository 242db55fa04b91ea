/** Keeps the shareable state and the page URL in step: links restore views, back and forward work. */
import { useCallback, useEffect, useState, type Dispatch } from 'react';
import type { Dataset } from '../domain/dataset';
import type { Action, AppState } from '../state/store';
import { parseUrlState, serialiseUrlState, type UrlNotice, type UrlState } from '../state/urlState';
import { defaultLanguage } from './useTranslator';

const urlPart = (state: AppState): UrlState => ({
  filters: state.filters,
  selectedCityId: state.selectedCityId,
  record: state.record,
  view: state.view,
  table: state.table,
  linkColorBy: state.linkColorBy,
  sizeBy: state.sizeBy,
  cityColorBy: state.cityColorBy,
  camera: state.camera,
  language: state.language,
});

const pageUrl = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/** What is left of an address without the camera and the language: changing only those adds no history entry. */
const withoutPassive = (search: string) => {
  const params = new URLSearchParams(search);
  params.delete('map');
  params.delete('lang');
  return params.toString();
};

/**
 * Restores the state from the URL when a dataset is ready, then writes each change back: a new
 * history entry for a change of view, filters or selection, a replaced one for camera moves and
 * a change of language (Back returns to the previous view, not to the previous language).
 * Returns the notices about parameters that were ignored, and a way to dismiss them.
 */
export function useUrlSync(
  ready: boolean,
  dataset: Dataset,
  state: AppState,
  dispatch: Dispatch<Action>,
) {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  // The dataset whose URL state has been restored; writing back waits for it.
  const [restoredFor, setRestoredFor] = useState<Dataset | null>(null);

  useEffect(() => {
    if (!ready) return;
    const restore = () => {
      const parsed = parseUrlState(window.location.search, dataset, defaultLanguage());
      setNotices(parsed.notices);
      dispatch({ type: 'restore', state: parsed.state });
      setRestoredFor(dataset);
      // Drops what was ignored, so the address shows what is applied.
      window.history.replaceState(
        null,
        '',
        pageUrl(serialiseUrlState(parsed.state, window.location.search)),
      );
    };
    restore();
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [ready, dataset, dispatch]);

  useEffect(() => {
    if (restoredFor !== dataset) return;
    const current = window.location.search;
    const next = serialiseUrlState(urlPart(state), current);
    if (next === current) return;
    if (withoutPassive(next) === withoutPassive(current))
      window.history.replaceState(null, '', pageUrl(next));
    else window.history.pushState(null, '', pageUrl(next));
  }, [restoredFor, dataset, state]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  return { notices, dismissNotices };
}
