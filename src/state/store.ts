/** The app's state and the named changes that can be made to it. Everything else is derived. */
import { sameFilters, type Filters } from '../domain/filters';
import { DEFAULT_WEIGHTS, type PlanOptions } from '../domain/planner';
import type { Language } from './language';
import type { Scene } from './scenes';
import { DEFAULT_URL_STATE, type UrlState } from './urlState';
import type {
  Camera,
  CityColorMode,
  LinkColorMode,
  RecordRef,
  SizeMetric,
  TableKind,
  TimelineMode,
  ViewMode,
} from './vocabulary';

/**
 * The shared state: what a link restores, and the timeline. Transient state (the city under the
 * pointer) is not here but in `hover.ts`, so that moving the pointer re-renders only what shows it.
 */
export interface AppState extends UrlState {
  timelineMode: TimelineMode;
  /** The year the timeline shows; its new links are highlighted. Null when not in use. */
  timelineYear: number | null;
  /**
   * The link whose records are listed (a click on a line), by its network id; null for none.
   * Not in the URL: a link is a pair of cities under one filter, the records are what is shared.
   */
  openLinkId: string | null;
  /** The pairing planner's scope and weights (for this visit). */
  planOptions: PlanOptions;
  /** Saved scenes to present, in order (`scene=` in the URL). */
  scenes: readonly Scene[];
}

/** The state before the URL is read: every default. */
export const INITIAL_STATE: AppState = {
  ...DEFAULT_URL_STATE,
  timelineMode: 'cumulative',
  timelineYear: null,
  openLinkId: null,
  planOptions: { weights: DEFAULT_WEIGHTS, scope: 'across', limit: 5 },
  scenes: [],
};

/** The state at start-up, in `language` (read from the URL, the browser, or what was remembered). */
export function initialState(language: Language): AppState {
  return { ...INITIAL_STATE, language };
}

/** A named change to the state. */
export type Action =
  | { type: 'restore'; state: UrlState }
  /** Opens a city's profile (closing any open record or link); null closes whatever is open. */
  | { type: 'selectCity'; cityId: string | null }
  /** Opens a workshop or partnership (closing any open city or link), or closes it (null). */
  | { type: 'openRecord'; record: RecordRef | null }
  /** Lists the records behind a link (closing any open city or record), or closes it (null). */
  | { type: 'openLink'; edgeId: string | null }
  /** Closes whatever is open: a city, a record or a link (Escape). */
  | { type: 'closeAll' }
  | { type: 'setTable'; table: TableKind }
  | { type: 'setPlanOptions'; options: PlanOptions }
  /** Replaces the saved scenes (added, renamed, reordered, removed or loaded from a file). */
  | { type: 'setScenes'; scenes: readonly Scene[] }
  | { type: 'setLinkColorBy'; mode: LinkColorMode }
  | { type: 'setSizeBy'; metric: SizeMetric }
  | { type: 'setCityColorBy'; mode: CityColorMode }
  | { type: 'setView'; view: ViewMode }
  | { type: 'setLanguage'; language: Language }
  | { type: 'setCamera'; camera: Camera }
  | { type: 'setFilters'; filters: Filters }
  | { type: 'setTimelineMode'; mode: TimelineMode; firstYear: number }
  /** Moves the timeline to `year` (with the year range it implies), or leaves it (null). */
  | { type: 'setTimelineYear'; year: number | null; firstYear: number };

/** The year range the timeline shows for `year`. */
export function timelineRange(mode: TimelineMode, year: number, firstYear: number) {
  return mode === 'cumulative' ? { from: firstYear, to: year } : { from: year, to: year };
}

const sameRecord = (a: RecordRef | null, b: RecordRef) => a?.kind === b.kind && a.id === b.id;

/** Applies one action; returns the same state object when nothing changes. */
export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'restore':
      return {
        ...state,
        ...action.state,
        // The same choice keeps its object: at 100,000 links a network takes a third of a second.
        filters: sameFilters(state.filters, action.state.filters)
          ? state.filters
          : action.state.filters,
        timelineYear: null,
        openLinkId: null,
      };
    case 'selectCity':
      // Selecting no city (a click on empty ground) closes whatever is open, as Escape does.
      if (action.cityId === null) return reducer(state, { type: 'closeAll' });
      return state.selectedCityId === action.cityId
        ? state
        : { ...state, selectedCityId: action.cityId, record: null, openLinkId: null };
    case 'openRecord':
      if (action.record === null) return state.record === null ? state : { ...state, record: null };
      return sameRecord(state.record, action.record)
        ? state
        : { ...state, record: action.record, selectedCityId: null, openLinkId: null };
    case 'openLink':
      if (action.edgeId === null)
        return state.openLinkId === null ? state : { ...state, openLinkId: null };
      return state.openLinkId === action.edgeId
        ? state
        : { ...state, openLinkId: action.edgeId, selectedCityId: null, record: null };
    case 'closeAll':
      return state.selectedCityId === null && state.record === null && state.openLinkId === null
        ? state
        : { ...state, selectedCityId: null, record: null, openLinkId: null };
    case 'setPlanOptions':
      return { ...state, planOptions: action.options };
    case 'setScenes':
      return { ...state, scenes: action.scenes };
    case 'setTable':
      return state.table === action.table ? state : { ...state, table: action.table };
    case 'setLinkColorBy':
      return state.linkColorBy === action.mode ? state : { ...state, linkColorBy: action.mode };
    case 'setSizeBy':
      return { ...state, sizeBy: action.metric };
    case 'setCityColorBy':
      return { ...state, cityColorBy: action.mode };
    case 'setView':
      return state.view === action.view ? state : { ...state, view: action.view };
    case 'setLanguage':
      return state.language === action.language ? state : { ...state, language: action.language };
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setFilters':
      // A filter set by hand takes over from the timeline.
      return { ...state, filters: action.filters, timelineYear: null };
    case 'setTimelineMode':
      return {
        ...state,
        timelineMode: action.mode,
        filters:
          state.timelineYear === null
            ? state.filters
            : {
                ...state.filters,
                years: timelineRange(action.mode, state.timelineYear, action.firstYear),
              },
      };
    case 'setTimelineYear':
      // Leaving the timeline shows every year again.
      if (action.year === null)
        return { ...state, timelineYear: null, filters: { ...state.filters, years: null } };
      return {
        ...state,
        timelineYear: action.year,
        filters: {
          ...state.filters,
          years: timelineRange(state.timelineMode, action.year, action.firstYear),
        },
      };
    default:
      // An action the reducer does not know (a hover, say: it has its own store) changes nothing.
      return state;
  }
}
