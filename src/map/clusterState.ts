/**
 * What the map draws at its current zoom: which places are clustered, how their links join, and
 * how strongly links are drawn for their density. Recomputed only when the network, the pinned
 * places (the selection and the open record, never clustered), the whole zoom level or the
 * dataset's cities change.
 * The places are indexed once per dataset, and each level's clusters worked out once: a filter
 * takes the places it drops out of their clusters, as pinning does, so clusters stay where they
 * were while filters change (re-indexing the slice's places took 150 ms a tick at 10,000 cities).
 * Pure: no MapLibre. Coordinates are `[lon, lat]`.
 */
import {
  aggregateLinks,
  citiesIndex,
  clusteringAt,
  openingZoom,
  type AggregatedLinks,
  type ClusterIndex,
  type Clustering,
  type LinkEnds,
  withoutPlaces,
} from '../domain/clusters';
import type { Region } from '../domain/countries';
import { linkDensity, meanScreenLength, type LinkDensity } from '../domain/density';
import { linkStyle } from '../domain/encoding';
import type { Dataset } from '../domain/dataset';
import { edgeWeight, type Network } from '../domain/network';
import { oncePer } from '../domain/oncePer';
import type { City } from '../domain/types';
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
  /** The places to index: the dataset's cities, whether the network draws them or not. */
  dataset: Pick<Dataset, 'cities'>;
  network: Network;
  palette: ThemePalette;
  selectedCityId: string | null;
  highlight: Highlight | null;
}

/** Returns a function from (input, zoom) to the clusters, memoised on what they depend on. */
export function createClusterTracker(): (input: ClusterInput, zoom: number) => MapClusters {
  let indexed: {
    index: ClusterIndex;
    regions: ReadonlyMap<string, Region>;
    /** Each whole zoom level's clusters of every place, worked out once. */
    levels: Map<number, Clustering>;
  } | null = null;
  let last: {
    network: Network;
    index: ClusterIndex;
    level: number;
    pinned: string;
    result: MapClusters;
  } | null = null;
  return (input, zoom) => {
    const { network } = input;
    const { cities } = input.dataset;
    const pinnedIds = new Set(input.highlight?.cityIds ?? []);
    if (input.selectedCityId) pinnedIds.add(input.selectedCityId);
    const pinned = [...pinnedIds].sort().join('\n');
    // One index per list of cities (drafts keep the loaded list): its levels are kept with it.
    const places = citiesIndex(cities);
    if (indexed?.index !== places.index) indexed = { ...places, levels: new Map() };
    const level = Math.floor(zoom);
    const { index, regions, levels } = indexed;
    if (
      last?.network === network &&
      last.index === index &&
      last.level === level &&
      last.pinned === pinned
    )
      return last.result;
    const clusteringOf = (at: number) => {
      let clustering = levels.get(at);
      if (!clustering) levels.set(at, (clustering = clusteringAt(index, at)));
      return clustering;
    };
    const everyPlace = clusteringOf(level);
    // Pinned places (the selection, the open record's cities) always stand alone, and places the
    // network does not draw in its slice (dropped by a filter, or faded outside it) join no
    // cluster: each is taken out of its cluster, which shrinks or dissolves but stays put.
    const apart = notInSlice(network, cities);
    for (const id of pinnedIds) apart.add(id);
    const clustering = withoutPlaces(everyPlace, apart, (id) => regions.get(id) ?? 'elsewhere');
    // Pinning a city that was alone anyway (a selection) changes nothing: the same answer, so
    // that the overlays send the map nothing new.
    if (
      last?.network === network &&
      last.index === index &&
      last.level === level &&
      sameClusters(last.result, clustering)
    ) {
      last = { ...last, pinned };
      return last.result;
    }
    const links = aggregateLinks(linkEndsOf(network), clustering.clusterOf);
    const byId = new Map(network.nodes.map((node) => [node.id, node.city]));
    const clusterAt = new Map(clustering.clusters.map((c) => [c.id, c.position]));
    const positionOf = (id: string): [number, number] | undefined => {
      const city = byId.get(id);
      return city ? [city.lon, city.lat] : clusterAt.get(id);
    };
    const result: MapClusters = {
      clustering,
      links,
      positionOf,
      openingZoom: (id) => {
        const cluster = clustering.clusters.find((c) => c.id === id);
        return cluster ? openingZoom(index, cluster, level, clusteringOf) : null;
      },
    };
    last = { network, index, level, pinned, result };
    return result;
  };
}

/** The ids of `cities` that `network` does not draw in its slice (absent, or faded outside). */
function notInSlice(network: Network, cities: readonly City[]): Set<string> {
  const inSlice = new Set<string>();
  for (const node of network.nodes) if (!node.outside) inSlice.add(node.id);
  const apart = new Set<string>();
  if (inSlice.size === cities.length) return apart;
  for (const city of cities) if (!inSlice.has(city.id)) apart.add(city.id);
  return apart;
}

/** The network's links by their ends and records: made once per network, for every zoom. */
const linkEndsOf = oncePer((network: Network): LinkEnds[] =>
  network.edges.map((edge) => ({
    id: edge.id,
    kind: edge.kind,
    source: edge.source,
    target: edge.target,
    weight: edgeWeight(edge),
  })),
);

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
