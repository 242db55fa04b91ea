import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import type { CountryLocator } from '../../../src/domain/countryLocator';
import { pairHeader, readPairTable } from '../../../src/io/pairTable';
import { csv, errorsOf, issuesAt, loadDataset } from './helpers';

const ids = (result: ReturnType<typeof loadDataset>) => result.dataset.cities.map((c) => c.id);
const links = (result: ReturnType<typeof loadDataset>) =>
  result.dataset.partnerships.map((p) => `${p.cityAId}>${p.cityBId}`);

describe('recognising a table of pairs by its header', () => {
  it.each([
    ['city1,country1,lat1,lng1,city2,country2,lat2,lng2'],
    ['City 1,Country 1,Latitude 1,Longitude 1,City 2,Country 2,Latitude 2,Longitude 2'],
    ['city_1;lat_1;lon_1;city_2;lat_2;lon_2'],
    [
      'origin,origin_country,origin_lat,origin_lon,destination,destination_country,destination_lat,destination_lng',
    ],
    ['From,To,From Lat,From Lon,To Lat,To Lon'],
    ['source,target,source_lat,source_lng,target_lat,target_lng'],
  ])('%s', (header) => {
    expect(pairHeader(header.split(/[,;]/))).not.toBeNull();
  });

  it('places each column at its end', () => {
    const header = pairHeader([
      'Origin',
      'Origin_Lat',
      'origin lon',
      'Destination',
      'dest',
      'destination_lat',
      'destination_lon',
    ]);
    expect(header?.ends[0]).toEqual({ name: 0, lat: 1, lon: 2 });
    expect(header?.ends[1]).toEqual({ name: 3, lat: 5, lon: 6 });
  });

  it.each([
    ['id,name,country,lat,lon'],
    ['from,to,themes,start_year'],
    ['city1,lat1,lng1,city2,lat2'],
  ])('is not fooled by %s', (header) => {
    expect(pairHeader(header.split(','))).toBeNull();
  });
});

const HEADER = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';

