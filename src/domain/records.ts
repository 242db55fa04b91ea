/**
 * Workshops and partnerships as records a user opens: which of them a filter keeps, finding them
 * by name, a workshop's cities by role, and what the map and the graph bring to the front for an
 * open record or link.
 */
import { citiesOf, type Dataset } from './dataset';
import { recordFilter, type Filters } from './filters';
import type { Network, NetworkEdge } from './network';
import type { Neighbourhood } from './networkReading';
import { foldForSearch } from './search';
import type { City, EdgeKind, Partnership, Workshop, WorkshopRole } from './types';

/** The kinds of record that can be opened and shared (`workshop=<id>`, `partnership=<id>`). */
export const RECORD_KINDS = ['workshop', 'partnership'] as const;
/** One of RECORD_KINDS. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A record, by kind and id. */
export interface RecordRef {
  kind: RecordKind;
  id: string;
}

/** The workshops and partnerships a filter state keeps. */
export interface RecordSlice {
  workshops: Workshop[];
  partnerships: Partnership[];
}

/**
 * The records of the current filters, by the network's own rules: a record passes the record
 * filters (themes, years with the same overlap semantics, statuses, programmes, organisers,
 * funders); its kind of link is shown (workshops: `workshop` or `co-attendance`); and, with a
 * country filter, one of its cities is in those countries. A record kept here may still draw no
 * line (a workshop with one participant and only co-attendance shown): the tables list records,
 * not lines.
 */
export function recordsInSlice(dataset: Dataset, filters: Filters): RecordSlice {
  const keep = recordFilter(filters);
  const countries = new Set(filters.countries);
  const inCountries = (ids: readonly string[]) =>
    countries.size === 0 ||
    ids.some((id) => countries.has(dataset.cityById.get(id)?.country ?? ''));
  const showsWorkshops =
    filters.edgeKinds.includes('workshop') || filters.edgeKinds.includes('co-attendance');
  const showsPartnerships = filters.edgeKinds.includes('partnership');
  return {
    workshops: showsWorkshops
      ? dataset.workshops.filter((w) => keep.workshop(w) && inCountries(workshopCityIds(w)))
      : [],
    partnerships: showsPartnerships
      ? dataset.partnerships.filter(
          (p) => keep.partnership(p) && inCountries([p.cityAId, p.cityBId]),
        )
      : [],
  };
}

/**
 * The slice of `filters`, worked out when its lists are first read: the tables, the reach and an
 * open record read it, the map and the graph do not, so that a filter change there does not pay
 * for it (tens of milliseconds at 100,000 records).
 */
export function sliceWhenRead(dataset: Dataset, filters: Filters): RecordSlice {
  let slice: RecordSlice | null = null;
  const read = () => (slice ??= recordsInSlice(dataset, filters));
  return {
    get workshops() {
      return read().workshops;
    },
    get partnerships() {
      return read().partnerships;
    },
  };
}

/** Every city of a workshop, in every role, each once. */
export function workshopCityIds(workshop: Workshop): string[] {
  return [
    ...new Set([
      ...workshop.hostCityIds,
      ...workshop.participantCityIds,
      ...workshop.resourceCityIds,
    ]),
  ];
}

/** A workshop's cities by role, as the record lists them (a city listed in two roles is in both). */
export type WorkshopCities = { [Role in WorkshopRole]: City[] };

/** The cities of `workshop` grouped by role; ids the dataset does not know are left out. */
export function workshopCities(dataset: Dataset, workshop: Workshop): WorkshopCities {
  return {
    host: citiesOf(dataset, workshop.hostCityIds),
    participant: citiesOf(dataset, workshop.participantCityIds),
    resource: citiesOf(dataset, workshop.resourceCityIds),
  };
}

/**
 * Workshops whose title contains `query` (folded as city search folds names), those starting
 * with it first, at most `limit`.
 */
export function searchWorkshops(
  workshops: readonly Workshop[],
  query: string,
  limit = 8,
): Workshop[] {
  return ranked(workshops, query, limit, (workshop) => [workshop.title]);
}

