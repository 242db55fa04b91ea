/**
 * The focus overlay: marks what is in focus (a city's neighbourhood, or the open record's or
 * link's cities and links) with the `focus` feature state, which the other overlays' opacity
 * (`focusOpacity`) reads. It owns no layer of its own.
 */
import { focusedNeighbourhood, type FocusRequest } from '../../domain/encoding';
import type { Network } from '../../domain/network';
import { buildAdjacency, type Adjacency } from '../../domain/networkReading';
import { featureIds, focusTarget, type FeatureIds, type FocusTarget } from '../sources';
import { SOURCES } from '../style';
import type { MapOverlay, OverlayMap } from './overlay';

/**
 * Returns a function from (network, what may be focused) to the feature ids in focus, by the
 * precedence of `focusedNeighbourhood`: the hovered city's neighbourhood, else the open record's
 * or link's highlight, else the selected city's neighbourhood. It keeps the adjacency of the last
 * network and the last answer, so that asking again with the same inputs gives the same object
 * (overlays diff by identity).
 */
export function createFocusTracker(): (
  network: Network,
  request: FocusRequest,
) => FocusTarget | null {
  let last: { network: Network; request: FocusRequest; target: FocusTarget | null } | null = null;
  let index: { network: Network; adjacency: Adjacency; ids: FeatureIds } | null = null;
  return (network, request) => {
    if (last?.network === network && sameRequest(last.request, request)) return last.target;
    // Nothing asks for focus (the usual case after a filter change): no index of the network,
    // which takes tens of milliseconds at 100,000 links.
    if (request.hoveredCityId === null && !request.highlight && request.selectedCityId === null) {
      last = { network, request, target: null };
      return null;
    }
    if (index?.network !== network)
      index = { network, adjacency: buildAdjacency(network), ids: featureIds(network) };
    const { ids } = index;
    const hood = focusedNeighbourhood(index.adjacency, request, (id) => ids.cities.has(id));
    const target = hood ? focusTarget(ids, hood) : null;
    last = { network, request, target };
    return target;
  };
}

/** True when two requests ask for the same focus (the highlight by identity). */
function sameRequest(a: FocusRequest, b: FocusRequest): boolean {
  return (
    a.hoveredCityId === b.hoveredCityId &&
    a.highlight === b.highlight &&
    a.selectedCityId === b.selectedCityId
  );
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
