/**
 * The map's side of clustering: the clusters and link density for the current zoom, the pie
 * images MapLibre asks for, and clicks that open a cluster (or a link between clusters) by
 * zooming in. `MapView` asks it for what to draw and hands it the clicks it does not take.
 */
import {
  LngLatBounds,
  type Map as MapLibreMap,
  type MapMouseEvent,
  type MapStyleImageMissingEvent,
} from 'maplibre-gl';
import { DEFAULT_CLUSTER_OPTIONS } from '../domain/clusters';
import type { LinkDensity } from '../domain/density';
import { isPieName, pieImage } from './clusterFeatures';
import { createClusterTracker, drawnLinkDensity, type MapClusters } from './clusterState';
import type { MapModel } from './model';
import { CLUSTER_LAYER, PIE_SIZE } from './overlays/clusters';
import { LINK_LAYERS } from './overlays/links';

/** Pie images are drawn at twice their size, for sharp edges on high-density screens. */
const PIE_RATIO = 2;

/** What the overlays draw for clustering at the map's current zoom. */
export interface ClusterDrawing {
  clusters: MapClusters;
  linkDensity: LinkDensity;
}

/**
 * Starts clustering on `map` in `container`; `redraw` is called when the whole zoom level changes
 * (the clusters part or join). Returns what to draw for a model, the click handler, and `destroy`.
 */
export function createClusterControl(map: MapLibreMap, container: HTMLElement, redraw: () => void) {
  const clustersOf = createClusterTracker();
  let density: { clusters: MapClusters; key: string; value: LinkDensity } | null = null;
  let level = Math.floor(map.getZoom());

  const onZoom = () => {
    const next = Math.floor(map.getZoom());
    if (next === level) return;
    level = next;
    redraw();
  };
  // The pies are made here, pixel by pixel, when a layer first asks for one.
  const onMissingImage = (event: MapStyleImageMissingEvent) => {
    if (!isPieName(event.id) || map.hasImage(event.id)) return;
    const image = pieImage(event.id, PIE_SIZE * PIE_RATIO);
    if (image) map.addImage(event.id, image, { pixelRatio: PIE_RATIO });
  };
  /**
   * For tests and screenshots, on small data: where each cluster and each city alone is on
   * screen once the map has settled (`data-cluster-points`, `data-city-points`, JSON).
   */
  let shown: MapClusters | null = null;
  let cities: readonly { id: string; position: [number, number] }[] = [];
  const onIdle = () => {
    if (!shown || shown.clustering.clusters.length > 300 || cities.length > 500) {
      delete container.dataset.clusterPoints;
      delete container.dataset.cityPoints;
      return;
    }
    const at = (position: [number, number]) => {
      const { x, y } = map.project(position);
      return { x: Math.round(x), y: Math.round(y) };
    };
    container.dataset.clusterPoints = JSON.stringify(
      shown.clustering.clusters.map((cluster) => ({
        members: cluster.members,
        ...at(cluster.position),
      })),
    );
    container.dataset.cityPoints = JSON.stringify(
      cities.map((city) => ({ id: city.id, ...at(city.position) })),
    );
  };
  map.on('zoom', onZoom);
  map.on('styleimagemissing', onMissingImage);
  map.on('idle', onIdle);

  return {
    /**
     * Works out the clusters `drawing` will ask for, ahead of it; what is drawn now (hovers and
     * clicks read it) stays as it is.
     */
    prepare(model: MapModel): void {
      clustersOf(model, map.getZoom());
    },
    /** The clusters and the link density for `model` at the map's zoom and size now. */
    drawing(model: MapModel): ClusterDrawing {
      const zoom = map.getZoom();
      const clusters = clustersOf(model, zoom);
      const { clientWidth: width, clientHeight: height } = container;
      const key = `${Math.floor(zoom)}:${width}x${height}`;
      // Measured once per set of drawn links and size, not on every hover.
      if (density?.clusters !== clusters || density.key !== key)
        density = {
          clusters,
          key,
          value: drawnLinkDensity(model.network, clusters, model.palette, zoom, width, height),
        };
      const clustered = clusters.clustering.clusterOf;
      if (shown !== clusters)
        cities = model.network.nodes
          .filter((node) => !clustered.has(node.id))
          .map((node) => ({ id: node.id, position: [node.city.lon, node.city.lat] }));
      shown = clusters;
      container.dataset.clusters = String(clusters.clustering.clusters.length);
      return { clusters, linkDensity: density.value };
    },
    /** The places of cluster `id` as drawn now; empty for no such cluster. */
    membersOf(id: string): readonly string[] {
      return shown?.clustering.clusters.find((cluster) => cluster.id === id)?.members ?? [];
    },
    /**
     * Opens what a click lands on, if it is a cluster (zooming in until it parts) or a link
     * between clusters (zooming to its two ends); true when the click was taken.
     */
    click(event: MapMouseEvent): boolean {
      const cluster = map.queryRenderedFeatures(event.point, { layers: [CLUSTER_LAYER] })[0];
      if (cluster?.geometry.type === 'Point') {
        const id = String(cluster.properties.id);
        const zoom = shown?.openingZoom(id) ?? DEFAULT_CLUSTER_OPTIONS.maxZoom + 1;
        // Marked as the user's move, so that the camera is reported and kept.
        map.easeTo(
          { center: cluster.geometry.coordinates as [number, number], zoom },
          { fitted: true },
        );
        return true;
      }
      const link = map.queryRenderedFeatures(event.point, { layers: [LINK_LAYERS.hit] })[0];
      const { source, target, id } = (link?.properties ?? {}) as {
        source?: unknown;
        target?: unknown;
        id?: unknown;
      };
      if (typeof id !== 'string' || !density) return false;
      const aggregate = density.clusters.links.aggregated.find((a) => a.id === id);
      if (!aggregate || typeof source !== 'string' || typeof target !== 'string') return false;
      const ends = [density.clusters.positionOf(source), density.clusters.positionOf(target)];
      if (!ends[0] || !ends[1]) return false;
      map.fitBounds(
        new LngLatBounds(ends[0], ends[0]).extend(ends[1]),
        { padding: 80, maxZoom: map.getZoom() + 3 },
        { fitted: true },
      );
      return true;
    },
    destroy() {
      map.off('zoom', onZoom);
      map.off('styleimagemissing', onMissingImage);
      map.off('idle', onIdle);
    },
  };
}
