/**
 * The labels overlay: city names, the busiest cities' first where labels collide. The open
 * record's or link's cities are named by the roles overlay instead, and the selected city by the
 * guard overlay, so none is named twice.
 */
import type { FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { CITY_LOOK } from '../../domain/encoding';
import type { Highlight } from '../../domain/records';
import { focusOpacity, LABEL_FONT, SOURCES } from '../style';
import { focusToggled, type MapOverlay } from './overlay';

/** The layer of city names. */
export const LABEL_LAYER = 'cities-labels';

/** How a city's name is written under its circle. */
export const LABEL_TEXT = {
  'text-field': ['get', 'name'],
  'text-font': [LABEL_FONT],
  'text-size': CITY_LOOK.label.size,
  'text-anchor': 'top',
  'text-offset': [0, 0.7],
} satisfies SymbolLayerSpecification['layout'];

/** The colours of a city's name. */
export const LABEL_PAINT = {
  'text-color': CITY_LOOK.label.color,
  'text-halo-color': CITY_LOOK.label.halo,
  'text-halo-width': CITY_LOOK.label.haloWidth,
  'text-opacity': CITY_LOOK.label.alpha,
} satisfies SymbolLayerSpecification['paint'];

/**
 * Filter of the ordinary labels: every city but those of the highlight (the roles overlay names
 * them), those outside the filtered slice (drawn faded for context, not named) and the selected
 * one (named by the guard overlay).
 */
export function labelsFilter(
  highlight: Highlight | null,
  selectedCityId: string | null,
): FilterSpecification {
  return [
    'all',
    ['!', ['in', ['get', 'id'], ['literal', highlight ? [...highlight.cityIds] : []]]],
    ['!', ['get', 'outside']],
    ['!=', ['get', 'id'], selectedCityId ?? ''],
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
        filter: labelsFilter(null, null),
        layout: { ...LABEL_TEXT, 'text-optional': true, 'symbol-sort-key': ['get', 'labelRank'] },
        paint: LABEL_PAINT,
      },
    ],
    update(model, previous, map) {
      if (
        (previous?.highlight ?? null) !== model.highlight ||
        (previous?.selectedCityId ?? null) !== model.selectedCityId
      ) {
        map.setFilter(LABEL_LAYER, labelsFilter(model.highlight, model.selectedCityId));
      }
      if (focusToggled(model, previous))
        map.setPaintProperty(
          LABEL_LAYER,
          'text-opacity',
          focusOpacity(look.alpha, model.focus !== null),
        );
    },
  };
}
