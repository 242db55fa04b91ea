/** Keeps the shareable state and the page URL in step: links restore views, back and forward work. */
import { useCallback, useEffect, useState, type Dispatch } from 'react';
import type { Dataset } from '../domain/dataset';
import { readSceneParams, sceneParams, scenesFitLink, type SceneProblem } from '../state/scenes';
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

/**
 * What is left of an address without the camera, the language and the scenes: changing only
 * those adds no history entry (typing a scene's name would add one a key).
 */
const withoutPassive = (search: string) => {
  const params = new URLSearchParams(search);
  params.delete('map');
  params.delete('lang');
  params.delete('scene');
  return params.toString();
};

/**
 * Restores the state from the URL when a dataset is ready, then writes each change back: a new
 * history entry for a change of view, filters or selection, a replaced one for camera moves and
 * a change of language (Back returns to the previous view, not to the previous language).
 * The saved scenes (`scene=`) are read with the state, checked against the dataset, and written
 * after it; Back and Forward leave them as they are (they are a list being worked on, not a
 * view). Returns the notices about parameters that were ignored, what the address' scenes
 * skipped (worded by the UI as a scenes file's problems are), and a way to dismiss them.
 */
export function useUrlSync(
  ready: boolean,
  dataset: Dataset,
  state: AppState,
  dispatch: Dispatch<Action>,
) {
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [sceneProblems, setSceneProblems] = useState<SceneProblem[]>([]);
  // The dataset whose URL state has been restored; writing back waits for it.
  const [restoredFor, setRestoredFor] = useState<Dataset | null>(null);

  useEffect(() => {
    if (!ready) return;
    const restore = (withScenes: boolean) => {
      const search = window.location.search;
      const parsed = parseUrlState(search, dataset, defaultLanguage());
      const read = withScenes ? readSceneParams(search, dataset) : null;
      setNotices(parsed.notices);
      setSceneProblems(read?.problems ?? []);
      dispatch({ type: 'restore', state: parsed.state });
      if (read) dispatch({ type: 'setScenes', scenes: read.scenes });
      setRestoredFor(dataset);
      // Drops what was ignored, so the address shows what is applied; after Back, the write
      // below puts the current scenes back.
      const query = serialiseUrlState(parsed.state, search);
      window.history.replaceState(
        null,
        '',
        pageUrl(read ? sceneParams(query, read.scenes) : query),
      );
    };
    restore(true);
    const onPopState = () => restore(false);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [ready, dataset, dispatch]);

  useEffect(() => {
    if (restoredFor !== dataset) return;
    const current = window.location.search;
    // The scenes come after the state's own parameters, which serialiseUrlState rebuilds.
    // Scenes too long for an address stay out of it (the scenes panel says so).
    const scenes = scenesFitLink(state.scenes) ? state.scenes : [];
    const next = sceneParams(serialiseUrlState(urlPart(state), current), scenes);
    if (next === current) return;
    if (withoutPassive(next) === withoutPassive(current))
      window.history.replaceState(null, '', pageUrl(next));
    else window.history.pushState(null, '', pageUrl(next));
  }, [restoredFor, dataset, state]);

  const dismissNotices = useCallback(() => {
    setNotices([]);
    setSceneProblems([]);
  }, []);
  return { notices, sceneProblems, dismissNotices };
}
