/**
 * The focus overlay: marks the focused city's neighbourhood with the `focus` feature state, which
 * the other overlays' opacity (`focusOpacity`) reads. It owns no layer of its own.
 */
import { buildAdjacency, neighbourhood, type Adjacency, type Network } from '../../domain/network';
import { featureIds, focusTarget, type FeatureIds, type FocusTarget } from '../sources';
import { SOURCES } from '../style';
import type { MapOverlay, OverlayMap } from './overlay';

/**
 * Returns a function from (network, focused city id) to the feature ids of that city's
 * neighbourhood. It keeps the adjacency of the last network and the last answer, so that
 * asking again with the same inputs gives the same object (overlays diff by identity).
 */
export function createFocusTracker(): (
  network: Network,
  cityId: string | null,
) => FocusTarget | null {
  let last: { network: Network; cityId: string | null; target: FocusTarget | null } | null = null;
  let index: { network: Network; adjacency: Adjacency; ids: FeatureIds } | null = null;
  return (network, cityId) => {
    if (last?.network === network && last.cityId === cityId) return last.target;
    if (index?.network !== network)
      index = { network, adjacency: buildAdjacency(network), ids: featureIds(network) };
    // A city the filters took out of the network focuses nothing (as in the graph): otherwise
    // everything would dim with nothing lifted.
    const inNetwork = cityId !== null && index.ids.cities.has(cityId);
    const target = inNetwork
      ? focusTarget(index.ids, neighbourhood(index.adjacency, cityId))
      : null;
    last = { network, cityId, target };
    return target;
  };
}

/** Sets the `focus` state of every feature of `target` to `value`. */
function mark(map: OverlayMap, target: FocusTarget | null, value: boolean): void {
  if (!target) return;
  for (const id of target.cities)
    map.setFeatureState({ source: SOURCES.cities, id }, { focus: value });
  for (const id of target.links)
    map.setFeatureState({ source: SOURCES.links, id }, { focus: value });
}

/** Creates the focus overlay. */
export function createFocusOverlay(): MapOverlay {
  return {
    id: 'focus',
    sources: [],
    layers: [],
    update(model, previous, map) {
      if (previous?.network !== model.network) {
        // Feature ids are indexes, which now name other features: forget every state.
        map.removeFeatureState({ source: SOURCES.cities });
        map.removeFeatureState({ source: SOURCES.links });
        mark(map, model.focus, true);
      } else if (previous.focus !== model.focus) {
        mark(map, previous.focus, false);
        mark(map, model.focus, true);
      }
    },
  };
}
