/** Pure builders: a network in, the GeoJSON the map's sources draw out. Coordinates are `[lon, lat]`. */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { DEFAULT_CITY_STYLE, largestSize, type CityStyle } from '../domain/cityStyle';
import {
  CITY_LOOK,
  cityRadius,
  isProposed,
  linkColor,
  linkStyle,
  ROLE_ORDER,
  roleReach,
  type LinkLook,
} from '../domain/encoding';
import { edgeWeight, type Network, type NetworkNode } from '../domain/network';
import type { Neighbourhood } from '../domain/networkReading';
import type { ThemePalette } from '../domain/palette';
import type { Highlight, HighlightRole } from '../domain/records';
import type { EdgeKind } from '../domain/types';
import { arcGeometry, greatCircleArc, type ArcCache } from './arcs';

/** What a city feature carries: enough to style it and to find its record for a tooltip. */
export interface CityProperties {
  id: string;
  /** Its label, in the reader's language. */
  name: string;
  color: string;
  /** Circle radius in pixels. */
  radius: number;
  links: number;
  /** Draw order of labels: busier cities first. */
  labelRank: number;
  /** True for a city outside the filtered slice, drawn faded and not named. */
  outside: boolean;
}

/** What a link feature carries: its look and its colours in both modes, from the encoding. */
export interface LinkProperties {
  id: string;
  kind: EdgeKind;
  /** Which of the encoding's looks draws it (a proposed partnership has a look of its own). */
  look: LinkLook;
  source: string;
  target: string;
  /** True when every record behind the link is a proposed partnership. */
  proposed: boolean;
  /** Records behind the link. */
  weight: number;
  /** Line width in pixels, as the encoding draws this link. */
  width: number;
  /** Colour when links are coloured by kind. */
  kindColor: string;
  /** Colour when links are coloured by main theme. */
  themeColor: string;
}

export type CityCollection = FeatureCollection<Point, CityProperties>;
export type LinkCollection = FeatureCollection<LineString | MultiLineString, LinkProperties>;

/**
 * MapLibre feature ids of a network's cities and links: the index of each in `network.nodes` and
 * `network.edges`. MapLibre keeps feature state in plain objects keyed by feature id, so a data
 * id such as `__proto__` must never be one: it would write to `Object.prototype`.
 */
export interface FeatureIds {
  cities: ReadonlyMap<string, number>;
  links: ReadonlyMap<string, number>;
}

/** The numeric feature id of every city and link of `network`, by its data id. */
export function featureIds(network: Network): FeatureIds {
  return {
    cities: new Map(network.nodes.map((node, index) => [node.id, index])),
    links: new Map(network.edges.map((edge, index) => [edge.id, index])),
  };
}

/** The features to highlight, by numeric feature id. */
export interface FocusTarget {
  cities: number[];
  links: number[];
}

/** The feature ids of a neighbourhood; ids the network does not have are left out. */
export function focusTarget(ids: FeatureIds, hood: Neighbourhood): FocusTarget {
  const pick = (index: ReadonlyMap<string, number>, dataIds: Iterable<string>) => {
    const found: number[] = [];
    for (const id of dataIds) {
      const featureId = index.get(id);
      if (featureId !== undefined) found.push(featureId);
    }
    return found;
  };
  return { cities: pick(ids.cities, hood.cityIds), links: pick(ids.links, hood.edgeIds) };
}

/** A city's English name: the label where no language is chosen. */
const englishName = (node: NetworkNode) => node.city.name;

/**
 * One point per city of the network, sized and coloured by `style` and named by `nameOf` (default:
 * its English name); its feature id is its index. Cities in `clustered` are left out.
 */
