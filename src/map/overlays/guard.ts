/**
 * The guard overlay: an invisible square over the selected city's circle and ring, with its name
 * unless the roles overlay names it. It is the top symbol layer, and MapLibre places the symbols
 * of higher layers first: so its name always shows, and no other name (ordinary or of a role) is
 * drawn over the city being looked at.
 */
import type { FilterSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { CITY_LOOK } from '../../domain/encoding';
import type { Highlight } from '../../domain/records';
import { SOURCES } from '../style';
import { LABEL_PAINT, LABEL_TEXT } from './labels';
import type { MapOverlay } from './overlay';

/** The guard's layers: with the selected city's name, and without (the roles overlay names it). */
export const GUARD_LAYERS = { named: 'selected-guard-named', bare: 'selected-guard' } as const;

/** Side of the guard's image, in pixels; `icon-size` scales it to the selected city's ring. */
const GUARD_SIDE = 16;

/** The guard's image: a transparent square, added to the map once. */
export const GUARD_IMAGE = {
  name: 'selected-guard',
  image: {
    width: GUARD_SIDE,
    height: GUARD_SIDE,
    data: new Uint8Array(GUARD_SIDE * GUARD_SIDE * 4),
  },
} as const;

/** Filter of one guard layer: the selected city, named by the open record's roles or not. */
export function guardFilter(
  highlight: Highlight | null,
  selectedCityId: string | null,
  named: boolean,
): FilterSpecification {
  const inRecord: FilterSpecification = [
    'in',
    ['get', 'id'],
    ['literal', highlight ? [...highlight.cityIds] : []],
  ];
  return ['all', ['==', ['get', 'id'], selectedCityId ?? ''], named ? ['!', inRecord] : inRecord];
}

/** Creates the guard overlay; it draws from the cities overlay's source. */
export function createGuardOverlay(): MapOverlay {
  const ring = CITY_LOOK.selectedRing;
  const icon = {
    'icon-image': GUARD_IMAGE.name,
    // The circle and its selection ring.
    'icon-size': ['/', ['*', 2, ['+', ['get', 'radius'], ring.gap + ring.width]], GUARD_SIDE],
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
  } satisfies SymbolLayerSpecification['layout'];
  return {
    id: 'guard',
    sources: [],
    layers: [
      {
        id: GUARD_LAYERS.bare,
        type: 'symbol',
        source: SOURCES.cities,
        filter: guardFilter(null, null, false),
        layout: icon,
      },
      {
        id: GUARD_LAYERS.named,
        type: 'symbol',
        source: SOURCES.cities,
        filter: guardFilter(null, null, true),
        layout: { ...icon, ...LABEL_TEXT, 'text-allow-overlap': true },
        paint: LABEL_PAINT,
      },
    ],
    update(model, previous, map) {
      if (
        (previous?.highlight ?? null) === model.highlight &&
        (previous?.selectedCityId ?? null) === model.selectedCityId
      )
        return;
      for (const named of [false, true])
        map.setFilter(
          named ? GUARD_LAYERS.named : GUARD_LAYERS.bare,
          guardFilter(model.highlight, model.selectedCityId, named),
        );
    },
  };
}
