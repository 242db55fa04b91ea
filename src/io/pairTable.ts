/**
 * A single table of pairs: two places per row, each with its name, country and coordinates
 * (`city1,country1,lat1,lng1,city2,…`, `origin,origin_lat,…,destination,…`, `from,to,from_lat,…`,
 * `source,target,source_lat,…`). Cities are derived from the places, partnerships from the rows.
 */
import type { CountryLocator } from '../domain/countryLocator';
import { distanceKm, slug } from '../domain/places';
import type { City, Partnership } from '../domain/types';
import type { ColumnHead, ReadContext } from './column';
import { COLUMNS, mapHeaders, normaliseHeader, type HeaderMatch } from './columns';
import { parseCsv, type CsvContract, type CsvRow } from './csv';
import { issueAt, type FileCounts, type Issue } from './issues';
import { NO_CITIES, parseRow } from './records';
import { END_FIELDS, pairHeader, type EndField, type PairHeader } from './pairHeader';

// Where the header is recognised; re-exported for the callers that identify files.
export { pairHeader, type PairHeader } from './pairHeader';

/** The cities.csv column each end field is read as, so that a place is read as a city is. */
const CITY_COLUMN: Record<EndField, string> = {
  name: 'name',
  localName: 'local_name',
  country: 'country',
  lat: 'lat',
  lon: 'lon',
};

/** The key a pair row's cell has for field `field` of end `end` (no contract column has a `:`). */
const cellKey = (end: 0 | 1, field: EndField) => `${end + 1}:${field}`;

/** The partnership columns a pair row can fill: all but the two cities, which its ends give. */
const PARTNERSHIP_EXTRAS: readonly ColumnHead[] = COLUMNS.partnerships.filter(
  (column) => column.name !== 'city_a_id' && column.name !== 'city_b_id',
);
const EXTRA_NAMES = new Set(PARTNERSHIP_EXTRAS.map((column) => column.name));

/** The cities a pair table gave, the partnerships of its rows, its counts and every issue. */
export interface PairRead {
  /** New cities, in order of first appearance (places matching a known city are not repeated). */
  cities: City[];
  partnerships: Partnership[];
  /** The row of each partnership, in the same order as `partnerships`. */
  rows: number[];
  counts: FileCounts;
  issues: Issue[];
}

/** Places of the same name and country within this distance are one city, in km. */
export const SAME_PLACE_KM = 1;

/** A city places can join: where it was first placed, and the row that placed it (0: cities.csv). */
interface Place {
  city: City;
  firstRow: number;
}

/** One end of one row, read as a city (with a provisional id), or null when unusable. */
interface EndRead {
  city: City | null;
  /**
   * The issues of its first reading, at the row it was first read in, naming the cities.csv
   * columns: each reading names the columns of its own end (`lat2`, not the first one's `lat1`).
   */
  issues: readonly Issue[];
}

/**
 * Reads a pair table named `name`. Each end is read as a cities.csv row would be (so countries
 * are resolved, or inferred, by the same rules); places of the same name and country within
 * `SAME_PLACE_KM` are one city (a city of `known`, when one matches); ids are the slug of name
 * and country (`osaka-jp`, then `osaka-jp-2`), given in order of first appearance. Other columns
 * are read as partnerships.csv columns. A row with an unusable end, or whose ends are one city,
 * is rejected and named; its places become cities only if a used row has them. `countryAt`
 * infers and checks countries from coordinates, as `LoadOptions.countryAt` does.
 */
export function readPairTable(
  text: string,
  name: string,
  known: readonly City[],
  onProgress: (fraction: number) => void = () => {},
  countryAt?: CountryLocator,
): PairRead {
  let header: PairHeader | null = null;
  const written: string[] = [];
  const contract: CsvContract = {
    name,
    columns: PARTNERSHIP_EXTRAS,
    mapHeaders: (headers) => {
      written.push(...headers);
      header = pairHeader(headers);
      return pairMatches(headers, header);
    },
  };
  const table = parseCsv(text, contract);
  onProgress(1 / 3);
  const pair = header as PairHeader | null;
  if (!pair) {
    const found = written.filter(Boolean);
    const issues = [
      ...table.issues.filter((issue) => issue.code !== 'unknown-column'),
      issueAt('error', { file: name, row: 1 }, 'pair-header-unknown', { found }),
    ];
    const rows = table.rows.length;
    const counts = { rows, accepted: 0, rejected: rows };
    return { cities: [], partnerships: [], rows: [], counts, issues };
  }
  const reader = new PairReader(name, pair, written, known, { ...NO_CITIES, countryAt });
  const flows = isFlowTable(written, pair);
  // flowmap.blue's columns of the app's own flows.csv are kept as extra without a warning.
  const warned = (issue: Issue) =>
    !flows || issue.code !== 'unknown-column' || !FLOW_COLUMNS.has(normaliseHeader(issue.value));
  reader.issues.push(...table.issues.filter(warned).map((issue) => reader.asWritten(issue)));
  // As for cities.csv without a country column: said once, not for every place.
  if (pair.ends.some((end) => end.country === undefined)) {
    const place = { file: name, row: table.headerRow, column: 'country' };
    reader.issues.push(issueAt('warning', place, 'countries-from-coordinates'));
  }
  for (const [index, row] of table.rows.entries()) {
    if (index % 2000 === 0) onProgress(1 / 3 + ((2 / 3) * index) / table.rows.length);
    reader.readRow(row);
  }
  onProgress(1);
  const rows = table.rows.length;
  const accepted = reader.partnerships.length;
  return {
    cities: reader.cities,
    partnerships: reader.partnerships,
    rows: reader.rows,
    counts: { rows, accepted, rejected: rows - accepted, cities: reader.cities.length },
    issues: reader.issues,
  };
}