export function cityFeatures(
  network: Network,
  style: CityStyle = DEFAULT_CITY_STYLE,
  nameOf: (node: NetworkNode) => string = englishName,
  clustered: ReadonlyMap<string, string> = new Map(),
): CityCollection {
  const maxSize = largestSize(network, style);
  const features: Feature<Point, CityProperties>[] = [];
  for (const [index, node] of network.nodes.entries()) {
    // A clustered city is drawn by its cluster; the others keep their index as feature id.
    if (clustered.has(node.id)) continue;
    features.push({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [node.city.lon, node.city.lat] },
      properties: {
        id: node.id,
        name: nameOf(node),
        color: style.colorOf(node),
        radius: cityRadius(style.sizeOf(node), maxSize),
        links: node.links,
        // Labels of the biggest circles win where labels collide.
        labelRank: -style.sizeOf(node),
        outside: node.outside === true,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Looks up a city's `[lon, lat]` by id. */
export type CityPosition = (cityId: string) => [number, number] | undefined;

/**
 * One great-circle line (split at ±180°) per edge of the network, its feature id the edge's
 * index. Arcs are taken from, and added to, `arcs`: a caller that keeps it between calls
 * computes each arc once per dataset. Links `drawn` says no to by their index (a clustered end)
 * are left out.
 */
export function linkFeatures(
  network: Network,
  positionOf: CityPosition,
  palette: ThemePalette,
  arcs: ArcCache = new Map(),
  drawn: (at: number) => boolean = () => true,
): LinkCollection {
  const features: Feature<LineString | MultiLineString, LinkProperties>[] = [];
  for (let index = 0; index < network.edges.length; index++) {
    if (!drawn(index)) continue;
    const edge = network.edges[index]!;
    // Keyed by the edge id, a string V8 has already hashed; positions are looked up on a miss only.
    let parts = arcs.get(edge.id);
    if (!parts) {
      const from = positionOf(edge.source);
      const to = positionOf(edge.target);
      if (!from || !to) continue;
      parts = greatCircleArc(from, to);
      arcs.set(edge.id, parts);
    }
    const style = linkStyle(edge, 'kind', palette);
    features.push({
      type: 'Feature',
      id: index,
      geometry: arcGeometry(parts),
      properties: {
        id: edge.id,
        kind: edge.kind,
        source: edge.source,
        target: edge.target,
        look: style.look,
        // A draft is drawn in a look of its own but is a proposed partnership all the same.
        proposed: isProposed(edge),
        weight: edgeWeight(edge),
        width: style.width,
        kindColor: style.color,
        themeColor: linkColor(edge, 'theme', palette),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** What a feature of the roles source carries: a highlighted city, its role and its label. */
export interface RoleProperties {
  id: string;
  /** Its label, in the reader's language. */
  name: string;
  /** Its part in the open record; null for an end of an open link, which has none. */
  role: HighlightRole | null;
  /** Radius of its circle in pixels, as the cities source draws it. */
  radius: number;
  /** Distance of its label from its centre, in ems: past its circle and its rings. */
  labelOffset: number;
  /** Placement order of labels: hosts first, then participants, lecturers; larger first within. */
  labelRank: number;
}

export type RoleCollection = FeatureCollection<Point, RoleProperties>;

/** Pixels between a label and the outermost mark of its city. */
const LABEL_CLEARANCE = 2;

/**
 * One point per city of `highlight` that the network shows, with its role (if any), sized by
 * `style` as `cityFeatures` sizes it and named by `nameOf`; its feature id is its index in the
 * network. Empty without a highlight.
 */
export function roleFeatures(
  network: Network,
  highlight: Highlight | null,
  style: CityStyle = DEFAULT_CITY_STYLE,
  nameOf: (node: NetworkNode) => string = englishName,
): RoleCollection {
  if (!highlight) return { type: 'FeatureCollection', features: [] };
  const maxSize = largestSize(network, style);
  const features: Feature<Point, RoleProperties>[] = [];
  for (const [index, node] of network.nodes.entries()) {
    if (!highlight.cityIds.has(node.id)) continue;
    const role = highlight.roles.get(node.id) ?? null;
    const radius = cityRadius(style.sizeOf(node), maxSize);
    const reach = role ? roleReach(role) : CITY_LOOK.strokeWidth;
    const order = role ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length;
    features.push({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [node.city.lon, node.city.lat] },
      properties: {
        id: node.id,
        name: nameOf(node),
        role,
        radius,
        labelOffset: (radius + reach + LABEL_CLEARANCE) / CITY_LOOK.label.size,
        // Radii stay under 100 px, so a role's rank never reaches the next role's.
        labelRank: order * 100 - radius,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
