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

/** What each end of a pair says about its place; `name`, `lat` and `lon` are needed. */
export const END_FIELDS = ['name', 'localName', 'country', 'lat', 'lon'] as const;
export type EndField = (typeof END_FIELDS)[number];

/** The cities.csv column each end field is read as, so that a place is read as a city is. */
const CITY_COLUMN: Record<EndField, string> = {
  name: 'name',
  localName: 'local_name',
  country: 'country',
  lat: 'lat',
  lon: 'lon',
};

/** The headers each field is written as, without spaces, `_` or `-`, in lower case. */
const FIELD_WORDS: Record<EndField, readonly string[]> = {
  name: ['city', 'name', 'cityname', 'place', 'placename', 'town'],
  localName: ['localname', 'local', 'nativename'],
  country: ['country', 'countrycode', 'countryname', 'iso2', 'iso', 'nation'],
  lat: ['lat', 'latitude', 'y'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x'],
};

/** Prefixes naming the two ends, in the order they are tried: `origin_lat`, `from_lon` … */
const END_PREFIXES: readonly (readonly [string, string])[] = [
  ['origin', 'destination'],
  ['orig', 'dest'],
  ['from', 'to'],
  ['source', 'target'],
];

/** The column (index into the header) of each field of one end. */
export type EndColumns = Partial<Record<EndField, number>>;

/** Where a pair table keeps each end's fields: `ends[0]` is the first place, `ends[1]` the other. */
export interface PairHeader {
  ends: readonly [EndColumns, EndColumns];
}

const compact = (header: string) => normaliseHeader(header).replace(/_/g, '');

function fieldOf(word: string): EndField | undefined {
  return END_FIELDS.find((field) => FIELD_WORDS[field].includes(word));
}

const isComplete = (end: EndColumns) =>
  end.name !== undefined && end.lat !== undefined && end.lon !== undefined;

/**
 * The ends of a pair table with these headers (case, spaces, `_` and `-` ignored), or null when
 * the header does not give both ends a name and coordinates. Of the ways of naming the ends
 * (`city1`/`lat_2`, or a prefix such as `origin`/`destination`), the one placing most columns wins.
 */
export function pairHeader(headers: readonly string[]): PairHeader | null {
  const words = headers.map(compact);
  const styles: ((word: string) => [0 | 1, EndField] | undefined)[] = [
    // `city1`, `lat_2`, `Country 1`.
    (word) => {
      const match = /^(.*?)([12])$/.exec(word);
      const field = match && fieldOf(match[1]!);
      return field ? [match[2] === '1' ? 0 : 1, field] : undefined;
    },
    ...END_PREFIXES.map(([first, second]) => (word: string) => {
      for (const [end, prefix] of [first, second].entries()) {
        if (!word.startsWith(prefix)) continue;
        const rest = word.slice(prefix.length);
        // The prefix alone (`origin`, `from`) names the place.
        const field = rest === '' ? 'name' : fieldOf(rest);
        if (field) return [end as 0 | 1, field] as [0 | 1, EndField];
      }
      return undefined;
    }),
  ];
  let best: PairHeader | null = null;
  let bestPlaced = 0;
  for (const style of styles) {
    const ends: [EndColumns, EndColumns] = [{}, {}];
    let placed = 0;
    words.forEach((word, index) => {
      const found = style(word);
      if (!found) return;
      const [end, field] = found;
      // The first column wins; a repeat is left to the other columns.
      if (ends[end][field] !== undefined) return;
      ends[end][field] = index;
      placed++;
    });
    if (isComplete(ends[0]) && isComplete(ends[1]) && placed > bestPlaced) {
      best = { ends };
      bestPlaced = placed;
    }
  }
  return best;
}

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
  /** The issues of its first reading, at the row it was first read in. */
  issues: Issue[];
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
    return { cities: [], partnerships: [], counts: { rows, accepted: 0, rejected: rows }, issues };
  }
  const reader = new PairReader(name, pair, written, known, { ...NO_CITIES, countryAt });
  reader.issues.push(...table.issues);
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
    counts: { rows, accepted, rejected: rows - accepted, cities: reader.cities.length },
    issues: reader.issues,
  };
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

  readRow(row: CsvRow): void {
    this.issues.push(...row.issues);
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
  }

  /** One end of `row` read as a city; null (with errors at this row) when it cannot be one. */
  private readEnd(row: CsvRow, end: 0 | 1): City | null {
    const cells = new Map<string, string>([['id', 'pending']]);
    for (const field of END_FIELDS) {
      cells.set(CITY_COLUMN[field], row.cells.get(cellKey(end, field)) ?? '');
    }
    const signature = JSON.stringify([...cells.values(), row.delimiter]);
    const cached = this.endReads.get(signature);
    if (cached) {
      // Warnings were said where the place was first read; errors reject this row too.
      for (const issue of cached.issues) {
        if (issue.severity === 'error') this.issues.push({ ...issue, row: row.row });
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
    const columnOf = new Map(END_FIELDS.map((f) => [CITY_COLUMN[f], this.headerOf(end, f)]));
    const issues = result.issues.map((issue) => ({
      ...issue,
      column: columnOf.get(issue.column) ?? issue.column,
    }));
    this.endReads.set(signature, { city: result.record, issues });
    this.issues.push(...issues);
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
