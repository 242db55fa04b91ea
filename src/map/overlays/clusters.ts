/**
 * The clusters overlay: places too close to tell apart at this zoom, drawn as one pie of their
 * regions with their count. The pie images are made on demand (`pieImage`) when MapLibre asks
 * for one it lacks; a click on a cluster zooms in until it parts (`MapView`).
 */
import { CITY_LOOK, FOCUS_DIM } from '../../domain/encoding';
import { clusterFeatures } from '../clusterFeatures';
import { emptySource, LABEL_FONT, SOURCES } from '../style';
import type { MapOverlay } from './overlay';

/** The layer of clusters. */
export const CLUSTER_LAYER = 'clusters';

/** Side of a pie image, in pixels at 1× (drawn at the device's ratio, scaled by `icon-size`). */
export const PIE_SIZE = 64;

/** Creates the clusters overlay. */
export function createClustersOverlay(): MapOverlay {
  return {
    id: 'clusters',
    sources: [[SOURCES.clusters, emptySource()]],
    layers: [
      {
        id: CLUSTER_LAYER,
        type: 'symbol',
        source: SOURCES.clusters,
        layout: {
          'icon-image': ['get', 'pie'],
          // The pie is PIE_SIZE pixels across: scaled to the cluster's diameter.
          'icon-size': ['/', ['*', 2, ['get', 'radius']], PIE_SIZE],
          'icon-allow-overlap': true,
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': 12,
          'text-allow-overlap': true,
          // Larger clusters are placed first, so smaller ones' labels give way.
          'symbol-sort-key': ['-', ['get', 'count']],
        },
        paint: {
          'text-color': '#ffffff',
          'text-halo-color': CITY_LOOK.label.color,
          'text-halo-width': 1.2,
        },
      },
    ],
    update(model, previous, map) {
      if (previous?.clusters !== model.clusters)
        map.setData(SOURCES.clusters, clusterFeatures(model.clusters?.clustering ?? null));
      const focused = model.focus !== null;
      if (previous === null || (previous.focus !== null) !== focused) {
        // Clusters hold no focused place (the selection and the open record are never
        // clustered): they step back while something is in focus.
        const opacity = focused ? FOCUS_DIM : 1;
        map.setPaintProperty(CLUSTER_LAYER, 'icon-opacity', opacity);
        map.setPaintProperty(CLUSTER_LAYER, 'text-opacity', opacity);
      }
    },
  };
}
