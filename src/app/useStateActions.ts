/** The app state's named changes as stable callbacks, so the panes that receive them need not re-render. */
import { useMemo, type Dispatch } from 'react';
import type { Filters } from '../domain/filters';
import type { PlanOptions } from '../domain/planner';
import type { Language } from '../state/language';
import type { Scene } from '../state/scenes';
import type { Action } from '../state/store';
import { rememberLanguage } from './useTranslator';
import type {
  Camera,
  CityColorMode,
  LinkColorMode,
  RecordRef,
  SizeMetric,
  TableKind,
  TimelineMode,
  ViewMode,
} from '../state/vocabulary';

/** Every change a pane can ask of the shared state. */
export interface StateActions {
  selectCity(cityId: string | null): void;
  /** Opens a workshop or partnership, or closes it (null). */
  openRecord(record: RecordRef | null): void;
  /** Lists the records behind a link of the network, or closes the list (null). */
  openLink(edgeId: string | null): void;
  /** Closes whatever city, record or link is open. */
  closeAll(): void;
  setTable(table: TableKind): void;
  setPlanOptions(options: PlanOptions): void;
  /** Replaces the saved scenes of a presentation. */
  setScenes(scenes: readonly Scene[]): void;
  setFilters(filters: Filters): void;
  setView(view: ViewMode): void;
  /** Switches the app's words to `language`, and remembers the choice for the next visit. */
  setLanguage(language: Language): void;
  setSizeBy(metric: SizeMetric): void;
  setCityColorBy(mode: CityColorMode): void;
  setLinkColorBy(mode: LinkColorMode): void;
  setCamera(camera: Camera): void;
  /** Moves the timeline to `year`, or leaves it (null). */
  setTimelineYear(year: number | null): void;
  setTimelineMode(mode: TimelineMode): void;
}

/**
 * The actions over `dispatch`; `firstYear` is the data's first year, where the cumulative
 * timeline starts. The object changes only when the first year does.
 */
export function useStateActions(dispatch: Dispatch<Action>, firstYear: number): StateActions {
  return useMemo(
    () => ({
      selectCity: (cityId) => dispatch({ type: 'selectCity', cityId }),
      openRecord: (record) => dispatch({ type: 'openRecord', record }),
      openLink: (edgeId) => dispatch({ type: 'openLink', edgeId }),
      closeAll: () => dispatch({ type: 'closeAll' }),
      setTable: (table) => dispatch({ type: 'setTable', table }),
      setPlanOptions: (options) => dispatch({ type: 'setPlanOptions', options }),
      setScenes: (scenes) => dispatch({ type: 'setScenes', scenes }),
      setFilters: (filters) => dispatch({ type: 'setFilters', filters }),
      setView: (view) => dispatch({ type: 'setView', view }),
      setLanguage: (language) => {
        rememberLanguage(language);
        dispatch({ type: 'setLanguage', language });
      },
      setSizeBy: (metric) => dispatch({ type: 'setSizeBy', metric }),
      setCityColorBy: (mode) => dispatch({ type: 'setCityColorBy', mode }),
      setLinkColorBy: (mode) => dispatch({ type: 'setLinkColorBy', mode }),
      setCamera: (camera) => dispatch({ type: 'setCamera', camera }),
      setTimelineYear: (year) => dispatch({ type: 'setTimelineYear', year, firstYear }),
      setTimelineMode: (mode) => dispatch({ type: 'setTimelineMode', mode, firstYear }),
    }),
    [dispatch, firstYear],
  );
}
