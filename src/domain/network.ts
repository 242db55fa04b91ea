/** The network a filter state shows: cities as nodes, collaborations as edges. */
import type { Dataset } from './dataset';
import { yearOf } from './dates';
import { recordFilter, sliceActive, type Filters } from './filters';
import { oncePer, oncePerInSlices } from './oncePer';
import { EDGE_KINDS, type City, type EdgeKind, type Partnership, type Workshop } from './types';

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
  /**
   * Set when the city has no link in the filtered slice and is drawn faded for context
   * (`Filters.fadeOutside`); such a city is not counted as shown.
   */
  outside?: true;
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

/** A network's nodes and edges by id. */
export interface NetworkIndex {
  nodes: ReadonlyMap<string, NetworkNode>;
  edges: ReadonlyMap<string, NetworkEdge>;
}

/**
 * `network`'s nodes and edges by id, made once per network on first use and shared by its users
 * (the tooltips), rather than each building its own maps on every render.
 */
export const networkIndex = oncePer((network: Network): NetworkIndex => ({
  nodes: new Map(network.nodes.map((node) => [node.id, node])),
  edges: new Map(network.edges.map((edge) => [edge.id, edge])),
}));

/** Records behind an edge: how many lines of data it stands for. */
export function edgeWeight(edge: NetworkEdge): number {
  return edge.partnerships.length + edge.workshops.length;
}

/** Every possible edge of a dataset, with all its records: built once, filtered many times. */
interface LinkIndex {
  edges: NetworkEdge[];
  /** Positions in `dataset.cities` of each edge's source and target: `2i` and `2i + 1`. */
  ends: Int32Array;
}

/**
 * One index per dataset, dropped with the dataset: made on first use, or ahead of it in slices
 * (`prepareLinks`), since at 100,000 records it takes a few hundred milliseconds.
 */
const linkIndex = oncePerInSlices(indexingLinks);

/** Records (or edges) between two yields of the indexing, where it may pause. */
const ITEMS_PER_STEP = 2000;

/**
 * Makes `dataset`'s link index ahead of its first network, calling `pause` between slices of
 * work so that the page stays responsive while a large dataset is indexed.
 */
export function prepareLinks(dataset: Dataset, pause: () => Promise<void>): Promise<void> {
  return linkIndex.ahead(dataset, pause);
}

/**
 * Groups every record by the kind and pair of cities of each line it draws, yielding between
 * steps. Pairs are found by a number made of the kind and the two cities' positions, so that an
 * edge's id string is made once per edge rather than once per record.
 */
