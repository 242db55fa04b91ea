/**
 * What the map draws at its current zoom: which places are clustered, how their links join, and
 * how strongly links are drawn for their density. Recomputed only when the network, the pinned
 * places (the selection and the open record, never clustered) or the whole zoom level change.
 * Pure: no MapLibre. Coordinates are `[lon, lat]`.
 */
import {
  aggregateLinks,
  clusterIndex,
  clusteringAt,
  openingZoom,
  type AggregatedLinks,
  type ClusterIndex,
  type Clustering,
} from '../domain/clusters';
import { regionOf } from '../domain/countries';
import { linkDensity, meanScreenLength, type LinkDensity } from '../domain/density';
import { linkStyle } from '../domain/encoding';
import { edgeWeight, type Network } from '../domain/network';
import type { ThemePalette } from '../domain/palette';
import type { Highlight } from '../domain/records';

/** The clusters at one zoom level and the links drawn between them. */
export interface MapClusters {
  clustering: Clustering;
  links: AggregatedLinks;
  /** `[lon, lat]` of a place or a cluster, by id. */
  positionOf(id: string): [number, number] | undefined;
  /** The zoom a click on cluster `id` opens it to (see `openingZoom`); null for no such cluster. */
  openingZoom(id: string): number | null;
}

/** What the clustering depends on. */
export interface ClusterInput {
  network: Network;
  palette: ThemePalette;
  selectedCityId: string | null;
  highlight: Highlight | null;
}

/** Returns a function from (input, zoom) to the clusters, memoised on what they depend on. */
export function createClusterTracker(): (input: ClusterInput, zoom: number) => MapClusters {
  let indexed: { network: Network; pinned: string; index: ClusterIndex } | null = null;
  let last: {
    network: Network;
    index: ClusterIndex;
    level: number;
    result: MapClusters;
  } | null = null;
  return (input, zoom) => {
    const { network } = input;
    const pinnedIds = new Set(input.highlight?.cityIds ?? []);
    if (input.selectedCityId) pinnedIds.add(input.selectedCityId);
    const pinned = [...pinnedIds].sort().join('\n');
    if (indexed?.network !== network || indexed.pinned !== pinned) {
      const places = network.nodes
        // Faded cities outside the slice are context, drawn alone; pinned ones always are.
        .filter((node) => !node.outside && !pinnedIds.has(node.id))
        .map((node) => ({
          id: node.id,
          position: [node.city.lon, node.city.lat] as [number, number],
          region: regionOf(node.city.country),
        }));
      indexed = { network, pinned, index: clusterIndex(places) };
    }
    const level = Math.floor(zoom);
    if (last?.index === indexed.index && last.level === level) return last.result;
    const clustering = clusteringAt(indexed.index, level);
    // Pinning a city that was alone anyway (a selection) changes nothing: the same answer, so
    // that the overlays send the map nothing new.
    if (
      last?.network === network &&
      last.level === level &&
      sameClusters(last.result, clustering)
    ) {
      last = { ...last, index: indexed.index };
      return last.result;
    }
    const links = aggregateLinks(
      network.edges.map((edge) => ({
        id: edge.id,
        kind: edge.kind,
        source: edge.source,
        target: edge.target,
        weight: edgeWeight(edge),
      })),
      clustering.clusterOf,
    );
    const byId = new Map(network.nodes.map((node) => [node.id, node.city]));
    const clusterAt = new Map(clustering.clusters.map((c) => [c.id, c.position]));
    const positionOf = (id: string): [number, number] | undefined => {
      const city = byId.get(id);
      return city ? [city.lon, city.lat] : clusterAt.get(id);
    };
    const index = indexed.index;
    const result: MapClusters = {
      clustering,
      links,
      positionOf,
      openingZoom: (id) => {
        const cluster = clustering.clusters.find((c) => c.id === id);
        return cluster ? openingZoom(index, cluster, level) : null;
      },
    };
    last = { network, index: indexed.index, level, result };
    return result;
  };
}

/** True when two clusterings join the same places (cluster ids aside). */
function sameClusters(previous: MapClusters, next: Clustering): boolean {
  const before = previous.clustering.clusterOf;
  if (before.size !== next.clusterOf.size) return false;
  const members = (clustering: Clustering) =>
    new Set(clustering.clusters.map((cluster) => [...cluster.members].sort().join('\n')));
  const a = members(previous.clustering);
  const b = members(next);
  return a.size === b.size && [...a].every((group) => b.has(group));
}

/**
 * How strongly to draw the links of `clusters` in a `width` × `height` view at `zoom`: their
 * number, mean length on screen and mean width against the area (see `linkDensity`).
 */
export function drawnLinkDensity(
  network: Network,
  clusters: MapClusters,
  palette: ThemePalette,
  zoom: number,
  width: number,
  height: number,
): LinkDensity {
  const edgeById = new Map(network.edges.map((edge) => [edge.id, edge]));
  const segments: [[number, number], [number, number]][] = [];
  let widths = 0;
  const add = (source: string, target: string, width: number) => {
    const a = clusters.positionOf(source);
    const b = clusters.positionOf(target);
    if (!a || !b) return;
    segments.push([a, b]);
    widths += width;
  };
  for (const id of clusters.links.kept) {
    const edge = edgeById.get(id)!;
    add(edge.source, edge.target, linkStyle(edge, 'kind', palette).width);
  }
  for (const link of clusters.links.aggregated) add(link.source, link.target, 2);
  return linkDensity({
    links: segments.length,
    meanLength: meanScreenLength(segments, zoom),
    meanWidth: segments.length === 0 ? 0 : widths / segments.length,
    area: width * height,
  });
}
