/**
 * The filtered network as "locations + flows", the two tables flowmap.blue reads (`locations`:
 * `id,name,lat,lon`; `flows`: `origin,dest,count`) and kepler.gl draws as points and arcs. Pure
 * text, no DOM; cells escaped against formula injection as every CSV export is.
 */
import { yearOf } from '../domain/dates';
import type { Dataset } from '../domain/dataset';
import type { Network, NetworkEdge } from '../domain/network';
import type { City, EdgeKind, Partnership, Workshop } from '../domain/types';
import type { Cell } from './column';
import { csvText } from './export';

/** The two CSV texts of a flows export. */
export interface FlowFiles {
  locations: string;
  flows: string;
  /** Rows of each file, the header not counted. */
  rows: { locations: number; flows: number };
}

/** flowmap.blue's locations columns, exactly. */
export const LOCATION_COLUMNS = ['id', 'name', 'lat', 'lon'] as const;

/**
 * The flows columns. Each end's place comes first, under `origin_…` and `destination_…`, so that
 * the file is also a pair table the app reads back (its header names both ends with a name and
 * coordinates, and a pair table takes the first column naming a place's name, which must be
 * `origin_name`, not the id in `origin`). Then flowmap.blue's `origin,dest,count` (ids as in
 * locations.csv; `count` = records behind the flow), then what the flow carries: its first and
 * last year under partnerships.csv's `start_year` and `end_year`, so that both read back.
 */
export const FLOW_COLUMNS = [
  'origin_name',
  'origin_local_name',
  'origin_country',
  'origin_lat',
  'origin_lon',
  'destination_name',
  'destination_local_name',
  'destination_country',
  'destination_lat',
  'destination_lon',
  'origin',
  'dest',
  'count',
  'kind',
  'themes',
  'start_year',
  'end_year',
] as const;

/** One row of flows.csv: records of one kind going one way between two cities. */
interface Flow {
  origin: City;
  dest: City;
  kind: EdgeKind;
  partnerships: Partnership[];
  workshops: Workshop[];
}

/**
 * The flows of one link. A workshop goes from its host (or resource) city to the participant, so
 * a workshop link becomes one flow per direction its workshops take (usually one). Partnerships
 * and co-attendance have no direction: one flow from the city whose id sorts first.
 */
function flowsOf(edge: NetworkEdge, source: City, target: City): Flow[] {
  const flow = (origin: City, dest: City, workshops: Workshop[]): Flow => ({
    origin,
    dest,
    kind: edge.kind,
    partnerships: edge.kind === 'workshop' ? [] : edge.partnerships,
    workshops,
  });
  if (edge.kind !== 'workshop') return [flow(source, target, edge.workshops)];
  const toTarget: Workshop[] = [];
  const toSource: Workshop[] = [];
  for (const workshop of edge.workshops) {
    // The link joins a participant to a host or resource city: the participant is the destination.
    if (workshop.participantCityIds.includes(target.id)) toTarget.push(workshop);
    else toSource.push(workshop);
  }
  const flows: Flow[] = [];
  if (toTarget.length > 0) flows.push(flow(source, target, toTarget));
  if (toSource.length > 0) flows.push(flow(target, source, toSource));
  return flows;
}

function flowRow(flow: Flow): Cell[] {
  const themes = new Set<string>();
  const years = new Set<number>();
  for (const partnership of flow.partnerships) {
    partnership.themes.forEach((theme) => themes.add(theme));
    if (partnership.startYear !== null) years.add(partnership.startYear);
  }
  for (const workshop of flow.workshops) {
    workshop.themes.forEach((theme) => themes.add(theme));
    years.add(yearOf(workshop.startDate));
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const place = (city: City): Cell[] => [
    city.name,
    city.localName,
    city.country,
    city.lat,
    city.lon,
  ];
  return [
    ...place(flow.origin),
    ...place(flow.dest),
    flow.origin.id,
    flow.dest.id,
    flow.partnerships.length + flow.workshops.length,
    flow.kind,
    [...themes].sort().join(';'),
    sortedYears[0] ?? null,
    sortedYears.at(-1) ?? null,
  ];
}

/**
 * `network` as locations.csv (the cities it shows, faded context cities left out) and flows.csv
 * (one row per link and direction, `count` = records behind it; see `FLOW_COLUMNS`). Coordinates
 * are decimal degrees; `dataset` gives the links' cities, as in `exportGeoJson`.
 */
export function exportFlows(network: Network, dataset: Dataset): FlowFiles {
  const shown = network.nodes.filter((node) => !node.outside);
  const locations = shown.map(({ city }): Cell[] => [city.id, city.name, city.lat, city.lon]);
  const rows: Cell[][] = [];
  for (const edge of network.edges) {
    const source = dataset.cityById.get(edge.source);
    const target = dataset.cityById.get(edge.target);
    // A network is built from its dataset, so both ends exist; a mismatched pair is skipped.
    if (!source || !target) continue;
    for (const flow of flowsOf(edge, source, target)) rows.push(flowRow(flow));
  }
  return {
    locations: csvText(LOCATION_COLUMNS, locations),
    flows: csvText(FLOW_COLUMNS, rows),
    rows: { locations: locations.length, flows: rows.length },
  };
}
