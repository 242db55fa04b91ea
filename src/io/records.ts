/** One parser per file: a CSV row in, a domain record (or nothing) and its issues out. */
import { countryCode } from '../domain/countries';
import { partialDateBound } from '../domain/dates';
import {
  PARTNERSHIP_STATUSES,
  type City,
  type Partnership,
  type PartnershipStatus,
  type Workshop,
} from '../domain/types';
import type { CsvRow } from './csv';
import type { Issue } from './issues';
import { RowReader } from './rowReader';

/** What a row parser returns: the record when the row has no error, and every issue. */
export interface RowResult<T> {
  record: T | null;
  issues: Issue[];
}

/** Resolves a city id as written (any case) to the id in cities.csv; undefined when unknown. */
export type CityLookup = (id: string) => string | undefined;

/** An http(s) address with a host: the only links the app will open. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+\S*$/i;

const FILE = { cities: 'cities.csv', workshops: 'workshops.csv', partnerships: 'partnerships.csv' };

/** Parses a row of cities.csv. */
export function parseCityRow(row: CsvRow): RowResult<City> {
  const read = new RowReader(FILE.cities, row);
  const id = read.required('id');
  const name = read.required('name');
  const countryText = read.required('country');
  const country = countryText ? countryCode(countryText) : null;
  if (countryText && !country) {
    read.error(
      'country',
      countryText,
      `country must be an ISO 3166-1 alpha-2 code (like JP, VN) or an English country name, not "${countryText}".`,
    );
  }
  const lon = read.peekDecimal('lon');
  // Swapped coordinates are a common slip; say so when swapping would make both valid.
  const swappedHint = (value: number) =>
    Math.abs(value) <= 180 && lon !== null && Math.abs(lon) <= 90
      ? 'lat and lon may be swapped.'
      : '';
  const lat = read.decimal('lat', -90, 90, true, swappedHint);
  const lonValue = read.decimal('lon', -180, 180, true);
  const population = read.count('population');
  if (read.hasError() || country === null || lat === null || lonValue === null) {
    return { record: null, issues: read.issues };
  }
  return {
    record: {
      id,
      name,
      localName: read.text('local_name'),
      country,
      lat,
      lon: lonValue,
      kind: read.text('kind').toLowerCase(),
      population,
      source: read.text('source'),
      notes: read.text('notes'),
      extra: read.extra(),
    },
    issues: read.issues,
  };
}

/** Parses a row of workshops.csv; unknown city ids are dropped with a warning each. */
export function parseWorkshopRow(row: CsvRow, cityId: CityLookup): RowResult<Workshop> {
  const read = new RowReader(FILE.workshops, row);
  const id = read.required('id');
  const title = read.required('title');
  const startDate = read.date('start_date', true);
  let endDate = read.date('end_date', false);
  if (
    startDate &&
    endDate &&
    partialDateBound(endDate, true) < partialDateBound(startDate, false)
  ) {
    read.warn(
      'end_date',
      endDate,
      `end_date ${endDate} is before start_date ${startDate}. It is ignored.`,
    );
    endDate = '';
  }
  const cities = (column: string): string[] => {
    const ids: string[] = [];
    for (const written of read.list(column)) {
      const known = cityId(written);
      if (known) ids.push(known);
      else
        read.warn(
          column,
          written,
          `No city with id "${written}" in cities.csv; this reference is dropped.`,
        );
    }
    return [...new Set(ids)];
  };
  const hostCityIds = cities('host_city_ids');
  const participantCityIds = cities('participant_city_ids');
  const resourceCityIds = cities('resource_city_ids');
  const participants = read.count('participants');
  const url = read.text('url');
  const urlValid = WEB_ADDRESS.test(url);
  if (url && !urlValid) {
    read.warn(
      'url',
      url,
      'url must be a web address starting with http:// or https://. It is ignored.',
    );
  }
  if (read.hasError()) return { record: null, issues: read.issues };
  return {
    record: {
      id,
      title,
      themes: themes(read.list('themes')),
      startDate,
      endDate,
      hostCityIds,
      participantCityIds,
      resourceCityIds,
      participants,
      organisers: read.list('organisers'),
      funder: read.text('funder'),
      programme: read.text('programme'),
      url: urlValid ? url : '',
      source: read.text('source'),
      notes: read.text('notes'),
      extra: read.extra(),
    },
    issues: read.issues,
  };
}

/** Parses a row of partnerships.csv; both cities must exist and differ. */
export function parsePartnershipRow(row: CsvRow, cityId: CityLookup): RowResult<Partnership> {
  const read = new RowReader(FILE.partnerships, row);
  const end = (column: 'city_a_id' | 'city_b_id'): string => {
    const written = read.required(column);
    if (!written) return '';
    const known = cityId(written);
    if (!known) read.error(column, written, `No city with id "${written}" in cities.csv.`);
    return known ?? '';
  };
  const cityAId = end('city_a_id');
  const cityBId = end('city_b_id');
  if (cityAId && cityAId === cityBId) {
    read.error(
      'city_b_id',
      read.text('city_b_id'),
      `A partnership needs two different cities; both ends are "${cityAId}".`,
    );
  }
  const startYear = read.year('start_year');
  let endYear = read.year('end_year');
  if (startYear !== null && endYear !== null && endYear < startYear) {
    read.warn(
      'end_year',
      String(endYear),
      `end_year ${endYear} is before start_year ${startYear}. It is ignored.`,
    );
    endYear = null;
  }
  const status = parseStatus(read.text('status'), (value) =>
    read.warn(
      'status',
      value,
      `status must be one of ${PARTNERSHIP_STATUSES.join(', ')}, not "${value}". It is treated as active.`,
    ),
  );
  if (read.hasError()) return { record: null, issues: read.issues };
  return {
    record: {
      // Empty when not given; the loader generates one.
      id: read.text('id'),
      cityAId,
      cityBId,
      themes: themes(read.list('themes')),
      startYear,
      endYear,
      type: read.text('type').toLowerCase(),
      status,
      programme: read.text('programme'),
      funder: read.text('funder'),
      description: read.text('description'),
      source: read.text('source'),
      notes: read.text('notes'),
      extra: read.extra(),
    },
    issues: read.issues,
  };
}

/** Themes compare case-insensitively, so they are kept in lower case. */
function themes(list: string[]): string[] {
  return [...new Set(list.map((theme) => theme.toLowerCase()))];
}

function parseStatus(text: string, unknown: (value: string) => void): PartnershipStatus {
  const value = text.toLowerCase();
  if (value === '') return 'active';
  if ((PARTNERSHIP_STATUSES as readonly string[]).includes(value))
    return value as PartnershipStatus;
  unknown(text);
  return 'active';
}
