/**
 * Places too close to tell apart, drawn as one cluster, and the links of their members drawn as
 * links between clusters. Supercluster groups the places per whole zoom level (its `radius` is in
 * pixels of a 512-pixel tile, as MapLibre draws them); this module adds the region shares and the
 * aggregation of links, so that the records behind cluster links are exactly those behind the
 * member links. Coordinates are `[lon, lat]`. Pure: tested in Node.
 */
import Supercluster from 'supercluster';
import { REGIONS, regionOf, type Region } from './countries';
import { oncePer } from './oncePer';
import type { City, EdgeKind } from './types';

/** A place to cluster. */
export interface ClusterPlace {
  id: string;
  /** `[lon, lat]`, degrees. */
  position: [number, number];
  region: Region;
}

/** How close places must be to join, and up to which zoom clusters form. */
export interface ClusterOptions {
  /** Places nearer than this many pixels at a zoom join one cluster there. */
  radius: number;
  /** Above this whole zoom every place stands alone. */
  maxZoom: number;
}

/** Joins places closer than two small circles; Japan's neighbouring cities part at about zoom 7. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { radius: 14, maxZoom: 12 };

/** Places of one cluster at one zoom. */
export interface PlaceCluster {
  /** `cluster:<n>`: never the id of a place. */
  id: string;
  /** `[lon, lat]`: the members' weighted centre. */
  position: [number, number];
  /** Ids of the member places. */
  members: string[];
  /** Members per region, in the order of REGIONS; regions without members left out. */
  regions: { region: Region; count: number }[];
  /**
   * The zoom at which the cluster first parts; null when it never does (its places share one
   * point), so opening it means listing its members.
   */
  expansionZoom: number | null;
}

/** The clusters at one zoom, and which cluster each clustered place is in. */
export interface Clustering {
  /** The whole zoom the clusters are for. */
  zoom: number;
  clusters: PlaceCluster[];
  /** Place id → cluster id, for clustered places only; a place not in it stands alone. */
  clusterOf: ReadonlyMap<string, string>;
}

type RegionCounts = { [R in Region]: number };

/** Places indexed once; ask `clusteringAt` for any zoom. */
export interface ClusterIndex {
  readonly options: ClusterOptions;
  readonly index: Supercluster<{ id: string; region: Region }, RegionCounts>;
  readonly size: number;
}

/** Indexes `places` for clustering (O(n log n); do it once per set of places). */
export function clusterIndex(
  places: readonly ClusterPlace[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): ClusterIndex {
  const index = new Supercluster<{ id: string; region: Region }, RegionCounts>({
    radius: options.radius,
    maxZoom: options.maxZoom,
    map: (place) => countsOf(place.region),
    reduce: (sum, add) => {
      for (const region of REGIONS) sum[region] += add[region];
    },
  });
  index.load(
    places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.position },
      properties: { id: place.id, region: place.region },
    })),
  );
  return { options, index, size: places.length };
}

/** A dataset's cities indexed for clustering, and the region of each. */
export interface CitiesIndex {
  index: ClusterIndex;
  regions: ReadonlyMap<string, Region>;
}

/**
 * `cities` indexed for clustering, once per list: the map's clusters ask for it on their first
 * draw, and a load makes it ahead, in a task of its own (about 0.2 s at 10,000 cities).
 */
export const citiesIndex = oncePer((cities: readonly City[]): CitiesIndex => {
  const places = cities.map((city) => ({
    id: city.id,
    position: [city.lon, city.lat] as [number, number],
    region: regionOf(city.country),
  }));
  return {
    index: clusterIndex(places),
    regions: new Map(places.map((place) => [place.id, place.region])),
  };
});

function countsOf(region: Region): RegionCounts {
  const counts = Object.fromEntries(REGIONS.map((r) => [r, 0])) as RegionCounts;
  counts[region] = 1;
  return counts;
}

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** The clusters at map zoom `zoom` (floored to a whole zoom, as the index is built per level). */
export function clusteringAt(index: ClusterIndex, zoom: number): Clustering {
  const level = Math.max(0, Math.floor(zoom));
  const clusterOf = new Map<string, string>();
  const clusters: PlaceCluster[] = [];
  if (index.size === 0 || level > index.options.maxZoom)
    return { zoom: level, clusters, clusterOf };
  for (const feature of index.index.getClusters(WORLD, level)) {
    const properties = feature.properties;
    if (!('cluster' in properties)) continue;
    const id = `cluster:${properties.cluster_id}`;
    const members = index.index
      .getLeaves(properties.cluster_id, Infinity)
      .map((leaf) => leaf.properties.id);
    for (const member of members) clusterOf.set(member, id);
    const expansion = index.index.getClusterExpansionZoom(properties.cluster_id);
    clusters.push({
      id,
      position: feature.geometry.coordinates as [number, number],
      members,
      regions: REGIONS.flatMap((region) =>
        properties[region] > 0 ? [{ region, count: properties[region] }] : [],
      ),
      expansionZoom: expansion > index.options.maxZoom ? null : expansion,
    });
  }
  return { zoom: level, clusters, clusterOf };
}

/**
 * `clustering` with `places` standing alone: taken out of their clusters, whose counts and
 * region shares shrink (a cluster left with one place dissolves; its position stays, a close
 * enough centre). `regionOf` gives a member's region.
 */
