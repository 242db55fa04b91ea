/** cities.csv: every rule, each broken beside a valid row that must survive. */
import { describe, expect, it } from 'vitest';
import { csv, issueIn, issuesAt, loadDataset } from './helpers';

const HEADER = 'id,name,country,lat,lon';
/** The valid row placed first in every file here (spreadsheet row 2). */
const TOKYO = 'tokyo,Tokyo,JP,35.68,139.69';

/** Loads cities.csv = header, Tokyo (row 2), then `rows` (from row 3). */
function load(rows: string[], header = HEADER) {
  const result = loadDataset({ cities: csv(header, TOKYO, ...rows) });
  return {
    result,
    ids: result.dataset.cities.map((city) => city.id),
    city: (id: string) => result.dataset.cities.find((c) => c.id === id),
    at: (row: number) => issuesAt(result, 'cities.csv', row),
  };
}

const issue = issueIn('cities.csv');

describe('required cells', () => {
  // An empty country is taken from the coordinates (see cityCountry.test.ts).
  it.each(['id', 'name'])('rejects a row with an empty %s and keeps the valid row', (column) => {
    const cells: Record<string, string> = { id: 'osaka', name: 'Osaka', country: 'JP' };
    cells[column] = '';
    const { ids, at } = load([`${cells.id},${cells.name},${cells.country},34.69,135.50`]);
    expect(at(3)).toEqual([issue(3, column, '', 'error', new RegExp(`${column} is required`))]);
    expect(ids).toEqual(['tokyo']);
  });

  it.each(['lat', 'lon'])('rejects a row with an empty %s', (column) => {
    const row = column === 'lat' ? 'osaka,Osaka,JP,,135.50' : 'osaka,Osaka,JP,34.69,';
    const { ids, at } = load([row]);
    expect(at(3)).toEqual([issue(3, column, '', 'error', new RegExp(`${column} is required`))]);
    expect(ids).toEqual(['tokyo']);
  });
});

describe('country', () => {
  it('accepts ISO 3166-1 alpha-2 codes in any case and stores them upper-cased', () => {
    const { result, city } = load(['hanoi,Hanoi,vn,21.03,105.85', 'cebu,Cebu,Ph,10.32,123.89']);
    expect(result.issues).toEqual([]);
    expect([city('tokyo')?.country, city('hanoi')?.country, city('cebu')?.country]).toEqual([
      'JP',
      'VN',
      'PH',
    ]);
  });

  it('maps English country names, including "Viet Nam", "Vietnam" and "Laos"', () => {
    const { result, city } = load([
      'hanoi,Hanoi,Viet Nam,21.03,105.85',
      'hue,Hue,Vietnam,16.46,107.59',
      'vientiane,Vientiane,Laos,17.97,102.63',
      'bangkok,Bangkok,thailand,13.75,100.50',
    ]);
    expect(result.issues).toEqual([]);
    expect(['hanoi', 'hue', 'vientiane', 'bangkok'].map((id) => city(id)?.country)).toEqual([
      'VN',
      'VN',
      'LA',
      'TH',
    ]);
  });

  it('maps the ISO list\'s own English name "Lao People\'s Democratic Republic" to LA', () => {
    const { result, city } = load([
      '"vientiane","Vientiane","Lao People\'s Democratic Republic",17.97,102.63',
    ]);
    expect(result.issues).toEqual([]);
    expect(city('vientiane')?.country).toBe('LA');
  });

  it('rejects an unknown country code or name, naming the value', () => {
    const { ids, at } = load(['atlantis,Atlantis,XX,0,0', 'oz,Emerald City,Oz Land,0,0']);
    expect(at(3)).toEqual([issue(3, 'country', 'XX', 'error', /ISO 3166-1 alpha-2/)]);
    expect(at(4)).toEqual([issue(4, 'country', 'Oz Land', 'error', /"Oz Land"/)]);
    expect(ids).toEqual(['tokyo']);
  });
});

describe('country named like a property of every object', () => {
  it.each(['__proto__', 'constructor', 'Constructor', 'con.structor', '__PROTO__'])(
    'reports country "%s" as an unknown country and rejects only its row',
    (country) => {
      const { result, ids, at } = load([`x,X,${country},1,1`, 'hanoi,Hanoi,VN,21.03,105.85']);
      expect(at(3)).toEqual([issue(3, 'country', country, 'error', /ISO 3166-1 alpha-2/)]);
      expect(ids).toEqual(['tokyo', 'hanoi']);
      expect(result.files.cities).toEqual({ rows: 3, accepted: 2, rejected: 1 });
      // The browser's loader worker posts this result to the page: it must clone.
      expect(() => structuredClone(result)).not.toThrow();
    },
  );
});

