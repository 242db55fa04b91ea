/** Headers: other names for the contract's columns, and columns the app cannot map at all. */
import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../src/io/columns';
import type { DataFile } from '../../../src/io/issues';
import { CITIES, csv, issuesOf, loadDataset } from './helpers';

/** One complete, valid row per file by contract column, and the record it must load as. */
const BASE: Record<DataFile, { cells: Record<string, string>; record: Record<string, unknown> }> = {
  cities: {
    cells: {
      id: 'tokyo',
      name: 'Tokyo',
      local_name: '東京',
      country: 'JP',
      region: 'Tokyo',
      lat: '35.68',
      lon: '139.69',
      kind: 'city',
    },
    record: {
      id: 'tokyo',
      name: 'Tokyo',
      localName: '東京',
      country: 'JP',
      region: 'Tokyo',
      lat: 35.68,
      lon: 139.69,
      kind: 'city',
    },
  },
  workshops: {
    cells: {
      id: 'w1',
      title: 'Forum',
      themes: 'waste',
      start_date: '2020-01-02',
      end_date: '2020-01-03',
      host_city_ids: 'tokyo',
      participant_city_ids: 'hanoi',
      resource_city_ids: 'vientiane',
      organisers: 'IGES',
      url: 'https://example.org',
    },
    record: {
      id: 'w1',
      title: 'Forum',
      themes: ['waste'],
      startDate: '2020-01-02',
      endDate: '2020-01-03',
      hostCityIds: ['tokyo'],
      participantCityIds: ['hanoi'],
      resourceCityIds: ['vientiane'],
      organisers: ['IGES'],
      url: 'https://example.org',
    },
  },
  partnerships: {
    cells: {
      id: 'p1',
      city_a_id: 'tokyo',
      city_b_id: 'hanoi',
      themes: 'energy',
      start_year: '2010',
      end_year: '2015',
    },
    record: {
      id: 'p1',
      cityAId: 'tokyo',
      cityBId: 'hanoi',
      themes: ['energy'],
      startYear: 2010,
      endYear: 2015,
    },
  },
};

/** Loads `file` with `header` (a contract column → the header written for it) and the base row. */
function loadWith(file: DataFile, rename: Record<string, string>) {
  const { cells } = BASE[file];
  const header = Object.keys(cells).map((column) => rename[column] ?? column);
  const text = csv(header.join(','), Object.values(cells).join(','));
  const result = loadDataset(
    file === 'cities' ? { cities: text } : { cities: CITIES, [file]: text },
  );
  return { result, record: result.dataset[file][0] };
}

// Written as users write them (case, spaces, `-`), which normalisation must see through.
const ALIAS_CASES: [DataFile, string, string][] = [
  ['cities', 'Latitude', 'lat'],
  ['cities', 'Y', 'lat'],
  ['cities', 'longitude', 'lon'],
  ['cities', 'LNG', 'lon'],
  ['cities', 'Long', 'lon'],
  ['cities', 'x', 'lon'],
  ['cities', 'City', 'name'],
  ['cities', 'City Name', 'name'],
  ['cities', 'Country-Code', 'country'],
  ['cities', 'ISO2', 'country'],
  ['cities', 'iso', 'country'],
  ['cities', 'Local', 'local_name'],
  ['cities', 'Native Name', 'local_name'],
  ['cities', 'Type', 'kind'],
  ['cities', 'State', 'region'],
  ['cities', 'Province', 'region'],
  ['cities', 'prefecture', 'region'],
  ['workshops', 'Name', 'title'],
  ['workshops', 'Theme', 'themes'],
  ['workshops', 'Start', 'start_date'],
  ['workshops', 'Date', 'start_date'],
  ['workshops', 'End', 'end_date'],
  ['workshops', 'Hosts', 'host_city_ids'],
  ['workshops', 'host', 'host_city_ids'],
  ['workshops', 'Participants Cities', 'participant_city_ids'],
  ['workshops', 'participant-cities', 'participant_city_ids'],
  ['workshops', 'Resource Cities', 'resource_city_ids'],
  ['workshops', 'Organizers', 'organisers'],
  ['workshops', 'Organiser', 'organisers'],
  ['workshops', 'organizer', 'organisers'],
  ['workshops', 'Link', 'url'],
  ['partnerships', 'From', 'city_a_id'],
  ['partnerships', 'City A', 'city_a_id'],
  ['partnerships', 'city1', 'city_a_id'],
  ['partnerships', 'To', 'city_b_id'],
  ['partnerships', 'Target', 'city_b_id'],
  ['partnerships', 'Partner', 'city_b_id'],
  ['partnerships', 'city_b', 'city_b_id'],
  ['partnerships', 'City2', 'city_b_id'],
  ['partnerships', 'Theme', 'themes'],
  ['partnerships', 'Start', 'start_year'],
  ['partnerships', 'Since', 'start_year'],
  ['partnerships', 'End', 'end_year'],
  ['partnerships', 'Until', 'end_year'],
];

