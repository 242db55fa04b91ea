/**
 * The labels overlay: city names, the busiest cities' first where labels collide. The open
 * record's or link's cities are named by the roles overlay instead, so none is named twice.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { CITY_LOOK } from '../../domain/encoding';
import type { Highlight } from '../../domain/records';
import { focusOpacity, LABEL_FONT, SOURCES } from '../style';
import { focusToggled, type MapOverlay } from './overlay';

/** The layer of city names. */
export const LABEL_LAYER = 'cities-labels';

/**
 * Filter of the ordinary labels: every city but those of the highlight (the roles overlay names
 * them) and those outside the filtered slice (drawn faded for context, not named).
 */
export function labelsFilter(highlight: Highlight | null): FilterSpecification {
  return [
    'all',
    ['!', ['in', ['get', 'id'], ['literal', highlight ? [...highlight.cityIds] : []]]],
    ['!', ['get', 'outside']],
  ];
}

/** Creates the labels overlay; it draws from the cities overlay's source. */
export function createLabelsOverlay(): MapOverlay {
  const look = CITY_LOOK.label;
  return {
    id: 'labels',
    sources: [],
    layers: [
      {
        id: LABEL_LAYER,
        type: 'symbol',
        source: SOURCES.cities,
        filter: labelsFilter(null),
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': look.size,
          'text-anchor': 'top',
          'text-offset': [0, 0.7],
          'text-optional': true,
          'symbol-sort-key': ['get', 'labelRank'],
        },
        paint: {
          'text-color': look.color,
          'text-halo-color': look.halo,
          'text-halo-width': look.haloWidth,
          'text-opacity': look.alpha,
        },
      },
    ],
    update(model, previous, map) {
      if ((previous?.highlight ?? null) !== model.highlight)
        map.setFilter(LABEL_LAYER, labelsFilter(model.highlight));
      if (focusToggled(model, previous))
        map.setPaintProperty(
          LABEL_LAYER,
          'text-opacity',
          focusOpacity(look.alpha, model.focus !== null),
        );
    },
  };
}