/** The columns flowmap.blue reads besides the ends, which `flows.ts` writes: location ids, … */
const FLOW_COLUMNS = new Set(['origin', 'dest', 'count', 'kind']);

/** A `flows.csv` (see `flows.ts`): `origin`, `dest` and `count` stand beside the ends' columns. */
function isFlowTable(written: readonly string[], pair: PairHeader): boolean {
  const endColumns = new Set(pair.ends.flatMap((end) => Object.values(end)));
  const others = new Set(
    written.flatMap((header, index) => (endColumns.has(index) ? [] : [normaliseHeader(header)])),
  );
  return ['origin', 'dest', 'count'].every((header) => others.has(header));
}

/** The header matches of a pair table: ends by their cell keys, the rest as partnerships.csv. */
function pairMatches(headers: readonly string[], pair: PairHeader | null): HeaderMatch[] {
  if (!pair) return headers.map(() => ({ kind: 'unknown' }));
  const endOf = new Map<number, string>();
  pair.ends.forEach((end, which) => {
    for (const field of END_FIELDS) {
      const index = end[field];
      if (index !== undefined) endOf.set(index, cellKey(which as 0 | 1, field));
    }
  });
  const others = headers.map((header, index) => (endOf.has(index) ? '' : header));
  const matches = mapHeaders('partnerships', others);
  return headers.map((_, index): HeaderMatch => {
    const key = endOf.get(index);
    if (key !== undefined) return { kind: 'column', column: key, alias: false };
    const match = matches[index]!;
    // `from`, `to` or `city1` beside the ends' own columns: kept as extra, never a second city.
    if (match.kind !== 'unknown' && !EXTRA_NAMES.has(match.column)) return { kind: 'unknown' };
    return match;
  });
}

/** Stand-ins for the two cities while a row's other columns are read. */
const FIRST = '\u0000first';
const SECOND = '\u0000second';
const STAND_INS: ReadContext = {
  cityId: (id) => (id === FIRST || id === SECOND ? id : undefined),
};

/** The state of reading one pair table, row by row. */
class PairReader {
  readonly cities: City[] = [];
  readonly partnerships: Partnership[] = [];
  /** The row of each partnership. */
  readonly rows: number[] = [];
  readonly issues: Issue[] = [];
  /** Cities by name and country. */
  private readonly places = new Map<string, Place[]>();
  private readonly takenIds = new Set<string>();
  /** Each end as written, read once: a place repeats across thousands of rows. */
  private readonly endReads = new Map<string, EndRead>();
  private readonly firstRowById = new Map<string, number>();

  constructor(
    private readonly name: string,
    private readonly pair: PairHeader,
    private readonly written: readonly string[],
    known: readonly City[],
    /** How an end is read as a cities.csv row: no city ids, and the country locator if any. */
    private readonly cityContext: ReadContext,
  ) {
    for (const city of known) {
      this.takenIds.add(city.id.toLowerCase());
      this.placesOf(city).push({ city, firstRow: 0 });
    }
  }

  /** The header as written for field `field` of end `end` (`lat1`), for issues. */
  private headerOf(end: 0 | 1, field: EndField): string {
    const index = this.pair.ends[end][field];
    return index === undefined ? '' : (this.written[index]?.trim() ?? '');
  }

  private placesOf(city: City): Place[] {
    const key = `${city.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}|${city.country}`;
    let list = this.places.get(key);
    if (!list) {
      list = [];
      this.places.set(key, list);
    }
    return list;
  }

  /** The nearest city of the same name and country within `SAME_PLACE_KM`, if any. */
  private match(city: City): Place | undefined {
    let best: Place | undefined;
    let bestKm = SAME_PLACE_KM;
    for (const place of this.placesOf(city)) {
      const km = distanceKm(place.city, city);
      if (km <= bestKm) {
        best = place;
        bestKm = km;
      }
    }
    return best;
  }

  /**
   * The issue with its column named as the file's header writes it (`origin_lat`), not by the
   * key the ends' cells are read under (`1:lat`).
   */
  asWritten(issue: Issue): Issue {
    const match = /^([12]):(\w+)$/.exec(issue.column);
    const field = match && END_FIELDS.find((name) => name === match[2]);
    if (!match || !field) return issue;
    const header = this.headerOf(match[1] === '1' ? 0 : 1, field);
    return header === '' ? issue : { ...issue, column: header };
  }