describe('header aliases', () => {
  it.each(ALIAS_CASES)('%s.csv reads a "%s" column as %s', (file, alias, column) => {
    const { result, record } = loadWith(file, { [column]: alias });
    expect(result.issues).toEqual([]);
    expect(record).toMatchObject(BASE[file].record);
    expect(record?.extra).toEqual({});
  });

  it('lets an exact contract name win over an alias, wherever each stands, and keeps the alias as extra', () => {
    const before = loadDataset({
      cities: csv('id,name,country,Latitude,lat,lon', 'a,A,JP,1,35.68,139.69'),
    });
    const after = loadDataset({
      cities: csv('id,name,country,lat,lon,Latitude', 'a,A,JP,35.68,139.69,1'),
    });
    for (const result of [before, after]) {
      expect(result.dataset.cities).toMatchObject([{ lat: 35.68, extra: { Latitude: '1' } }]);
      expect(result.issues).toEqual([
        {
          file: 'cities.csv',
          row: 1,
          column: 'lat',
          value: 'Latitude',
          severity: 'warning',
          code: 'alias-taken',
          params: {},
          message:
            'Column "Latitude" would be read as lat, but the header already has a lat column; it is kept as an extra column.',
        },
      ]);
    }
  });

  it('uses the first of two aliases for one column and keeps the second as extra', () => {
    const result = loadDataset({
      cities: csv('id,name,country,Y,Latitude,lon', 'a,A,JP,10,20,30'),
    });
    expect(result.dataset.cities).toMatchObject([{ lat: 10, extra: { Latitude: '20' } }]);
    expect(result.issues).toMatchObject([
      { column: 'lat', value: 'Latitude', severity: 'warning' },
    ]);
  });

  it('never aliases "source": in partnerships.csv it stays the citation, beside from/to', () => {
    const result = loadDataset({
      cities: CITIES,
      partnerships: csv('From,To,Source', 'tokyo,hanoi,MoU text'),
    });
    expect(result.issues).toEqual([]);
    expect(result.dataset.partnerships).toMatchObject([
      { cityAId: 'tokyo', cityBId: 'hanoi', source: 'MoU text', extra: {} },
    ]);
  });

  it('applies the aliases of each file only: "name" is a city name but a workshop title, "type" a city kind but a partnership type', () => {
    expect(mapHeaders('cities', ['name', 'type'])).toEqual([
      { kind: 'column', column: 'name', alias: false },
      { kind: 'column', column: 'kind', alias: true },
    ]);
    expect(mapHeaders('workshops', ['name', 'type'])).toEqual([
      { kind: 'column', column: 'title', alias: true },
      { kind: 'unknown' },
    ]);
    expect(mapHeaders('partnerships', ['type', 'name'])).toEqual([
      { kind: 'column', column: 'type', alias: false },
      { kind: 'unknown' },
    ]);
  });

  it('does not read aliases from the object prototype ("constructor", "__proto__")', () => {
    expect(mapHeaders('cities', ['constructor', '__proto__', 'toString'])).toEqual([
      { kind: 'unknown' },
      { kind: 'unknown' },
      { kind: 'unknown' },
    ]);
  });
});

describe('headers the app cannot map', () => {
  const KNOWN = 'id, name, local_name, country, region, lat, lon, kind, population, source, notes';

  it('warns at the header row, naming the header as written and the columns cities.csv knows', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon, Remarks ', 'tokyo,Tokyo,JP,35.68,139.69,capital'),
    });
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 1,
        column: '',
        value: ' Remarks ',
        severity: 'warning',
        code: 'unknown-column',
        params: { known: KNOWN.split(', ') },
        message: `Column " Remarks " is not one cities.csv knows; it is kept as an extra column. Known columns: ${KNOWN}.`,
      },
    ]);
    // Still kept, under the header as written (trimmed).
    expect(result.dataset.cities[0]?.extra).toEqual({ Remarks: 'capital' });
  });

  it('warns about a misspelt required column as well as reporting it missing', () => {
    const result = loadDataset({ cities: csv('id,name,country,Latitud,lon', 'a,A,JP,10,20') });
    expect(issuesOf(result, 'cities.csv')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 1,
          value: 'Latitud',
          severity: 'warning',
          message: expect.stringMatching(/^Column "Latitud" is not one cities\.csv knows;/),
        }),
        expect.objectContaining({ row: 1, column: 'lat', severity: 'error' }),
      ]),
    );
  });

  it('names the columns of the file at hand, at the header row below blank lines', () => {
    const result = loadDataset({
      cities: CITIES,
      workshops: csv('', 'id,title,start_date,Venue', 'w1,Forum,2020,Room 4'),
    });
    expect(issuesOf(result, 'workshops.csv')).toEqual([
      expect.objectContaining({
        row: 2,
        value: 'Venue',
        message: expect.stringContaining('Known columns: id, title, themes, start_date,'),
      }),
    ]);
  });

  it('does not warn about a blank header (a trailing delimiter)', () => {
    const result = loadDataset({ cities: csv('id,name,country,lat,lon,', 'a,A,JP,10,20,') });
    expect(result.issues).toEqual([]);
  });

  it('warns once that an unknown column is unknown, and once that it is repeated', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon,Memo,Memo', 'a,A,JP,1,2,x,y'),
    });
    expect(result.issues.map((issue) => issue.message)).toEqual([
      expect.stringContaining('is not one cities.csv knows'),
      expect.stringContaining('appears twice'),
    ]);
    expect(result.dataset.cities[0]?.extra).toEqual({ Memo: 'x', 'Memo (7)': 'y' });
  });
});