describe('deriving cities and partnerships from pairs', () => {
  it('makes one city of the same name and country within 1 km, with readable ids', () => {
    const result = loadDataset({
      pairs: csv(
        HEADER,
        'Osaka,Japan,34.6937,135.5023,Bandung,Indonesia,-6.9175,107.6191',
        // 0.5 km from the first Osaka, and its country written otherwise.
        'osaka,JP,34.6960,135.5060,Surabaya,ID,-7.2575,112.7521',
        'Hồ Chí Minh,Viet Nam,10.8231,106.6297,Surabaya,Indonesia,-7.2575,112.7521',
      ),
    });
    expect(errorsOf(result)).toEqual([]);
    expect(ids(result)).toEqual(['osaka-jp', 'bandung-id', 'surabaya-id', 'ho-chi-minh-vn']);
    expect(links(result)).toEqual([
      'osaka-jp>bandung-id',
      'osaka-jp>surabaya-id',
      'ho-chi-minh-vn>surabaya-id',
    ]);
    expect(result.dataset.cityById.get('osaka-jp')).toMatchObject({
      name: 'Osaka',
      country: 'JP',
      lat: 34.6937,
    });
    expect(result.files.pairs).toEqual({ rows: 3, accepted: 3, rejected: 0, cities: 4 });
    // Ids from the cities: stable, and unique.
    expect(result.dataset.partnerships.map((p) => p.id)).toEqual([
      'osaka-jp--bandung-id',
      'osaka-jp--surabaya-id',
      'ho-chi-minh-vn--surabaya-id',
    ]);
  });

  it('makes two cities, with a warning, of one name and country over 1 km apart', () => {
    const result = loadDataset({
      pairs: csv(
        HEADER,
        'Springfield,US,39.80,-89.64,Tokyo,JP,35.68,139.69',
        'Springfield,US,42.10,-72.59,Tokyo,JP,35.68,139.69',
      ),
    });
    expect(ids(result)).toEqual(['springfield-us', 'tokyo-jp', 'springfield-us-2']);
    expect(links(result)).toEqual(['springfield-us>tokyo-jp', 'springfield-us-2>tokyo-jp']);
    const [warning] = issuesAt(result, 'pairs.csv', 3);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'pair-city-conflict',
      column: 'city1',
      value: 'Springfield',
      params: { city: 'Springfield', firstRow: 2, id: 'springfield-us-2' },
    });
    expect(warning!.message).toMatch(/row 2.*another city, springfield-us-2/);
  });

  it('gives the same ids on every load, whatever else the rows say', () => {
    const text = csv(
      HEADER,
      'Kitakyushu,JP,33.88,130.88,Surabaya,ID,-7.25,112.75',
      'Kitakyushu,JP,33.88,130.88,Haiphong,VN,20.86,106.68',
    );
    const first = loadDataset({ pairs: text });
    const again = loadDataset({ pairs: text });
    expect(ids(again)).toEqual(ids(first));
    expect(ids(first)).toEqual(['kitakyushu-jp', 'surabaya-id', 'haiphong-vn']);
    expect(again.dataset.partnerships.map((p) => p.id)).toEqual(
      first.dataset.partnerships.map((p) => p.id),
    );
  });

  it('rejects and names a row with an end’s coordinates missing; the other end lives on elsewhere', () => {
    const result = loadDataset({
      pairs: csv(
        HEADER,
        'Osaka,JP,34.69,135.50,Bandung,ID,,107.61',
        'Yokohama,JP,35.44,139.64,Lonely,ID,-6.2,106.8',
        'Bandung,ID,-6.91,107.61,Yokohama,JP,35.44,139.64',
      ),
    });
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'pairs.csv',
      row: 2,
      column: 'lat2',
      code: 'required',
    });
    // Osaka is only on the rejected row: no city. Bandung is on a used row.
    expect(ids(result)).toEqual(['yokohama-jp', 'lonely-id', 'bandung-id']);
    expect(result.files.pairs).toEqual({ rows: 3, accepted: 2, rejected: 1, cities: 3 });
  });

  it('rejects a pair of a city with itself', () => {
    const result = loadDataset({
      pairs: csv(
        HEADER,
        'Osaka,JP,34.69,135.50,Osaka,Japan,34.691,135.501',
        'Osaka,JP,34.69,135.50,Kobe,JP,34.69,135.19',
        'Kobe,JP,34.69,135.19,kobe,JP,34.69,135.19',
      ),
    });
    const errors = errorsOf(result);
    expect(errors.map((e) => [e.row, e.code, e.column, e.value])).toEqual([
      [2, 'same-city', 'city2', 'Osaka'],
      [4, 'same-city', 'city2', 'kobe'],
    ]);
    expect(errors[0]!.message).toMatch(/two different cities; both ends are "Osaka"/);
    expect(result.files.pairs).toEqual({ rows: 3, accepted: 1, rejected: 2, cities: 2 });
  });

  it('reads the other columns as partnerships.csv does, and keeps unknown ones', () => {
    const result = loadDataset({
      pairs: csv(
        'origin,origin_country,origin_lat,origin_lng,destination,destination_country,destination_lat,destination_lng,Theme,Year,end year,Status,Notes,Mayor',
        'Osaka,JP,34.69,135.50,Bandung,ID,-6.91,107.61,Waste;water,2010,2015,ended,first,Tanaka',
        'Kobe,JP,34.69,135.19,Bandung,ID,-6.91,107.61,,1800,,sleeping,,',
      ),
    });
    const [first, second] = result.dataset.partnerships;
    expect(first).toMatchObject({
      themes: ['waste', 'water'],
      startYear: 2010,
      endYear: 2015,
      status: 'ended',
      notes: 'first',
      extra: { Mayor: 'Tanaka' },
    });
    expect(second).toMatchObject({ startYear: null, status: 'active' });
    const warnings = issuesAt(result, 'pairs.csv', 3).map((i) => [i.code, i.column]);
    expect(warnings).toEqual([
      ['not-a-year', 'start_year'],
      ['unknown-status', 'status'],
    ]);
  });

  it('joins a place to a city of cities.csv with the same name and country nearby', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon', 'kitaq,Kitakyushu,JP,33.883,130.875'),
      pairs: csv(HEADER, 'Kitakyushu,Japan,33.885,130.877,Surabaya,ID,-7.25,112.75'),
      workshops: csv('id,title,start_date,host_city_ids', 'w1,Visit,2020,surabaya-id'),
    });
    expect(ids(result)).toEqual(['kitaq', 'surabaya-id']);
    expect(links(result)).toEqual(['kitaq>surabaya-id']);
    expect(result.files.workshops).toMatchObject({ accepted: 1 });
    expect(result.files.pairs).toMatchObject({ cities: 1 });
  });

  it('takes an end’s empty or unknown country from its coordinates, with the map of countries', () => {
    const pairs = csv(
      HEADER,
      'Chisinau,,47.0105,28.8638,Glasgow,Scotland,55.8642,-4.2518',
      'Osaka,Nippon-koku,34.6938,135.5011,Glasgow,Scotland,55.8642,-4.2518',
    );
    const result = loadDataset({ pairs }, { countryAt: ATLAS_LOCATOR });
    expect(ids(result)).toEqual(['chisinau-md', 'glasgow-gb', 'osaka-jp']);
    expect(links(result)).toEqual(['chisinau-md>glasgow-gb', 'osaka-jp>glasgow-gb']);
    expect(
      result.issues.map(({ row, column, value, code, params }) => ({
        row,
        column,
        value,
        code,
        params,
      })),
    ).toEqual([
      {
        row: 2,
        column: 'country1',
        value: '',
        code: 'country-inferred',
        params: { country: 'MD' },
      },
      {
        row: 3,
        column: 'country1',
        value: 'Nippon-koku',
        code: 'country-inferred',
        params: { country: 'JP' },
      },
    ]);
  });

  it('says once that a table without country columns takes countries from coordinates', () => {
    const pairs = csv(
      'city1,lat1,lng1,city2,lat2,lng2',
      'Chisinau,47.0105,28.8638,Glasgow,55.8642,-4.2518',
      'Osaka,34.6938,135.5011,Glasgow,55.8642,-4.2518',
    );
    const result = loadDataset({ pairs }, { countryAt: ATLAS_LOCATOR });
    expect(ids(result)).toEqual(['chisinau-md', 'glasgow-gb', 'osaka-jp']);
    expect(result.issues.map(({ row, severity, code }) => [row, severity, code])).toEqual([
      [1, 'warning', 'countries-from-coordinates'],
    ]);
  });

  it('names the column of the end being read when a place read before is read again', () => {
    const result = loadDataset({
      pairs: csv(
        HEADER,
        'Osaka,JP,north,135.50,Kobe,JP,34.69,135.19',
        'Kobe,JP,34.69,135.19,Osaka,JP,north,135.50',
        'Osaka,JP,north,135.50,Hanoi,VN,21.03,105.85',
      ),
    });
    expect(errorsOf(result).map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'lat1', 'north'],
      [3, 'lat2', 'north'],
      [4, 'lat1', 'north'],
    ]);
    expect(result.files.pairs).toMatchObject({ rows: 3, accepted: 0, rejected: 3 });
  });

  it('names every column in an issue as the header writes it, never by its end and field', () => {
    const result = loadDataset(
      {
        pairs: csv(
          'Origin,Origin_Lat,Origin_Lon,Destination,Destination_Lat,Destination_Lon',
          '"Osa\u0007ka",34.69,135.50,Kobe,34.69,135.19',
          'Osaka,34.69,135.50,Hanoi,21.03,',
          ',34.69,135.50,Hanoi,21.03,105.85',
        ),
      },
      { countryAt: ATLAS_LOCATOR },
    );
    const rows = result.issues.filter((issue) => issue.row > 1);
    expect(rows.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, 'Origin', 'control-characters'],
      // No second error for the country the table has no column for: the coordinates say why.
      [3, 'Destination_Lon', 'required'],
      [4, 'Origin', 'required'],
    ]);
  });

  it("keeps flowmap.blue's columns of a flows.csv as extra without a warning, and only there", () => {
    const ends =
      'origin_name,origin_country,origin_lat,origin_lon,destination_name,destination_country,destination_lat,destination_lon';
    const row = 'Osaka,JP,34.69,135.50,Bandung,ID,-6.91,107.61';
    const flows = loadDataset({
      pairs: csv(
        `${ends},origin,dest,count,kind,themes`,
        `${row},osaka,bandung,2,partnership,waste`,
      ),
    });
    expect(flows.issues).toEqual([]);
    expect(flows.dataset.partnerships[0]).toMatchObject({
      themes: ['waste'],
      extra: { origin: 'osaka', dest: 'bandung', count: '2', kind: 'partnership' },
    });
    // Without flowmap.blue's `origin`, `dest` and `count`, a `kind` column is unknown as anywhere.
    const other = loadDataset({ pairs: csv(`${ends},kind`, `${row},partnership`) });
    expect(other.issues.map((issue) => [issue.code, issue.value])).toEqual([
      ['unknown-column', 'kind'],
    ]);
  });

  it('names the table by the name it was given, and says when its header is no table of pairs', () => {
    const named = loadDataset(
      { pairs: csv(HEADER, 'A,JP,1,1,B,JP,2,2,x') },
      { names: { pairs: 'sister cities.csv' } },
    );
    expect(named.issues.every((issue) => issue.file === 'sister cities.csv')).toBe(true);
    const wrong = loadDataset({ pairs: csv('a,b,c', '1,2,3') });
    expect(errorsOf(wrong)).toMatchObject([
      {
        file: 'pairs.csv',
        row: 1,
        code: 'pair-header-unknown',
        params: { found: ['a', 'b', 'c'] },
      },
    ]);
    expect(wrong.files.pairs).toEqual({ rows: 1, accepted: 0, rejected: 1, cities: undefined });
    // A table of pairs alone needs no cities.csv.
    expect(named.issues.some((issue) => issue.code === 'missing-cities')).toBe(false);
  });
});

