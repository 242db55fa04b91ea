/** Spreadsheet habits the loader tolerates: decimal commas, Excel's European CSV, escaped formulas. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv';
import { csv, issuesAt, loadDataset } from './helpers';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/io/${path}`, import.meta.url)), 'utf8');

const loadCities = (text: string) => loadDataset({ cities: text });

describe('the detected delimiter', () => {
  it.each([
    [',', 'id,name,country,lat,lon\na,A,JP,1,2'],
    [';', 'id;name;country;lat;lon\na;A;JP;1;2'],
    ['\t', 'id\tname\tcountry\tlat\tlon\na\tA\tJP\t1\t2'],
    ['|', 'id|name|country|lat|lon\na|A|JP|1|2'],
  ])('is exposed on the table and on each row (%j)', (delimiter, text) => {
    const table = parseCsv(text, 'cities');
    expect(table.delimiter).toBe(delimiter);
    expect(table.rows.map((row) => row.delimiter)).toEqual([delimiter]);
  });
});

describe('decimal commas', () => {
  it('reads 34,6938 as 34.6938 in a semicolon-delimited file, negative values too', () => {
    const result = loadCities(
      csv(
        'id;name;country;lat;lon',
        'osaka;Osaka;JP;34,6938;135,5011',
        'bandung;Bandung;ID;-6,9175;107,6191',
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities).toMatchObject([
      { id: 'osaka', lat: 34.6938, lon: 135.5011 },
      { id: 'bandung', lat: -6.9175, lon: 107.6191 },
    ]);
  });

  it('still reads decimal points in a semicolon file', () => {
    const result = loadCities(csv('id;name;country;lat;lon', 'osaka;Osaka;JP;34.6938;135.5011'));
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]).toMatchObject({ lat: 34.6938, lon: 135.5011 });
  });

  it('reads decimal commas in a tab-delimited file', () => {
    const result = loadCities(
      csv('id\tname\tcountry\tlat\tlon', 'osaka\tOsaka\tJP\t34,6938\t135,5011'),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]).toMatchObject({ lat: 34.6938, lon: 135.5011 });
  });

  it('rejects an unquoted 34,69 in a comma file as a row with too many cells', () => {
    const result = loadCities(csv('id,name,country,lat,lon', 'osaka,Osaka,JP,34,69,135,50'));
    expect(issuesAt(result, 'cities.csv', 2)).toEqual([
      expect.objectContaining({
        column: '',
        severity: 'error',
        message: expect.stringContaining('more cells'),
      }),
    ]);
    expect(result.dataset.cities).toEqual([]);
  });

  it('rejects a quoted "34,69" in a comma file as not a number', () => {
    const result = loadCities(csv('id,name,country,lat,lon', 'osaka,Osaka,JP,"34,69",135.50'));
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 2,
        column: 'lat',
        value: '34,69',
        severity: 'error',
        code: 'not-a-number',
        params: {},
        message: 'lat must be a decimal number (like 35.68), not "34,69".',
      },
    ]);
  });

  it('does not read decimal commas in a pipe-delimited file', () => {
    const result = loadCities(csv('id|name|country|lat|lon', 'osaka|Osaka|JP|34,69|135,50'));
    expect(result.issues.map((issue) => [issue.column, issue.severity])).toEqual([
      ['lat', 'error'],
      ['lon', 'error'],
    ]);
  });

  it.each(['34,69,1', '1.234,5', '34,,69', ','])(
    'rejects "%s" in a semicolon file, reporting the value as written',
    (value) => {
      const result = loadCities(csv('id;name;country;lat;lon', `osaka;Osaka;JP;${value};135,5`));
      expect(result.issues).toMatchObject([{ column: 'lat', value, severity: 'error' }]);
    },
  );

  it('reports an out-of-range decimal comma as written, and spots swapped coordinates', () => {
    const result = loadCities(csv('id;name;country;lat;lon', 'osaka;Osaka;JP;135,5;34,69'));
    expect(result.issues).toEqual([
      expect.objectContaining({
        column: 'lat',
        value: '135,5',
        message: expect.stringContaining('lat and lon may be swapped'),
      }),
    ]);
  });
});

describe("Excel's European CSV export", () => {
  it('reads BOM, CRLF, semicolons, decimal commas and a quoted multi-line cell (fixture)', () => {
    const text = fixture('excel-semicolon/cities.csv');
    // The fixture must really be what Excel writes, or this test proves nothing.
    expect(text.startsWith('\uFEFFid;name;')).toBe(true);
    expect(text).toContain('\r\n');
    const result = loadCities(text);
    expect(result.issues).toEqual([]);
    expect(result.files.cities).toEqual({ rows: 3, accepted: 3, rejected: 0 });
    expect(result.dataset.cities).toMatchObject([
      {
        id: 'bandung',
        lat: -6.9175,
        lon: 107.6191,
        notes: 'Placed at the city hall.\nSecond line; with a semicolon and "quotes".',
      },
      { id: 'osaka', localName: '大阪市', lat: 34.6938, lon: 135.5011, population: 2750000 },
      { id: 'hcmc', lat: 10.823, lon: 106.6296 },
    ]);
  });
});

describe('cells escaped against formula injection', () => {
  it.each([
    ["'=1+2", '=1+2'],
    ["'+81 3", '+81 3'],
    ["'-note", '-note'],
    ["'@home", '@home'],
    ["''=x", "'=x"],
  ])('reads %j as %j (one leading apostrophe dropped)', (written, text) => {
    const result = loadCities(
      csv('id,name,country,lat,lon,notes,Memo', `a,A,JP,1,2,${written},${written}`),
    );
    expect(result.dataset.cities[0]).toMatchObject({ notes: text, extra: { Memo: text } });
  });

  it.each(["'plain", "'", "'1", "''"])(
    'keeps %j as written: nothing after it needs escaping',
    (written) => {
      const result = loadCities(csv('id,name,country,lat,lon,notes', `a,A,JP,1,2,${written}`));
      expect(result.dataset.cities[0]?.notes).toBe(written);
    },
  );

  it("reads an escaped negative number ('-6.9) as the number", () => {
    const result = loadCities(csv('id,name,country,lat,lon', "a,A,ID,'-6.9,107.6"));
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]?.lat).toBe(-6.9);
  });

  it('resolves escaped ids and city references', () => {
    const result = loadDataset({
      cities: csv('id,name,country,lat,lon', "'-x,X,JP,1,2", 'y,Y,JP,3,4'),
      partnerships: csv('city_a_id,city_b_id', "'-x,y"),
    });
    expect(result.issues).toEqual([]);
    expect(result.dataset.partnerships).toMatchObject([{ cityAId: '-x', cityBId: 'y' }]);
  });
});
