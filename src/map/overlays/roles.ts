/**
 * The roles overlay: the rings that mark each city's part in the open record (host, participant,
 * lecturer, partner), as `ROLE_LOOK` draws them, and the names of the open record's or link's
 * cities, placed before any other label so that the ordinary labels' collisions never hide them.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CITY_LOOK, MAX_ROLE_RINGS, ROLE_LOOK, ROLE_ORDER } from '../../domain/encoding';
import type { HighlightRole } from '../../domain/records';
import { roleFeatures } from '../sources';
import { emptySource, LABEL_FONT, SOURCES } from '../style';
import type { MapOverlay } from './overlay';

/** The layer of ring `index` (innermost 0) and the layer of the highlighted cities' names. */
export const ROLE_LAYERS = {
  ring: (index: number) => `roles-ring-${index}`,
  labels: 'roles-labels',
} as const;

/** A paint value by the feature's role, from `ROLE_LOOK`. */
function byRole(value: (role: HighlightRole) => string | number): ExpressionSpecification {
  const cases = ROLE_ORDER.flatMap((role) => [role, value(role)]);
  // A city without a role has no ring (the layers' filter): the fallback is never drawn. The
  // cast: MapLibre's tuple type of `match` cannot take cases spread from a list.
  const match = ['match', ['string', ['get', 'role'], ''], ...cases, value('participant')];
  return match as unknown as ExpressionSpecification;
}

/** The circle layer of ring `index`: the roles with that many rings, each in its look. */
function ringLayer(index: number): LayerSpecification {
  const roles = ROLE_ORDER.filter((role) => ROLE_LOOK[role].rings.length > index);
  const ring = (role: HighlightRole) => ROLE_LOOK[role].rings[index] ?? { gap: 0, width: 0 };
  return {
    id: ROLE_LAYERS.ring(index),
    type: 'circle',
    source: SOURCES.roles,
    filter: ['in', ['get', 'role'], ['literal', roles]],
    paint: {
      // MapLibre strokes outside the radius: the gap runs from the circle's edge to the ring.
      'circle-radius': ['+', ['get', 'radius'], byRole((role) => ring(role).gap)],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': byRole((role) => ROLE_LOOK[role].color),
      'circle-stroke-width': byRole((role) => ring(role).width),
    },
  };
}

/** Creates the roles overlay. */
export function createRolesOverlay(): MapOverlay {
  const look = CITY_LOOK.label;
  return {
    id: 'roles',
    sources: [[SOURCES.roles, emptySource()]],
    layers: [
      ...Array.from({ length: MAX_ROLE_RINGS }, (_, index) => ringLayer(index)),
      {
        id: ROLE_LAYERS.labels,
        type: 'symbol',
        source: SOURCES.roles,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': look.size,
          // Placed first (the top layer is), these never give way to the ordinary labels; among
          // themselves, a name moves around its city before it gives way (Osaka and Amagasaki
          // are a pixel apart at the first view).
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': ['get', 'labelOffset'],
          'text-justify': 'auto',
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
      const { highlight } = model;
      const changed =
        previous === null
          ? highlight !== null
          : previous.highlight !== highlight ||
            (highlight !== null &&
              (previous.network !== model.network ||
                previous.cityStyle !== model.cityStyle ||
                previous.nameOf !== model.nameOf));
      if (changed)
        map.setData(
          SOURCES.roles,
          roleFeatures(model.network, highlight, model.cityStyle, model.nameOf),
        );
    },
  };
}
