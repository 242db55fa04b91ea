/** The cities overlay: a circle per city, sized and coloured by the city style, and the ring around the selected city. */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { CITY_LOOK, OUTSIDE_SLICE_DIM } from '../../domain/encoding';
import { cityFeatures } from '../sources';
import { emptySource, focusOpacity, SOURCES } from '../style';
import { focusToggled, type MapOverlay } from './overlay';

/** The circles of cities and the ring of the selected one. */
export const CITY_LAYERS = { circles: 'cities', selected: 'cities-selected' } as const;

/** Filter of the selection ring: the city with this id, or none. */
export function selectedFilter(cityId: string | null): FilterSpecification {
  return ['==', ['get', 'id'], cityId ?? ''];
}

/** The circles' opacity: the focus rule, times the fading of cities outside the slice. */
export function circleOpacity(focusActive: boolean): ExpressionSpecification {
  return [
    '*',
    focusOpacity(CITY_LOOK.alpha, focusActive),
    ['case', ['get', 'outside'], OUTSIDE_SLICE_DIM, 1],
  ];
}

/** Creates the cities overlay. */
export function createCitiesOverlay(): MapOverlay {
  const ring = CITY_LOOK.selectedRing;
  return {
    id: 'cities',
    sources: [[SOURCES.cities, emptySource()]],
    layers: [
      {
        id: CITY_LAYERS.circles,
        type: 'circle',
        source: SOURCES.cities,
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': ['get', 'color'],
          'circle-stroke-color': CITY_LOOK.stroke,
          'circle-stroke-width': CITY_LOOK.strokeWidth,
          'circle-opacity': circleOpacity(false),
        },
      },
      {
        id: CITY_LAYERS.selected,
        type: 'circle',
        source: SOURCES.cities,
        filter: selectedFilter(null),
        paint: {
          'circle-radius': ['+', ['get', 'radius'], ring.gap],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ring.color,
          'circle-stroke-width': ring.width,
        },
      },
    ],
    update(model, previous, map) {
      if (
        previous?.network !== model.network ||
        previous.cityStyle !== model.cityStyle ||
        previous.nameOf !== model.nameOf ||
        previous.clusters !== model.clusters
      )
        map.setData(
          SOURCES.cities,
          cityFeatures(
            model.network,
            model.cityStyle,
            model.nameOf,
            model.clusters?.clustering.clusterOf,
          ),
        );
      if (previous?.selectedCityId !== model.selectedCityId)
        map.setFilter(CITY_LAYERS.selected, selectedFilter(model.selectedCityId));
      if (focusToggled(model, previous))
        map.setPaintProperty(
          CITY_LAYERS.circles,
          'circle-opacity',
          circleOpacity(model.focus !== null),
        );
    },
  };
}
