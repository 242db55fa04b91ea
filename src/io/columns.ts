/** The CSV contract's columns, and how written headers map onto them. */
import type { DataFile } from './issues';

/** A column of the contract. */
export interface ColumnSpec {
  name: string;
  required: boolean;
}

const column = (name: string, required = false): ColumnSpec => ({ name, required });

/** Every column each file knows, in the order templates and exports write them. */
export const COLUMNS: Record<DataFile, readonly ColumnSpec[]> = {
  cities: [
    column('id', true),
    column('name', true),
    column('local_name'),
    column('country', true),
    column('lat', true),
    column('lon', true),
    column('kind'),
    column('population'),
    column('source'),
    column('notes'),
  ],
  workshops: [
    column('id', true),
    column('title', true),
    column('themes'),
    column('start_date', true),
    column('end_date'),
    column('host_city_ids'),
    column('participant_city_ids'),
    column('resource_city_ids'),
    column('participants'),
    column('organisers'),
    column('funder'),
    column('programme'),
    column('url'),
    column('source'),
    column('notes'),
  ],
  partnerships: [
    column('id'),
    column('city_a_id', true),
    column('city_b_id', true),
    column('themes'),
    column('start_year'),
    column('end_year'),
    column('type'),
    column('status'),
    column('programme'),
    column('funder'),
    column('description'),
    column('source'),
    column('notes'),
  ],
};

/**
 * A header in the contract's spelling: case-insensitive, surrounding spaces ignored, and
 * runs of space, `-` and `_` all read as `_` (`Start Year` = `start-year` = `start_year`).
 */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

/**
 * Other names people give the contract's columns, already normalised (see `normaliseHeader`).
 * `source` is deliberately not an alias anywhere: it is a real column (the citation). Maps, since
 * the headers looked up come from data.
 */
export const ALIASES: Record<DataFile, ReadonlyMap<string, string>> = {
  cities: new Map([
    ['latitude', 'lat'],
    ['y', 'lat'],
    ['longitude', 'lon'],
    ['lng', 'lon'],
    ['long', 'lon'],
    ['x', 'lon'],
    ['city', 'name'],
    ['city_name', 'name'],
    ['country_code', 'country'],
    ['iso2', 'country'],
    ['iso', 'country'],
    ['local', 'local_name'],
    ['native_name', 'local_name'],
    ['type', 'kind'],
  ]),
  workshops: new Map([
    ['name', 'title'],
    ['theme', 'themes'],
    ['start', 'start_date'],
    ['date', 'start_date'],
    ['end', 'end_date'],
    ['hosts', 'host_city_ids'],
    ['host', 'host_city_ids'],
    ['participants_cities', 'participant_city_ids'],
    ['participant_cities', 'participant_city_ids'],
    ['resource_cities', 'resource_city_ids'],
    ['organizers', 'organisers'],
    ['organiser', 'organisers'],
    ['organizer', 'organisers'],
    ['link', 'url'],
  ]),
  partnerships: new Map([
    ['from', 'city_a_id'],
    ['city_a', 'city_a_id'],
    ['city1', 'city_a_id'],
    ['to', 'city_b_id'],
    ['target', 'city_b_id'],
    ['partner', 'city_b_id'],
    ['city_b', 'city_b_id'],
    ['city2', 'city_b_id'],
    ['theme', 'themes'],
    ['start', 'start_year'],
    ['since', 'start_year'],
    ['end', 'end_year'],
    ['until', 'end_year'],
  ]),
};

/** How one written header maps onto the contract. */
export type HeaderMatch =
  /** The header fills this contract column (`alias` when it did so under another name). */
  | { kind: 'column'; column: string; alias: boolean }
  /** The header names a column an earlier or exact header already fills; kept as extra. */
  | { kind: 'repeat'; column: string; alias: boolean }
  /** The contract knows no such column; kept as extra. */
  | { kind: 'unknown' };

/**
 * Maps a file's headers onto its contract columns. Exact names are placed first, so that an
 * exact name always wins over an alias wherever the two stand; among equals the first one wins.
 */
export function mapHeaders(file: DataFile, headers: readonly string[]): HeaderMatch[] {
  const known = new Set(COLUMNS[file].map((c) => c.name));
  const aliases = ALIASES[file];
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<string>();
  const matches: (HeaderMatch | undefined)[] = normalised.map((name) => {
    if (!known.has(name)) return undefined;
    if (taken.has(name)) return { kind: 'repeat', column: name, alias: false };
    taken.add(name);
    return { kind: 'column', column: name, alias: false };
  });
  return normalised.map((name, index) => {
    const exact = matches[index];
    if (exact) return exact;
    const column = aliases.get(name);
    if (column === undefined) return { kind: 'unknown' };
    if (taken.has(column)) return { kind: 'repeat', column, alias: true };
    taken.add(column);
    return { kind: 'column', column, alias: true };
  });
}
