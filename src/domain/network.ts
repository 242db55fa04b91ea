/** The network a filter state shows: cities as nodes, collaborations as edges. */
import type { Dataset } from './dataset';
import { yearOf } from './dates';
import { matchesThemes, partnershipInYears, workshopInYears, type Filters } from './filters';
import type { City, EdgeKind, Partnership, Workshop } from './types';

/** A city in the network, with counts of what the shown links carry. */
export interface NetworkNode {
  id: string;
  city: City;
  /** Partnerships behind this city's shown links. */
  partnerships: number;
  /** Workshops behind this city's shown links. */
  workshops: number;
  /** Shown links at this city. */
  links: number;
}

/** A link between two cities of one kind, with every record behind it. */
export interface NetworkEdge {
  /** `kind:a~b` with `a` < `b`. */
  id: string;
  kind: EdgeKind;
  /** The city id that sorts first. */
  source: string;
  target: string;
  /** Union of the records' themes, sorted. */
  themes: string[];
  /** Years in which a record behind the link started, sorted. */
  years: number[];
  /** True when a partnership behind the link has no known start year. */
  yearUnknown: boolean;
  partnerships: Partnership[];
  workshops: Workshop[];
}

/** Nodes and edges of one filter state. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** Records behind an edge: how many lines of data it stands for. */
export function edgeWeight(edge: NetworkEdge): number {
  return edge.partnerships.length + edge.workshops.length;
}

/**
 * Builds the network for `filters`. Edges: `partnership` between its two cities; `workshop`
 * from each participant to each host and each resource city; `co-attendance` between each pair
 * of participants. A link is kept when its kind is wanted, its record matches the themes and
 * years, and (with a country filter) at least one end is in those countries. Nodes are every
 * city when no country is chosen, else the chosen countries' cities and their linked partners.
 */
export function buildNetwork(dataset: Dataset, filters: Filters): Network {
  const kinds = new Set(filters.edgeKinds);
  const countries = new Set(filters.countries);
  const inCountries = (cityId: string): boolean =>
    countries.size === 0 || countries.has(dataset.cityById.get(cityId)?.country ?? '');

  const edges = new Map<string, NetworkEdge>();
  const link = (kind: EdgeKind, a: string, b: string): NetworkEdge | null => {
    if (a === b || !(inCountries(a) || inCountries(b))) return null;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${kind}:${source}~${target}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = {
        id,
        kind,
        source,
        target,
        themes: [],
        years: [],
        yearUnknown: false,
        partnerships: [],
        workshops: [],
      };
      edges.set(id, edge);
    }
    return edge;
  };

  if (kinds.has('partnership')) {
    for (const partnership of dataset.partnerships) {
      if (!matchesThemes(partnership.themes, filters.themes)) continue;
      if (!partnershipInYears(partnership, filters.years)) continue;
      link('partnership', partnership.cityAId, partnership.cityBId)?.partnerships.push(partnership);
    }
  }
  if (kinds.has('workshop') || kinds.has('co-attendance')) {
    for (const workshop of dataset.workshops) {
      if (!matchesThemes(workshop.themes, filters.themes)) continue;
      if (!workshopInYears(workshop, filters.years)) continue;
      forEachWorkshopLink(workshop, kinds, (kind, a, b) => {
        const edge = link(kind, a, b);
        // A city both host and resource links once per workshop, not twice.
        if (edge && edge.workshops.at(-1) !== workshop) edge.workshops.push(workshop);
      });
    }
  }

  const edgeList = [...edges.values()];
  for (const edge of edgeList) describeEdge(edge);
  return { nodes: buildNodes(dataset, edgeList, countries), edges: edgeList };
}