/** Partnerships one of whose cities (name or local name) contains `query`, at most `limit`. */
export function searchPartnerships(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  query: string,
  limit = 8,
): Partnership[] {
  const names = (id: string) => {
    const city = dataset.cityById.get(id);
    return city ? [city.name, city.localName] : [id];
  };
  return ranked(partnerships, query, limit, (p) => [...names(p.cityAId), ...names(p.cityBId)]);
}

/** Items with a text that starts with the query first, then those containing it; stable. */
function ranked<T>(
  items: readonly T[],
  query: string,
  limit: number,
  texts: (item: T) => string[],
): T[] {
  const wanted = foldForSearch(query);
  if (!wanted) return [];
  const starts: T[] = [];
  const contains: T[] = [];
  for (const item of items) {
    const folded = texts(item).map(foldForSearch);
    if (folded.some((text) => text.startsWith(wanted))) starts.push(item);
    else if (folded.some((text) => text.includes(wanted))) contains.push(item);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The part a city plays in what is open: a workshop role, or an end of a partnership or link. */
export type HighlightRole = WorkshopRole | 'partner';

/**
 * What the map and the graph bring to the front for an open record or link: its cities with
 * their roles, and the links of the network that carry it. The rest fades.
 */
export interface Highlight extends Neighbourhood {
  /** Each city's role; a city in two roles of a workshop has the first of host, participant, lecturer. */
  roles: ReadonlyMap<string, HighlightRole>;
}

/** The highlight of an open record; null when the dataset has no such record. */
export function recordHighlight(
  dataset: Dataset,
  network: Network,
  ref: RecordRef,
): Highlight | null {
  const roles = new Map<string, HighlightRole>();
  const edgeIds = new Set<string>();
  if (ref.kind === 'workshop') {
    const workshop = dataset.workshopById.get(ref.id);
    if (!workshop) return null;
    const byRole: [WorkshopRole, readonly string[]][] = [
      ['host', workshop.hostCityIds],
      ['participant', workshop.participantCityIds],
      ['resource', workshop.resourceCityIds],
    ];
    for (const [role, ids] of byRole) for (const id of ids) if (!roles.has(id)) roles.set(id, role);
    for (const edge of network.edges) if (edge.workshops.includes(workshop)) edgeIds.add(edge.id);
  } else {
    const partnership = dataset.partnershipById.get(ref.id);
    if (!partnership) return null;
    roles.set(partnership.cityAId, 'partner');
    roles.set(partnership.cityBId, 'partner');
    for (const edge of network.edges)
      if (edge.partnerships.includes(partnership)) edgeIds.add(edge.id);
  }
  return { cityIds: new Set(roles.keys()), edgeIds, roles };
}

/**
 * What lies between the two cities of a link: the link clicked, the other kinds of link between
 * the same two cities (their lines lie on top of each other, so a click reaches only one), and
 * every record behind them, each once.
 */
export interface PairRecords {
  /** The link that was clicked. */
  edge: NetworkEdge;
  /** Every kind of link between the two cities, the clicked one first. */
  kinds: EdgeKind[];
  edgeIds: Set<string>;
  partnerships: Partnership[];
  workshops: Workshop[];
}

/** The records between the two cities of link `edgeId`; null when the network lacks the link. */
export function pairRecords(network: Network, edgeId: string): PairRecords | null {
  const edge = network.edges.find((e) => e.id === edgeId);
  if (!edge) return null;
  const between = [
    edge,
    ...network.edges.filter(
      (e) => e !== edge && e.source === edge.source && e.target === edge.target,
    ),
  ];
  return {
    edge,
    kinds: between.map((e) => e.kind),
    edgeIds: new Set(between.map((e) => e.id)),
    partnerships: [...new Set(between.flatMap((e) => e.partnerships))],
    workshops: [...new Set(between.flatMap((e) => e.workshops))],
  };
}

/**
 * The highlight of an open link: its two cities and every link between them, with no roles (its
 * records may give its cities different ones); null when the network lacks it.
 */
export function linkHighlight(network: Network, edgeId: string): Highlight | null {
  const pair = pairRecords(network, edgeId);
  if (!pair) return null;
  return {
    cityIds: new Set([pair.edge.source, pair.edge.target]),
    edgeIds: pair.edgeIds,
    roles: new Map(),
  };
}