/** A place of a small world, so that generated rows repeat, clash and coincide. */
const place = fc.record({
  name: fc.constantFrom('Osaka', 'osaka', 'Kobe', 'Hanoi', 'Bandung', ''),
  country: fc.constantFrom('JP', 'Japan', 'VN', 'ID', ''),
  lat: fc.constantFrom('34.69', '34.695', '21.03', '-6.9', '', 'north'),
  lon: fc.constantFrom('135.5', '135.505', '105.85', '107.6', '200'),
});

/**
 * A place whose country the map of countries decides: written, empty, unknown or contradicted,
 * at land, at sea (no country: rejected) or with lat and lon swapped.
 */
const mappedPlace = fc
  .record({
    name: fc.constantFrom('Osaka', 'Glasgow', 'Hanoi', 'Nowhere'),
    country: fc.constantFrom('JP', 'Scotland', 'UK', 'Viet Nam', '', 'Atlantis'),
    coordinates: fc.constantFrom(
      ['34.69', '135.5'],
      ['55.86', '-4.25'],
      ['21.03', '105.85'],
      ['0', '-30'],
      ['135.5', '34.69'],
    ),
  })
  .map(({ name, country, coordinates: [lat, lon] }) => ({ name, country, lat, lon }));

type PlaceCells = { name: string; country: string; lat: string; lon: string };