function forEachWorkshopLink(
  workshop: Workshop,
  kinds: ReadonlySet<EdgeKind>,
  visit: (kind: EdgeKind, a: string, b: string) => void,
): void {
  const participants = workshop.participantCityIds;
  if (kinds.has('workshop')) {
    for (const participant of participants) {
      for (const host of workshop.hostCityIds) visit('workshop', participant, host);
      for (const resource of workshop.resourceCityIds) visit('workshop', participant, resource);
    }
  }
  if (kinds.has('co-attendance')) {
    for (let i = 0; i < participants.length; i++) {
      for (let j = i + 1; j < participants.length; j++) {
        visit('co-attendance', participants[i]!, participants[j]!);
      }
    }
  }
}

/** Fills an edge's themes, years and unknown-year flag from its records. */
function describeEdge(edge: NetworkEdge): void {
  const themes = new Set<string>();
  const years = new Set<number>();
  for (const partnership of edge.partnerships) {
    for (const theme of partnership.themes) themes.add(theme);
    if (partnership.startYear === null) edge.yearUnknown = true;
    else years.add(partnership.startYear);
  }
  for (const workshop of edge.workshops) {
    for (const theme of workshop.themes) themes.add(theme);
    years.add(yearOf(workshop.startDate));
  }
  edge.themes = [...themes].sort();
  edge.years = [...years].sort((a, b) => a - b);
}

function buildNodes(
  dataset: Dataset,
  edges: readonly NetworkEdge[],
  countries: ReadonlySet<string>,
): NetworkNode[] {
  const records = new Map<
    string,
    { partnerships: Set<string>; workshops: Set<string>; links: number }
  >();
  const touch = (cityId: string) => {
    let entry = records.get(cityId);
    if (!entry) {
      entry = { partnerships: new Set(), workshops: new Set(), links: 0 };
      records.set(cityId, entry);
    }
    return entry;
  };
  for (const edge of edges) {
    for (const cityId of [edge.source, edge.target]) {
      const entry = touch(cityId);
      entry.links += 1;
      for (const p of edge.partnerships) entry.partnerships.add(p.id);
      for (const w of edge.workshops) entry.workshops.add(w.id);
    }
  }
  const nodes: NetworkNode[] = [];
  for (const city of dataset.cities) {
    const entry = records.get(city.id);
    if (!entry && countries.size > 0 && !countries.has(city.country)) continue;
    nodes.push({
      id: city.id,
      city,
      partnerships: entry?.partnerships.size ?? 0,
      workshops: entry?.workshops.size ?? 0,
      links: entry?.links ?? 0,
    });
  }
  return nodes;
}

/** Each city's links, for answering "what does this city touch" without scanning every edge. */
export type Adjacency = ReadonlyMap<string, readonly NetworkEdge[]>;

/** Indexes a network's edges by both of their cities. */
export function buildAdjacency(network: Network): Adjacency {
  const adjacency = new Map<string, NetworkEdge[]>();
  for (const edge of network.edges) {
    for (const cityId of [edge.source, edge.target]) {
      const list = adjacency.get(cityId);
      if (list) list.push(edge);
      else adjacency.set(cityId, [edge]);
    }
  }
  return adjacency;
}

/** A city, its neighbours and its links. */
export interface Neighbourhood {
  cityIds: Set<string>;
  edgeIds: Set<string>;
}

/** The city itself, its neighbours and its links (just the city when it has none). */
export function neighbourhood(adjacency: Adjacency, cityId: string): Neighbourhood {
  const cityIds = new Set<string>([cityId]);
  const edgeIds = new Set<string>();
  for (const edge of adjacency.get(cityId) ?? []) {
    edgeIds.add(edge.id);
    cityIds.add(edge.source);
    cityIds.add(edge.target);
  }
  return { cityIds, edgeIds };
}

/**
 * The theme most records behind the edge carry; on a tie, the one listed first (records list
 * their main theme first). Undefined when no record has a theme.
 */
export function mainTheme(edge: NetworkEdge): string | undefined {
  const counts = new Map<string, number>();
  for (const record of [...edge.partnerships, ...edge.workshops]) {
    for (const theme of record.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  // Map iteration follows first appearance, so a strict ">" keeps the earliest on ties.
  for (const [theme, count] of counts) {
    if (count > bestCount) {
      best = theme;
      bestCount = count;
    }
  }
  return best;
}