function* indexingLinks(dataset: Dataset): Generator<void, LinkIndex, void> {
  const { cities } = dataset;
  const n = cities.length;
  const position = new Map(cities.map((city, i) => [city.id, i]));
  const atKey = new Map<number, number>();
  const edges: NetworkEdge[] = [];
  const ends: number[] = [];
  const edgeFor = (kind: EdgeKind, a: string, b: string): NetworkEdge | null => {
    const i = position.get(a);
    const j = position.get(b);
    // A record naming a city the dataset lacks draws nothing.
    if (a === b || i === undefined || j === undefined) return null;
    const [low, high] = a < b ? [i, j] : [j, i];
    const key = (EDGE_KINDS.indexOf(kind) * n + low) * n + high;
    let at = atKey.get(key);
    if (at === undefined) {
      at = edges.length;
      atKey.set(key, at);
      const source = cities[low]!.id;
      const target = cities[high]!.id;
      edges.push({
        id: `${kind}:${source}~${target}`,
        kind,
        source,
        target,
        themes: [],
        years: [],
        yearUnknown: false,
        partnerships: [],
        workshops: [],
      });
      ends.push(low, high);
    }
    return edges[at]!;
  };
  const { partnerships, workshops } = dataset;
  for (let i = 0; i < partnerships.length; i++) {
    const partnership = partnerships[i]!;
    edgeFor('partnership', partnership.cityAId, partnership.cityBId)?.partnerships.push(
      partnership,
    );
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  // A workshop draws many lines (every pair of its participants): its steps count lines.
  let lines = 0;
  for (const workshop of workshops) {
    forEachWorkshopLink(workshop, (kind, a, b) => {
      lines++;
      const edge = edgeFor(kind, a, b);
      // A city that is both host and resource links once per workshop, not twice.
      if (edge && edge.workshops.at(-1) !== workshop) edge.workshops.push(workshop);
    });
    if (lines < ITEMS_PER_STEP) continue;
    lines = 0;
    yield;
  }
  for (let i = 0; i < edges.length; i++) {
    describeEdge(edges[i]!);
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  return { edges, ends: Int32Array.from(ends) };
}

/**
 * Builds the network for `filters`. Edges: `partnership` between its two cities; `workshop`
 * from each participant to each host and each resource city; `co-attendance` between each pair
 * of participants. A link is kept when its kind is wanted, its record matches the themes and
 * other record filters (see `recordFilter`), and (with a country filter) at least one end is
 * in those countries. Nodes are the cities with a link in view; with no filter active (see
 * `sliceActive`) every city is, unless `hideIsolated`; with a filter active, the cities outside
 * the slice are left out, or kept marked `outside` when `fadeOutside`.
 * An edge whose records all pass is the same object from one call to the next.
 */
export function buildNetwork(dataset: Dataset, filters: Filters): Network {
  const kinds = new Set(filters.edgeKinds);
  const countries = new Set(filters.countries);
  const keep = recordFilter(filters);

  const { cities } = dataset;
  const index = linkIndex(dataset);
  const edges: NetworkEdge[] = [];
  const ends: number[] = [];
  for (let i = 0; i < index.edges.length; i++) {
    const edge = index.edges[i]!;
    if (!kinds.has(edge.kind)) continue;
    const a = index.ends[2 * i]!;
    const b = index.ends[2 * i + 1]!;
    if (
      countries.size > 0 &&
      !countries.has(cities[a]!.country) &&
      !countries.has(cities[b]!.country)
    )
      continue;
    const partnerships = kept(edge.partnerships, keep.partnership);
    const workshops = kept(edge.workshops, keep.workshop);
    if (partnerships === edge.partnerships && workshops === edge.workshops) {
      edges.push(edge);
    } else if (partnerships.length + workshops.length > 0) {
      const partial = { ...edge, partnerships, workshops };
      describeEdge(partial);
      edges.push(partial);
    } else {
      continue;
    }
    ends.push(a, b);
  }
  const outside = filters.hideIsolated
    ? 'hide'
    : sliceActive(filters)
      ? filters.fadeOutside
        ? 'fade'
        : 'hide'
      : 'show';
  return { nodes: buildNodes(cities, edges, ends, outside), edges };
}

// Shared result for "none passed": never stored on an edge, since such an edge is dropped.
const NONE: never[] = [];

/** The records that pass `keep`: the same array when all do, so unchanged edges allocate nothing. */
function kept<T>(records: T[], keep: (record: T) => boolean): T[] {
  for (let i = 0; i < records.length; i++) {
    if (keep(records[i]!)) continue;
    let passing: T[] | null = i > 0 ? records.slice(0, i) : null;
    for (let j = i + 1; j < records.length; j++) {
      if (keep(records[j]!)) (passing ??= []).push(records[j]!);
    }
    return passing ?? NONE;
  }
  return records;
}

/**
 * Calls `visit` for each line a workshop draws: `workshop` from each participant to each host and
 * each resource city, `co-attendance` between each pair of participants. The one rule of which
 * cities a workshop links, for the network and for the report map alike.
 */
export function forEachWorkshopLink(
  workshop: Workshop,
  visit: (kind: EdgeKind, a: string, b: string) => void,
): void {
  const participants = workshop.participantCityIds;
  for (const participant of participants) {
    for (const host of workshop.hostCityIds) visit('workshop', participant, host);
    for (const resource of workshop.resourceCityIds) visit('workshop', participant, resource);
  }
  for (let i = 0; i < participants.length; i++) {
    for (let j = i + 1; j < participants.length; j++) {
      visit('co-attendance', participants[i]!, participants[j]!);
    }
  }
}

/** Fills an edge's themes, years and unknown-year flag from its records. */
function describeEdge(edge: NetworkEdge): void {
  // Most edges stand for one partnership: no sets to build.
  const only = edge.workshops.length === 0 && edge.partnerships.length === 1;
  if (only) {
    const { themes, startYear } = edge.partnerships[0]!;
    edge.themes = themes.length < 2 ? [...themes] : [...new Set(themes)].sort();
    edge.years = startYear === null ? [] : [startYear];
    edge.yearUnknown = startYear === null;
    return;
  }
  const themes = new Set<string>();
  const years = new Set<number>();
  let yearUnknown = false;
  for (const partnership of edge.partnerships) {
    for (const theme of partnership.themes) themes.add(theme);
    if (partnership.startYear === null) yearUnknown = true;
    else years.add(partnership.startYear);
  }
  for (const workshop of edge.workshops) {
    for (const theme of workshop.themes) themes.add(theme);
    years.add(yearOf(workshop.startDate));
  }
  edge.themes = [...themes].sort();
  edge.years = [...years].sort((a, b) => a - b);
  edge.yearUnknown = yearUnknown;
}

/**
 * Nodes with their counts; `ends` holds each edge's two positions in `cities`, flat. Cities
 * without links are shown, marked `outside`, or left out, as `withoutLinks` says.
 */
function buildNodes(
  cities: readonly City[],
  edges: readonly NetworkEdge[],
  ends: readonly number[],
  withoutLinks: 'show' | 'fade' | 'hide',
): NetworkNode[] {
  const links = new Int32Array(cities.length);
  const partnerships = new Int32Array(cities.length);
  // A workshop reaches a city through several links (one per fellow participant): count it once.
  const workshops = new Map<number, Set<Workshop>>();
  const count = (city: number, edge: NetworkEdge) => {
    links[city]! += 1;
    // Each partnership lies on exactly one edge, so adding counts each once.
    partnerships[city]! += edge.partnerships.length;
    if (edge.workshops.length === 0) return;
    let set = workshops.get(city);
    if (!set) workshops.set(city, (set = new Set()));
    for (const workshop of edge.workshops) set.add(workshop);
  };
  for (let i = 0; i < edges.length; i++) {
    count(ends[2 * i]!, edges[i]!);
    count(ends[2 * i + 1]!, edges[i]!);
  }
  const nodes: NetworkNode[] = [];
  cities.forEach((city, i) => {
    const isolated = links[i] === 0;
    if (isolated && withoutLinks === 'hide') return;
    const node: NetworkNode = {
      id: city.id,
      city,
      partnerships: partnerships[i]!,
      workshops: workshops.get(i)?.size ?? 0,
      links: links[i]!,
    };
    if (isolated && withoutLinks === 'fade') node.outside = true;
    nodes.push(node);
  });
  return nodes;
}