/**
 * For a table of `rows`: every row is either a partnership or named by an error of the table,
 * never both, and every derived city is an end of a partnership. The rejected rows are counted
 * from the errors, not from the counts, which compute them as rows − accepted.
 */
function checkEveryRow(rows: [PlaceCells, PlaceCells, string][], countryAt?: CountryLocator) {
  const text = csv(
    `${HEADER},year`,
    ...rows.map(([a, b, year]) =>
      [a.name, a.country, a.lat, a.lon, b.name, b.country, b.lat, b.lon, year].join(','),
    ),
  );
  const read = readPairTable(text, 'pairs.csv', [], undefined, countryAt);
  const usedRows = new Set(read.rows);
  const rejectedRows = new Set(errorsOf(read).map((issue) => issue.row));
  const dataRows = rows.map((_, index) => index + 2);
  expect(read.rows).toHaveLength(read.partnerships.length);
  expect(usedRows.size).toBe(read.partnerships.length);
  expect(dataRows.filter((row) => usedRows.has(row) === rejectedRows.has(row))).toEqual([]);
  expect([...usedRows, ...rejectedRows].sort((a, b) => a - b)).toEqual(dataRows);
  expect(read.counts).toEqual({
    rows: rows.length,
    accepted: usedRows.size,
    rejected: rejectedRows.size,
    cities: read.cities.length,
  });
  const ends = new Set(read.partnerships.flatMap((p) => [p.cityAId, p.cityBId]));
  expect(read.cities.filter((city) => !ends.has(city.id))).toEqual([]);
  // And through the loader, as the app and the CLIs read it.
  expect(loadDataset({ pairs: text }, { countryAt }).files.pairs).toEqual(read.counts);
}

const year = fc.constantFrom('', '2010', 'x');

describe('any table of pairs', () => {
  it('uses or rejects every row, and every derived city has a used row', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(place, place, year), { maxLength: 25 }), (rows) =>
        checkEveryRow(rows),
      ),
      { numRuns: 200 },
    );
  });

  it('does so too when countries are inferred and checked against the map of countries', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(mappedPlace, mappedPlace, year), { maxLength: 12 }), (rows) =>
        checkEveryRow(rows, ATLAS_LOCATOR),
      ),
      { numRuns: 50 },
    );
  });
});
