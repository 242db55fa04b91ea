/**
 * What the map was handed, noted from the very calls the overlays make on it: the cities and
 * links whose `focus` state is set, and the cities of the roles source by role. `MapView` writes
 * it on its container for tests and screenshots to read, so that they see what MapLibre was
 * told, not what the model meant to tell it.
 */
import type { FeatureCollection } from 'geojson';
import { ROLE_ORDER } from '../domain/encoding';
import type { HighlightRole } from '../domain/records';
import type { OverlayMap } from './overlays/overlay';
import { SOURCES } from './style';

/** The container's data attributes, by their `dataset` names. */
export interface LedgerAttributes {
  /** Cities whose `focus` state is set. */
  focusCities: string;
  /** Links whose `focus` state is set. */
  focusLinks: string;
  /** The roles source's cities by role, such as `host:2 participant:4`; empty for none. */
  highlightRoles: string;
}

/** A map that notes what it is handed, and the notes so far. */
export interface MapLedger {
  /** The map given to `createLedger`, with every call passed on and noted. */
  readonly map: OverlayMap;
  /** What the map holds now, as the container's data attributes. */
  attributes(): LedgerAttributes;
}

/** Wraps `map` so that every call is passed on to it and noted. */
export function createLedger(map: OverlayMap): MapLedger {
  // Feature ids in focus, by source.
  const focused = new Map<string, Set<number>>();
  const inFocus = (source: string) => {
    let ids = focused.get(source);
    if (!ids) focused.set(source, (ids = new Set()));
    return ids;
  };
  let roles = new Map<HighlightRole, Set<string>>();
  const noteRoles = (data: FeatureCollection) => {
    roles = new Map();
    for (const feature of data.features) {
      const { role, id } = (feature.properties ?? {}) as {
        role?: HighlightRole | null;
        id?: string;
      };
      if (!role || id === undefined) continue;
      let ids = roles.get(role);
      if (!ids) roles.set(role, (ids = new Set()));
      ids.add(id);
    }
  };
  return {
    map: {
      setData(source, data) {
        if (source === SOURCES.roles) noteRoles(data);
        map.setData(source, data);
      },
      setFilter: (layer, filter) => map.setFilter(layer, filter),
      setPaintProperty: (layer, name, value) => map.setPaintProperty(layer, name, value),
      setFeatureState(feature, state) {
        if (state.focus) inFocus(feature.source).add(feature.id);
        else inFocus(feature.source).delete(feature.id);
        map.setFeatureState(feature, state);
      },
      removeFeatureState(target) {
        inFocus(target.source).clear();
        map.removeFeatureState(target);
      },
    },
    attributes: () => ({
      focusCities: String(inFocus(SOURCES.cities).size),
      focusLinks: String(inFocus(SOURCES.links).size),
      highlightRoles: ROLE_ORDER.flatMap((role) => {
        const count = roles.get(role)?.size ?? 0;
        return count > 0 ? [`${role}:${count}`] : [];
      }).join(' '),
    }),
  };
}