describe('coordinates', () => {
  it('accepts the limits ±90 / ±180 and signed or leading-dot decimals', () => {
    const { result, city } = load(['n,North,NO,90,180', 's,South,AQ,-90,-180', 'x,X,JP,+1.5,.5']);
    expect(result.issues).toEqual([]);
    expect([city('n')?.lat, city('s')?.lon, city('x')?.lat, city('x')?.lon]).toEqual([
      90, -180, 1.5, 0.5,
    ]);
  });

  it('rejects a latitude of 95 as out of range', () => {
    const { ids, at } = load(['far,Far,JP,95,0']);
    expect(at(3)).toEqual([issue(3, 'lat', '95', 'error', /lat must be between -90 and 90/)]);
    expect(ids).toEqual(['tokyo']);
  });

  it('rejects a longitude beyond ±180', () => {
    const { ids, at } = load(['far,Far,JP,10,-180.5']);
    expect(at(3)).toEqual([issue(3, 'lon', '-180.5', 'error', /lon must be between -180 and 180/)]);
    expect(ids).toEqual(['tokyo']);
  });

  it('rejects coordinates that are not decimal numbers ("abc", decimal comma, degrees sign)', () => {
    const { ids, at } = load(['a,A,JP,abc,0', 'b,B,JP,"35,68",139', 'c,C,JP,35.68°,139']);
    expect(at(3)).toEqual([issue(3, 'lat', 'abc', 'error', /decimal number.*"abc"/)]);
    expect(at(4)).toEqual([issue(4, 'lat', '35,68', 'error', /decimal number/)]);
    expect(at(5)).toEqual([issue(5, 'lat', '35.68°', 'error', /decimal number/)]);
    expect(ids).toEqual(['tokyo']);
  });

  it('says lat and lon may be swapped when swapping them would make both valid', () => {
    const { ids, at } = load(['osaka,Osaka,JP,135.50,34.69']);
    expect(at(3)).toEqual([issue(3, 'lat', '135.50', 'error', /may be swapped/)]);
    expect(ids).toEqual(['tokyo']);
  });

  it('does not suggest swapping when swapping would not help', () => {
    const { at } = load(['far,Far,JP,95,100']);
    expect(at(3)).toEqual([issue(3, 'lat', '95', 'error', /between -90 and 90/)]);
    expect(at(3)[0]?.message).not.toMatch(/swap/);
  });
});

describe('optional cells', () => {
  const header = `${HEADER},local_name,kind,population,source,notes`;

  it('keeps local_name, kind, population, source and notes', () => {
    const result = loadDataset({
      cities: csv(header, 'hanoi,Hanoi,VN,21.03,105.85,Hà Nội,city,8053663,GSO 2019,capital'),
    });
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]).toMatchObject({
      localName: 'Hà Nội',
      kind: 'city',
      population: 8053663,
      source: 'GSO 2019',
      notes: 'capital',
    });
  });

  it('accepts a population of 0 and leaves an empty population unknown', () => {
    const { result, city } = load(['a,A,JP,1,1,,,0,,', 'b,B,JP,1,1,,,,,'], header);
    expect(result.issues).toEqual([]);
    expect([city('a')?.population, city('b')?.population]).toEqual([0, null]);
  });

  it.each(['-5', '12.5', 'many'])(
    'warns about population "%s", ignores it and keeps the city',
    (value) => {
      const { ids, city, at } = load([`osaka,Osaka,JP,34.69,135.50,,,${value},,`], header);
      expect(at(3)).toEqual([issue(3, 'population', value, 'warning', /whole number/)]);
      expect(ids).toEqual(['tokyo', 'osaka']);
      expect(city('osaka')?.population).toBeNull();
    },
  );

  it.each(['99999999999999999999999', '9,007,199,254,740,993'])(
    'warns that population %s is too large to keep exactly, instead of rounding it',
    (value) => {
      const written = value.includes(',') ? `"${value}"` : value;
      const { ids, city, at } = load([`osaka,Osaka,JP,34.69,135.50,,,${written},,`], header);
      expect(at(3)).toEqual([
        issue(3, 'population', value, 'warning', /too large to keep exactly/),
      ]);
      expect(ids).toEqual(['tokyo', 'osaka']);
      expect(city('osaka')?.population).toBeNull();
    },
  );

  it('keeps the largest population a number holds exactly', () => {
    const { result, city } = load(['osaka,Osaka,JP,34.69,135.50,,,9007199254740991,,'], header);
    expect(result.issues).toEqual([]);
    expect(city('osaka')?.population).toBe(9007199254740991);
  });

  it('reports every problem of a row, not only the first', () => {
    const { at } = load([',Nowhere,XX,95,200']);
    expect(at(3).map((i) => [i.column, i.severity])).toEqual([
      ['id', 'error'],
      ['country', 'error'],
      ['lat', 'error'],
      ['lon', 'error'],
    ]);
  });
});
