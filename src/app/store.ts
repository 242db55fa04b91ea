/** The app's state and the named changes that can be made to it. Everything else is derived. */
import { DEFAULT_FILTERS, type Filters } from '../domain/filters';
import type { LinkColorMode } from '../map/style';

export interface AppState {
  filters: Filters;
  /** The city whose details are shown, followed by every view. */
  selectedCityId: string | null;
  /** The city under the pointer in any view, so the others can highlight it. */
  hoveredCityId: string | null;
  linkColorBy: LinkColorMode;
}

export const INITIAL_STATE: AppState = {
  filters: DEFAULT_FILTERS,
  selectedCityId: null,
  hoveredCityId: null,
  linkColorBy: 'kind',
};

export type Action =
  | { type: 'selectCity'; cityId: string | null }
  | { type: 'hoverCity'; cityId: string | null }
  | { type: 'setLinkColorBy'; mode: LinkColorMode }
  | { type: 'setFilters'; filters: Filters };

/** Applies one action; returns the same state object when nothing changes. */
export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'selectCity':
      return state.selectedCityId === action.cityId
        ? state
        : { ...state, selectedCityId: action.cityId };
    case 'hoverCity':
      return state.hoveredCityId === action.cityId
        ? state
        : { ...state, hoveredCityId: action.cityId };
    case 'setLinkColorBy':
      return state.linkColorBy === action.mode ? state : { ...state, linkColorBy: action.mode };
    case 'setFilters':
      return { ...state, filters: action.filters };
  }
}