  readRow(row: CsvRow): void {
    this.issues.push(...row.issues.map((issue) => this.asWritten(issue)));
    const ends = ([0, 1] as const).map((end) => this.readEnd(row, end));
    const [first, second] = ends;
    if (!first || !second || row.issues.some((issue) => issue.severity === 'error')) return;
    const [firstPlace, secondPlace] = [this.match(first), this.match(second)];
    const same = firstPlace
      ? firstPlace === secondPlace
      : !secondPlace &&
        this.placesOf(first) === this.placesOf(second) &&
        distanceKm(first, second) <= SAME_PLACE_KM;
    if (same) {
      const place = { file: this.name, row: row.row, column: this.headerOf(1, 'name') };
      const value = second.name;
      this.issues.push(issueAt('error', { ...place, value }, 'same-city', { city: first.name }));
      return;
    }
    const partnership = this.readPartnership(row);
    if (!partnership) return;
    const cityAId = firstPlace?.city.id ?? this.addCity(first, row.row, 0);
    // The first end may have just become a city the second is near: that is a second city.
    const cityBId = secondPlace?.city.id ?? this.addCity(second, row.row, 1);
    this.partnerships.push({ ...partnership, cityAId, cityBId });
    this.rows.push(row.row);
  }

  /** One end of `row` read as a city; null (with errors at this row) when it cannot be one. */
  private readEnd(row: CsvRow, end: 0 | 1): City | null {
    const cells = new Map<string, string>([['id', 'pending']]);
    for (const field of END_FIELDS) {
      // A field the table lacks stays absent, as a missing column of cities.csv: without a
      // country column, countries come from coordinates without a warning on every row.
      if (this.pair.ends[end][field] === undefined) continue;
      cells.set(CITY_COLUMN[field], row.cells.get(cellKey(end, field)) ?? '');
    }
    // By column and cell, so that the two ends' different columns never share a reading.
    const signature = JSON.stringify([...cells, row.delimiter]);
    const columnOf = new Map(END_FIELDS.map((f) => [CITY_COLUMN[f], this.headerOf(end, f)]));
    const atThisEnd = (issue: Issue): Issue => ({
      ...issue,
      row: row.row,
      // A field the table lacks (no country column) keeps the cities.csv name.
      column: columnOf.get(issue.column) || issue.column,
    });
    const cached = this.endReads.get(signature);
    if (cached) {
      // Warnings were said where the place was first read; errors reject this row too.
      for (const issue of cached.issues) {
        if (issue.severity === 'error') this.issues.push(atThisEnd(issue));
      }
      return cached.city;
    }
    const cityRow: CsvRow = {
      row: row.row,
      cells,
      extra: {},
      issues: [],
      delimiter: row.delimiter,
    };
    const result = parseRow('cities', cityRow, this.cityContext, this.name);
    this.endReads.set(signature, { city: result.record, issues: result.issues });
    this.issues.push(...result.issues.map(atThisEnd));
    return result.record;
  }

  /** The row's other columns read as a partnership (its cities still stand-ins), or null. */
  private readPartnership(row: CsvRow): Partnership | null {
    const cells = new Map<string, string>();
    for (const [key, value] of row.cells) if (EXTRA_NAMES.has(key)) cells.set(key, value);
    cells.set('city_a_id', FIRST);
    cells.set('city_b_id', SECOND);
    const partnershipRow: CsvRow = { ...row, cells, issues: [] };
    const result = parseRow('partnerships', partnershipRow, STAND_INS, this.name);
    this.issues.push(...result.issues);
    const record = result.record;
    if (!record) return null;
    const key = record.id.toLowerCase();
    const firstRow = this.firstRowById.get(key);
    if (record.id && firstRow !== undefined) {
      const place = { file: this.name, row: row.row, column: 'id', value: record.id };
      this.issues.push(issueAt('error', place, 'duplicate-id', { firstRow }));
      return null;
    }
    if (record.id) this.firstRowById.set(key, row.row);
    return record;
  }

  /** Makes `city` (first placed at `row` by end `end`) a new city and returns its id. */
  private addCity(city: City, row: number, end: 0 | 1): string {
    const base = `${slug(city.name)}-${city.country.toLowerCase()}`;
    let id = base;
    for (let n = 2; this.takenIds.has(id.toLowerCase()); n++) id = `${base}-${n}`;
    this.takenIds.add(id.toLowerCase());
    const places = this.placesOf(city);
    // Another place of this name and country, over `SAME_PLACE_KM` away: two cities, and a warning.
    const other = places.find((place) => place.firstRow > 0);
    if (other) {
      const km = Math.round(distanceKm(other.city, city) * 10) / 10;
      const place = { file: this.name, row, column: this.headerOf(end, 'name'), value: city.name };
      const params = { city: city.name, firstRow: other.firstRow, km, id };
      this.issues.push(issueAt('warning', place, 'pair-city-conflict', params));
    }
    const made = { ...city, id };
    places.push({ city: made, firstRow: row });
    this.cities.push(made);
    return id;
  }
}
