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
  type LinkEnds,
  withoutPlaces,
} from '../domain/clusters';
import { regionOf, type Region } from '../domain/countries';
import { linkDensity, meanScreenLength, type LinkDensity } from '../domain/density';
import { linkStyle } from '../domain/encoding';
import { edgeWeight, type Network } from '../domain/network';
import { aggregateWidth, heaviestOf } from './clusterFeatures';
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
  let indexed: { network: Network; index: ClusterIndex; regions: Map<string, Region> } | null =
    null;
  let last: {
    network: Network;
    index: ClusterIndex;
    level: number;
    pinned: string;
    result: MapClusters;
  } | null = null;
  return (input, zoom) => {
    const { network } = input;
    const pinnedIds = new Set(input.highlight?.cityIds ?? []);
    if (input.selectedCityId) pinnedIds.add(input.selectedCityId);
    const pinned = [...pinnedIds].sort().join('\n');
    if (indexed?.network !== network) {
      const places = network.nodes
        // Faded cities outside the slice are context, drawn alone.
        .filter((node) => !node.outside)
        .map((node) => ({
          id: node.id,
          position: [node.city.lon, node.city.lat] as [number, number],
          region: regionOf(node.city.country),
        }));
      const regions = new Map(places.map((place) => [place.id, place.region]));
      indexed = { network, index: clusterIndex(places), regions };
    }
    const level = Math.floor(zoom);
    if (last?.index === indexed.index && last.level === level && last.pinned === pinned)
      return last.result;
    // Pinned places (the selection, the open record's cities) always stand alone: taken out of
    // their clusters here rather than left out of the index, which would be built anew (a fifth
    // of a second at 10,000 cities) on every selection.
    const { regions } = indexed;
    const clustering = withoutPlaces(
      clusteringAt(indexed.index, level),
      pinnedIds,
      (id) => regions.get(id) ?? 'elsewhere',
    );
    // Pinning a city that was alone anyway (a selection) changes nothing: the same answer, so
    // that the overlays send the map nothing new.
    if (
      last?.network === network &&
      last.level === level &&
      sameClusters(last.result, clustering)
    ) {
      last = { ...last, index: indexed.index, pinned };
      return last.result;
    }
    const links = aggregateLinks(linkEndsOf(network), clustering.clusterOf);
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
    last = { network, index: indexed.index, level, pinned, result };
    return result;
  };
}

/** The network's links by their ends and records: made once per network, for every zoom. */
const linkEnds = new WeakMap<Network, LinkEnds[]>();
function linkEndsOf(network: Network): LinkEnds[] {
  let ends = linkEnds.get(network);
  if (!ends) {
    ends = network.edges.map((edge) => ({
      id: edge.id,
      kind: edge.kind,
      source: edge.source,
      target: edge.target,
      weight: edgeWeight(edge),
    }));
    linkEnds.set(network, ends);
  }
  return ends;
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
  const segments: [[number, number], [number, number]][] = [];
  let widths = 0;
  const add = (source: string, target: string, width: number) => {
    const a = clusters.positionOf(source);
    const b = clusters.positionOf(target);
    if (!a || !b) return;
    segments.push([a, b]);
    widths += width;
  };
  for (const at of clusters.links.keptAt) {
    const edge = network.edges[at]!;
    add(edge.source, edge.target, linkStyle(edge, 'kind', palette).width);
  }
  const heaviest = heaviestOf(clusters.links.aggregated);
  for (const link of clusters.links.aggregated)
    add(link.source, link.target, aggregateWidth(link.weight, heaviest));
  return linkDensity({
    links: segments.length,
    meanLength: meanScreenLength(segments, zoom),
    meanWidth: segments.length === 0 ? 0 : widths / segments.length,
    area: width * height,
  });
}