export function withoutPlaces(
  clustering: Clustering,
  places: ReadonlySet<string>,
  regionOf: (id: string) => Region,
): Clustering {
  if (places.size === 0 || ![...places].some((id) => clustering.clusterOf.has(id)))
    return clustering;
  const clusterOf = new Map(clustering.clusterOf);
  const clusters: PlaceCluster[] = [];
  for (const cluster of clustering.clusters) {
    if (!cluster.members.some((id) => places.has(id))) {
      clusters.push(cluster);
      continue;
    }
    const members = cluster.members.filter((id) => !places.has(id));
    for (const id of cluster.members) if (places.has(id)) clusterOf.delete(id);
    if (members.length < 2) {
      for (const id of members) clusterOf.delete(id);
      continue;
    }
    const counts = new Map<Region, number>();
    for (const id of members) counts.set(regionOf(id), (counts.get(regionOf(id)) ?? 0) + 1);
    const regions = REGIONS.flatMap((region) =>
      counts.has(region) ? [{ region, count: counts.get(region)! }] : [],
    );
    clusters.push({ ...cluster, members, regions });
  }
  return { zoom: clustering.zoom, clusters, clusterOf };
}

/** Clusters of at most this many places open all at once: every place apart after one click. */
export const OPEN_AT_ONCE = 50;

/**
 * The zoom a click on `cluster` (found at `zoom`) goes to: where every one of its places stands
 * alone for a small cluster (one click away, not one click per split), where its places first
 * part for a large one; past `maxZoom` (nothing clusters) for places that share one point. A
 * cluster some of whose places were taken out (see `withoutPlaces`) is judged by those it has
 * left. `at` gives the clusters of a level (a caller may keep them).
 */
export function openingZoom(
  index: ClusterIndex,
  cluster: PlaceCluster,
  zoom: number,
  at: (level: number) => Clustering = (level) => clusteringAt(index, level),
): number {
  const beyond = index.options.maxZoom + 1;
  const members = new Set(cluster.members);
  const opened =
    cluster.members.length > OPEN_AT_ONCE
      ? (clusterOf: ReadonlyMap<string, string>) =>
          new Set(cluster.members.map((id) => clusterOf.get(id) ?? id)).size > 1
      : (clusterOf: ReadonlyMap<string, string>) =>
          cluster.members.every(
            (id) => !clusterOf.has(id) || !sharesCluster(clusterOf, id, members),
          );
  for (
    let level = Math.max(cluster.expansionZoom ?? beyond, Math.floor(zoom) + 1);
    level < beyond;
    level++
  ) {
    if (opened(at(level).clusterOf)) return level;
  }
  return beyond;
}

/** True when another of `members` is in the same cluster as `id`. */
function sharesCluster(
  clusterOf: ReadonlyMap<string, string>,
  id: string,
  members: ReadonlySet<string>,
): boolean {
  const own = clusterOf.get(id);
  for (const other of members) if (other !== id && clusterOf.get(other) === own) return true;
  return false;
}

/** A link of the network, by its ends and the records behind it. */
export interface LinkEnds {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** Records behind the link. */
  weight: number;
}

/** Links of one kind between two drawn ends, at least one of them a cluster. */
export interface AggregateLink {
  /** `kind:a~b` with `a` < `b`, `a` and `b` cluster or place ids. */
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** The network links it stands for. */
  edgeIds: string[];
  /** Records behind those links. */
  weight: number;
}

/** Links as drawn under a clustering. */
export interface AggregatedLinks {
  /**
   * Links with neither end clustered, drawn as they are: their positions in the links given
   * (a network's edges, in order), so that no one needs an index by id to find them.
   */
  keptAt: number[];
  /** Links with a clustered end, joined per kind and pair of drawn ends. */
  aggregated: AggregateLink[];
  /** Links inside one cluster: not drawn until it opens. */
  inside: string[];
}

/** Sorts `links` into those drawn as they are, those joined between clusters, and those hidden inside one. */
export function aggregateLinks(
  links: readonly LinkEnds[],
  clusterOf: ReadonlyMap<string, string>,
): AggregatedLinks {
  const keptAt: number[] = [];
  const inside: string[] = [];
  // Drawn ends and kinds numbered, so that a pair is keyed by a number, not a new string: at
  // 100,000 links the strings cost most of the time.
  const endNumber = new Map<string, number>();
  const numberOf = (end: string) => {
    let number = endNumber.get(end);
    if (number === undefined) endNumber.set(end, (number = endNumber.size));
    return number;
  };
  const kindNumber = new Map<EdgeKind, number>();
  const byKey = new Map<number, AggregateLink>();
  for (let at = 0; at < links.length; at++) {
    const link = links[at]!;
    const a = clusterOf.get(link.source);
    const b = clusterOf.get(link.target);
    if (a === undefined && b === undefined) {
      keptAt.push(at);
      continue;
    }
    const from = a ?? link.source;
    const to = b ?? link.target;
    if (from === to) {
      inside.push(link.id);
      continue;
    }
    const [source, target] = from < to ? [from, to] : [to, from];
    let kind = kindNumber.get(link.kind);
    if (kind === undefined) kindNumber.set(link.kind, (kind = kindNumber.size));
    // Unique while there are fewer than 2^24 drawn ends and a handful of kinds (< 2^53).
    const key = (kind * 2 ** 24 + numberOf(source)) * 2 ** 24 + numberOf(target);
    let joined = byKey.get(key);
    if (!joined) {
      const id = `${link.kind}:${source}~${target}`;
      joined = { id, kind: link.kind, source, target, edgeIds: [], weight: 0 };
      byKey.set(key, joined);
    }
    joined.edgeIds.push(link.id);
    joined.weight += link.weight;
  }
  return { keptAt, aggregated: [...byKey.values()], inside };
}
