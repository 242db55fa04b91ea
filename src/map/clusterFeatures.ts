/**
 * Pure builders for clusters on the map: a point per cluster with its count and region shares
 * (drawn as a small pie, an image made here pixel by pixel), and the links between clusters.
 * Coordinates are `[lon, lat]`.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { AggregateLink, Clustering, PlaceCluster } from '../domain/clusters';
import { REGIONS } from '../domain/countries';
import { CITY_RADIUS, LINK_WIDTH, LOOKS, linkWidth, type LinkLook } from '../domain/encoding';
import { EDGE_KIND_COLORS, REGION_COLORS } from '../domain/palette';
import { arcGeometry, greatCircleArc } from './arcs';
import type { LinkProperties } from './sources';

/** What a cluster feature carries. */
export interface ClusterProperties {
  id: string;
  /** Places in it. */
  count: number;
  /** Its count as drawn on it. */
  label: string;
  /** Radius in pixels. */
  radius: number;
  /** The name of its pie image (see `pieName`). */
  pie: string;
  /** The zoom at which it parts; -1 when it never does (its places share one point). */
  expansionZoom: number;
}

export type ClusterCollection = FeatureCollection<Point, ClusterProperties>;

/** A cluster's radius in pixels: a little over the largest city's, growing as √ of its places. */
export function clusterRadius(count: number): number {
  return Math.min(CITY_RADIUS.max + 8, CITY_RADIUS.min + 4 * Math.sqrt(count));
}

/** Steps of the pie's slices: shares are rounded to twentieths, so few images are ever made. */
const PIE_STEPS = 20;

/** The image name of a pie of `regions` (`pie:17-3-0`, in twentieths, in the order of REGIONS). */
export function pieName(regions: PlaceCluster['regions']): string {
  const total = regions.reduce((sum, r) => sum + r.count, 0) || 1;
  const steps = REGIONS.map((region) => {
    const count = regions.find((r) => r.region === region)?.count ?? 0;
    return Math.round((count / total) * PIE_STEPS);
  });
  // Rounding may lose or add a step: the largest slice takes the difference.
  const largest = steps.indexOf(Math.max(...steps));
  steps[largest]! += PIE_STEPS - steps.reduce((a, b) => a + b, 0);
  return `pie:${steps.join('-')}`;
}

/** True for the names `pieName` makes. */
export function isPieName(name: string): boolean {
  return /^pie:\d+-\d+-\d+$/.test(name);
}

const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));

/**
 * The RGBA pixels of pie `name`, `size` pixels square: slices in the regions' colours clockwise
 * from twelve o'clock, a white rim, anti-aliased at the edge. Null for a name that is not a pie.
 */
export function pieImage(
  name: string,
  size: number,
): { width: number; height: number; data: Uint8Array } | null {
  if (!isPieName(name)) return null;
  const steps = name.slice(4).split('-').map(Number);
  const colors = REGIONS.map((region) => hex(REGION_COLORS[region]));
  // Where each slice ends, as a share of the turn; empty slices end where the previous one did.
  const ends = steps.map((_, i) => steps.slice(0, i + 1).reduce((a, b) => a + b, 0) / PIE_STEPS);
  const sliceAt = (turn: number) => {
    const index = ends.findIndex((end, i) => turn < end && steps[i]! > 0);
    return index === -1 ? steps.findLastIndex((step) => step > 0) : index;
  };
  const data = new Uint8Array(size * size * 4);
  const centre = size / 2;
  const rim = Math.max(1.5, size / 16);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - centre;
      const dy = y + 0.5 - centre;
      const distance = Math.hypot(dx, dy);
      const cover = Math.min(1, Math.max(0, centre - distance));
      if (cover === 0) continue;
      // Angle from twelve o'clock, clockwise, as a share of the turn.
      const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
      const [r, g, b] = distance > centre - rim ? [255, 255, 255] : colors[sliceAt(turn)]!;
      const at = (y * size + x) * 4;
      data[at] = r!;
      data[at + 1] = g!;
      data[at + 2] = b!;
      data[at + 3] = Math.round(cover * 255);
    }
  }
  return { width: size, height: size, data };
}

/** One point per cluster of `clustering`, feature ids from 0. */
export function clusterFeatures(clustering: Clustering | null): ClusterCollection {
  return {
    type: 'FeatureCollection',
    features: (clustering?.clusters ?? []).map(
      (cluster, index): Feature<Point, ClusterProperties> => ({
        type: 'Feature',
        id: index,
        geometry: { type: 'Point', coordinates: cluster.position },
        properties: {
          id: cluster.id,
          count: cluster.members.length,
          label: String(cluster.members.length),
          radius: clusterRadius(cluster.members.length),
          pie: pieName(cluster.regions),
          expansionZoom: cluster.expansionZoom ?? -1,
        },
      }),
    ),
  };
}

/** The look of links of a kind, as an aggregate draws them (no proposed or draft look of its own). */
const LOOK_OF_KIND: Readonly<Record<AggregateLink['kind'], LinkLook>> = {
  partnership: 'partnership',
  workshop: 'workshop',
  'co-attendance': 'co-attendance',
};

/**
 * Width of a link between clusters carrying `weight` records, where the heaviest drawn carries
 * `heaviest`: as a single link's while even the heaviest stays under `LINK_WIDTH.max`, else
 * relative to the heaviest for all of them (at 100,000 links most joined links carry more
 * records than one link ever does, and absolute widths would draw them all at the cap, a solid
 * sheet). Grows with `weight` either way.
 */
export function aggregateWidth(weight: number, heaviest: number): number {
  if (linkWidth(heaviest) < LINK_WIDTH.max) return linkWidth(weight);
  return LINK_WIDTH.min + (LINK_WIDTH.max - LINK_WIDTH.min) * Math.sqrt(weight / heaviest);
}

/** The most records behind one of `links`. */
export function heaviestOf(links: readonly AggregateLink[]): number {
  let heaviest = 0;
  for (const link of links) heaviest = Math.max(heaviest, link.weight);
  return heaviest;
}

/**
 * One great-circle line per aggregate link, shaped as the network's link features (so the same
 * layers draw them), with feature ids from `firstId`. `positionOf` knows places and clusters.
 */
export function aggregateLinkFeatures(
  links: readonly AggregateLink[],
  positionOf: (id: string) => [number, number] | undefined,
  firstId: number,
): Feature<LineString | MultiLineString, LinkProperties>[] {
  const features: Feature<LineString | MultiLineString, LinkProperties>[] = [];
  const heaviest = heaviestOf(links);
  for (const link of links) {
    const from = positionOf(link.source);
    const to = positionOf(link.target);
    if (!from || !to) continue;
    const parts = greatCircleArc(from, to);
    const look = LOOK_OF_KIND[link.kind];
    const color = EDGE_KIND_COLORS[link.kind];
    features.push({
      type: 'Feature',
      id: firstId + features.length,
      geometry: arcGeometry(parts),
      properties: {
        id: link.id,
        kind: link.kind,
        look,
        source: link.source,
        target: link.target,
        proposed: false,
        weight: link.weight,
        width: LOOKS[look].fixedWidth ?? aggregateWidth(link.weight, heaviest),
        kindColor: color,
        // Links between clusters mix themes: coloured by kind in both modes.
        themeColor: color,
      },
    });
  }
  return features;
}
