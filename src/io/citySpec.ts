/** The columns of cities.csv. */
import type { City } from '../domain/types';
import { columnsOf, read, writeWhole, type RecordMaker } from './column';
import { readCountry, readRegion } from './cityCountry';
import type { RowReader } from './rowReader';

/** A city from its fields, in contract order (see `RecordMaker`). */
export const makeCity: RecordMaker<City> = (f, extra) => ({
  id: f.id,
  name: f.name,
  localName: f.localName,
  country: f.country,
  region: f.region,
  lat: f.lat,
  lon: f.lon,
  kind: f.kind,
  population: f.population,
  source: f.source,
  notes: f.notes,
  extra,
});

/** Swapped coordinates are a common slip; say so when swapping would make both valid. */
function swappedLatitude(lat: number, row: RowReader): boolean {
  const lon = row.peekDecimal('lon');
  return Math.abs(lat) <= 180 && lon !== null && Math.abs(lon) <= 90;
}

/** Every column of cities.csv, in contract order. */
export const CITY_COLUMNS = columnsOf<City>({
  id: {
    name: 'id',
    required: true,
    example: 'osaka',
    doc: 'unique, ignoring case; other files refer to it (in any case)',
    read: read.text,
    write: (city) => city.id,
  },
  name: {
    name: 'name',
    required: true,
    aliases: ['city', 'city_name'],
    example: 'Osaka',
    doc: 'English name',
    read: read.text,
    write: (city) => city.name,
  },
  localName: {
    name: 'local_name',
    aliases: ['local', 'native_name'],
    example: '大阪市',
    doc: 'name in the local language and script',
    read: read.text,
    write: (city) => city.localName,
  },
  country: {
    name: 'country',
    aliases: ['country_code', 'iso2', 'iso'],
    example: 'JP',
    doc: 'ISO 3166-1 code (`JP`, `JPN`) or a country name as people write it (see _Countries as written_); when empty, unknown or absent, taken from the coordinates, with a warning',
    absentWarning: 'countries-from-coordinates',
    read: readCountry,
    write: (city) => city.country,
  },
  region: {
    name: 'region',
    aliases: ['state', 'province', 'prefecture'],
    example: 'Osaka',
    doc: 'the state, province or prefecture; when empty, the UK nation the `country` cell names (`Scotland` → `GB`, region `Scotland`)',
    read: readRegion,
    write: (city) => city.region,
  },
  lat: {
    name: 'lat',
    required: true,
    aliases: ['latitude', 'y'],
    example: '34.6938',
    doc: 'decimal degrees, from −90 to 90',
    read: (row, column) => row.decimal(column.name, -90, 90, true, swappedLatitude) ?? undefined,
    write: (city) => city.lat,
  },
  lon: {
    name: 'lon',
    required: true,
    aliases: ['longitude', 'lng', 'long', 'x'],
    example: '135.5011',
    doc: 'decimal degrees, from −180 to 180',
    read: (row, column) => row.decimal(column.name, -180, 180, true) ?? undefined,
    write: (city) => city.lon,
  },
  kind: {
    name: 'kind',
    aliases: ['type'],
    example: 'city',
    doc: 'city, town, prefecture, province, region, state, metropolis …',
    read: read.lower,
    write: (city) => city.kind,
  },
  population: {
    name: 'population',
    doc: `whole number from 0 to ${Number.MAX_SAFE_INTEGER.toLocaleString('en')} (otherwise a warning, and it is ignored)`,
    read: read.count,
    write: (city) => writeWhole(city.population),
  },
  source: {
    name: 'source',
    example: 'GeoNames',
    doc: 'where the facts come from',
    read: read.text,
    write: (city) => city.source,
  },
  notes: {
    name: 'notes',
    doc: 'caveats',
    read: read.text,
    write: (city) => city.notes,
  },
});
