/**
 * The map's overlays, bottom to top. A new overlay is one file in this folder and one line here;
 * `MapView` adds, updates and removes whatever this list holds.
 */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { createCitiesOverlay } from './cities';
import { createClustersOverlay } from './clusters';
import { createFocusOverlay } from './focus';
import { createGuardOverlay } from './guard';
import { createLabelsOverlay } from './labels';
import { createLinksOverlay } from './links';
import type { MapOverlay } from './overlay';
import { createRolesOverlay } from './roles';

/**
 * Factories of the overlays a map draws, bottom to top: the roles' rings and names over the cities
 * and their ordinary labels; focus last, since it marks what is drawn.
 */
export const OVERLAYS: readonly (() => MapOverlay)[] = [
  createLinksOverlay,
  createCitiesOverlay,
  createClustersOverlay,
  createLabelsOverlay,
  createRolesOverlay,
  createGuardOverlay,
  createFocusOverlay,
];

/** Every source the overlays add, as `[source id, source]`. */
export function networkSources(): (readonly [string, GeoJSONSourceSpecification])[] {
  return OVERLAYS.flatMap((create) => create().sources);
}
