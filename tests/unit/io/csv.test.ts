/** The CSV text itself: headers, delimiters, line ends, quotes, row shapes, non-CSV input. */
import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/io/columns';
import type { IssueCode } from '../../../src/io/issues';
import { detectDelimiter, readCsv } from '../../../src/io/csv';
import { CITIES, csv, issuesAt, issuesOf, loadDataset } from './helpers';

const HEADER = 'id,name,country,lat,lon';
const TOKYO = 'tokyo,Tokyo,JP,35.68,139.69';
const HANOI = 'hanoi,Hanoi,VN,21.03,105.85';

const loadCities = (text: string) => loadDataset({ cities: text });
const cityIds = (text: string) => loadCities(text).dataset.cities.map((city) => city.id);

describe('headers', () => {
  it('normalises case, surrounding spaces, and space/-/_ runs to the contract name', () => {
    expect(normaliseHeader('  Start Year ')).toBe('start_year');
    expect(normaliseHeader('start-year')).toBe('start_year');
    expect(normaliseHeader('START__YEAR')).toBe('start_year');
    expect(normaliseHeader('City A  ID')).toBe('city_a_id');
  });

  it('loads cities whose headers are written in any case, spacing and separator style', () => {
    const result = loadCities(
      csv(' ID ,Name,COUNTRY,Lat,LON,Local-Name', 'tokyo,Tokyo,JP,35.68,139.69,東京'),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities).toMatchObject([
      { id: 'tokyo', name: 'Tokyo', localName: '東京', lat: 35.68 },
    ]);
  });

  it('reads "Start Year" and "city-a-id" style headers in partnerships.csv', () => {
    const result = loadDataset({
      cities: CITIES,
      partnerships: csv('City A ID,city-b-id,Start Year,END_YEAR', 'tokyo,hanoi,2010,2015'),
    });
    expect(result.issues).toEqual([]);
    expect(result.dataset.partnerships).toMatchObject([
      { cityAId: 'tokyo', cityBId: 'hanoi', startYear: 2010, endYear: 2015 },
    ]);
  });

  it('keeps columns the contract does not know in `extra`, by their header as written', () => {
    const result = loadCities(csv(`${HEADER},Budget (JPY),Contact`, `${TOKYO},1000,Aoki`));
    // Each unknown column is reported once, at the header, and its cells are still kept.
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 1, column: '', value: 'Budget (JPY)', severity: 'warning' }),
      expect.objectContaining({ row: 1, column: '', value: 'Contact', severity: 'warning' }),
    ]);
    expect(result.dataset.cities[0]?.extra).toEqual({ 'Budget (JPY)': '1000', Contact: 'Aoki' });
  });

  it('warns about a repeated header, uses the first column, and keeps the second as extra', () => {
    const result = loadCities(csv(`${HEADER},Name`, 'tokyo,Tokyo,JP,35.68,139.69,Edo'));
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 1,
        column: 'name',
        value: 'Name',
        severity: 'warning',
        code: 'repeated-column',
        params: {},
        message: expect.stringContaining('appears twice'),
      },
    ]);
    const city = result.dataset.cities[0];
    expect(city?.name).toBe('Tokyo');
    expect(Object.values(city?.extra ?? {})).toEqual(['Edo']);
  });

  it('treats "Start Year" and "start_year" in one header as the same column, repeated', () => {
    const result = loadDataset({
      cities: CITIES,
      partnerships: csv('city_a_id,city_b_id,Start Year,start_year', 'tokyo,hanoi,2010,1999'),
    });
    expect(issuesOf(result, 'partnerships.csv')).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'start_year',
        value: 'start_year',
        severity: 'warning',
      }),
    ]);
    expect(result.dataset.partnerships[0]?.startYear).toBe(2010);
  });

  it('reports a missing required column at row 1 by name, and rejects every row with its own error', () => {
    const result = loadCities(
      csv('id,name,country,lon', 'tokyo,Tokyo,JP,139.69', 'hanoi,Hanoi,VN,105.85'),
    );
    expect(issuesAt(result, 'cities.csv', 1)).toEqual([
      {
        file: 'cities.csv',
        row: 1,
        column: 'lat',
        value: '',
        severity: 'error',
        code: 'missing-column',
        params: { found: ['id', 'name', 'country', 'lon'] },
        message: expect.stringContaining('"lat"'),
      },
    ]);
    for (const row of [2, 3]) {
      expect(issuesAt(result, 'cities.csv', row)).toContainEqual(
        expect.objectContaining({ column: 'lat', severity: 'error' }),
      );
    }
    expect(result.files.cities).toEqual({ rows: 2, accepted: 0, rejected: 2 });
  });
});

describe('delimiters', () => {
  it('detects the delimiter the header line uses most, ignoring quoted text', () => {
    expect(detectDelimiter('id,name,country\n')).toBe(',');
    expect(detectDelimiter('id;name;"a,b,c,d"\nx,y,z')).toBe(';');
    expect(detectDelimiter('id\tname\tcountry')).toBe('\t');
    expect(detectDelimiter('id')).toBe(',');
  });

  it('reads a semicolon-delimited file and keeps commas inside its cells', () => {
    const result = loadCities(
      csv('id;name;country;lat;lon', 'hcmc;Ho Chi Minh City, District 1;VN;10.78;106.70'),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities).toMatchObject([
      { id: 'hcmc', name: 'Ho Chi Minh City, District 1', lon: 106.7 },
    ]);
  });

  it('reads a tab-delimited file', () => {
    const result = loadCities(
      csv('id\tname\tcountry\tlat\tlon', 'tokyo\tTokyo, Japan\tJP\t35.68\t139.69'),
    );
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities).toMatchObject([{ id: 'tokyo', name: 'Tokyo, Japan' }]);
  });
});

describe('encodings and line ends', () => {
  it('ignores a UTF-8 byte order mark before the header', () => {
    const result = loadCities(`\uFEFF${csv(HEADER, TOKYO)}`);
    expect(result.issues).toEqual([]);
    expect(cityIds(`\uFEFF${csv(HEADER, TOKYO)}`)).toEqual(['tokyo']);
  });

  it('reads CRLF line ends without leaving a carriage return in the last cell', () => {
    const result = loadCities(`${HEADER},notes\r\n${TOKYO},capital\r\n${HANOI},\r\n`);
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities.map((city) => city.notes)).toEqual(['capital', '']);
  });

  it('reads an Excel-style export: BOM, CRLF and semicolons together', () => {
    const text =
      '\uFEFFid;name;country;lat;lon\r\ntokyo;Tokyo;JP;35.68;139.69\r\nhanoi;Hanoi;VN;21.03;105.85\r\n';
    const result = loadCities(text);
    expect(result.issues).toEqual([]);
    expect(result.files.cities).toEqual({ rows: 2, accepted: 2, rejected: 0 });
  });
});

describe('mixed line ends', () => {
  const NARA = 'nara,Nara,JP,34.68,135.8';

  it.each([
    ['a CRLF header with LF rows', `${HEADER}\r\n${TOKYO}\n${HANOI}\n${NARA}\n`],
    ['an LF header with CRLF rows', `${HEADER}\n${TOKYO}\r\n${HANOI}\r\n${NARA}`],
    ['CR and LF mixed', `${HEADER}\r${TOKYO}\n${HANOI}\r${NARA}\r`],
    ['CR only (old Mac)', `${HEADER}\r${TOKYO}\r${HANOI}\r${NARA}`],
  ])('loads every row of %s', (_name, text) => {
    const result = loadCities(text);
    expect(result.issues).toEqual([]);
    expect(result.files.cities).toEqual({ rows: 3, accepted: 3, rejected: 0 });
    expect(result.dataset.cities.map((c) => [c.id, c.lon])).toEqual([
      ['tokyo', 139.69],
      ['hanoi', 105.85],
      ['nara', 135.8],
    ]);
  });

  it('keeps the spreadsheet row numbers and quoted multi-line cells as written', () => {
    const text =
      `${HEADER},notes\r\n\r\n` +
      `${TOKYO},"two\r\nlines"\n` +
      `${HANOI},"one\rtwo\nthree"\r` +
      `bad,Bad,JP,95,1,\n` +
      `${NARA},\r\n`;
    const result = loadCities(text);
    expect(result.dataset.cities.map((c) => [c.id, c.notes])).toEqual([
      ['tokyo', 'two\r\nlines'],
      ['hanoi', 'one\rtwo\nthree'],
      ['nara', ''],
    ]);
    // Header row 1, a blank row 2, then one spreadsheet row per record.
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 5, column: 'lat', value: '95', severity: 'error' }),
    ]);
  });
});

describe('control characters', () => {
  it('removes a NUL beyond the first 4 KB from the id and name, with a warning naming the cell', () => {
    const filler = Array.from(
      { length: 100 },
      (_, i) => `c${i},City number ${i} of many,JP,35.5,135.5`,
    );
    const text = csv(HEADER, ...filler, 'os\u0000aka,Osa\u0000ka\u0007,JP,34.69,135.5');
    expect(text.indexOf('\u0000')).toBeGreaterThan(4096);
    const result = loadCities(text);
    expect(result.dataset.cities.at(-1)).toMatchObject({ id: 'osaka', name: 'Osaka' });
    expect(issuesAt(result, 'cities.csv', 102)).toEqual([
      expect.objectContaining({
        column: 'id',
        value: 'os\u0000aka',
        severity: 'warning',
        message: expect.stringMatching(/control characters \(U\+0000\).*"osaka"/),
      }),
      expect.objectContaining({
        column: 'name',
        value: 'Osa\u0000ka\u0007',
        severity: 'warning',
        message: expect.stringMatching(/U\+0000, U\+0007/),
      }),
    ]);
    expect(result.files.cities).toEqual({ rows: 101, accepted: 101, rejected: 0 });
  });

  it('removes control characters from extra columns and headers too', () => {
    const result = loadCities(csv(`${HEADER},me\u0001mo`, `${TOKYO},no\u001fte`));
    expect(result.dataset.cities[0]?.extra).toEqual({ memo: 'note' });
    expect(result.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [1, '', 'warning'],
      [1, '', 'warning'], // the unknown column "memo"
      [2, 'memo', 'warning'],
    ]);
  });

  it('reports, not skips, a line of nothing but control characters', () => {
    const result = loadCities(csv(HEADER, TOKYO, '\u0001'));
    expect(result.files.cities).toEqual({ rows: 2, accepted: 1, rejected: 1 });
    expect(issuesAt(result, 'cities.csv', 3).map((i) => i.severity)).toContain('warning');
  });
});

describe('rows', () => {
  it('does not count blank, whitespace-only or comma-only lines as rows, but numbers later rows as the spreadsheet does', () => {
    const result = loadCities(csv(HEADER, '', TOKYO, '   ', ',,,,', 'bad,Bad,JP,95,0'));
    expect(result.files.cities).toEqual({ rows: 2, accepted: 1, rejected: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'cities.csv',
        row: 6,
        column: 'lat',
        value: '95',
        severity: 'error',
      }),
    ]);
  });

  it('reads missing trailing cells as empty, so a row without its optional cells is kept', () => {
    const result = loadCities(csv(`${HEADER},kind,population`, TOKYO));
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities).toMatchObject([{ id: 'tokyo', kind: '', population: null }]);
  });

  it('rejects a row whose missing cell is a required one, naming that column', () => {
    const result = loadCities(csv(HEADER, 'tokyo,Tokyo,JP,35.68', HANOI));
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 2,
        column: 'lon',
        value: '',
        severity: 'error',
        code: 'required',
        params: {},
        message: expect.stringContaining('lon'),
      },
    ]);
    expect(cityIds(csv(HEADER, 'tokyo,Tokyo,JP,35.68', HANOI))).toEqual(['hanoi']);
  });

  it('rejects a row with more cells than the header, showing the surplus, and keeps its neighbours', () => {
    const result = loadCities(csv(HEADER, TOKYO, 'osaka,Osaka,JP,34.69,135.50,surplus', HANOI));
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 3,
        column: '',
        value: expect.stringContaining('surplus'),
        severity: 'error',
        code: 'too-many-cells',
        params: { expected: 5 },
        message: expect.stringContaining('more cells'),
      },
    ]);
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['tokyo', 'hanoi']);
  });
});

describe('quotes', () => {
  it('reads quoted cells holding commas and doubled quotes', () => {
    const result = loadCities(csv(HEADER, 'hcmc,"Ho Chi Minh City, ""Saigon""",VN,10.78,106.70'));
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]?.name).toBe('Ho Chi Minh City, "Saigon"');
  });

  it('counts a quoted cell spanning several lines as one spreadsheet row', () => {
    const result = loadCities(
      csv(
        `${HEADER},notes`,
        `${TOKYO},"first line`,
        'second line"',
        `${HANOI},`,
        'bad,Bad,JP,95,0,',
      ),
    );
    expect(result.dataset.cities[0]?.notes).toBe('first line\nsecond line');
    expect(result.files.cities).toEqual({ rows: 3, accepted: 2, rejected: 1 });
    // The bad city is the spreadsheet's row 4 (header, Tokyo, Hanoi, bad), not line 5 of the text.
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 4, column: 'lat', value: '95' }),
    ]);
  });

  it('reports an unterminated quote as an error on its row and keeps the rows before it', () => {
    const result = loadCities(
      csv(HEADER, TOKYO, 'hanoi,"Hanoi,VN,21.03,105.85', 'osaka,Osaka,JP,34.69,135.50'),
    );
    expect(issuesAt(result, 'cities.csv', 3)).toContainEqual({
      file: 'cities.csv',
      row: 3,
      column: '',
      value: '',
      severity: 'error',
      code: 'quote-unclosed',
      params: {},
      message: expect.stringMatching(/quote/i),
    });
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['tokyo']);
    expect(result.files.cities?.rejected).toBe(1);
  });

  it('reports a malformed quote on its row and keeps the rows on either side', () => {
    const result = loadCities(csv(HEADER, TOKYO, 'osaka,"Osaka"x",JP,34.69,135.50', HANOI));
    expect(issuesAt(result, 'cities.csv', 3)).toContainEqual({
      file: 'cities.csv',
      row: 3,
      column: '',
      value: '',
      severity: 'error',
      code: 'quote-malformed',
      params: {},
      message: expect.stringMatching(/quote/i),
    });
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['tokyo', 'hanoi']);
  });

  it('reports an unterminated quote in the header at row 1 instead of silently swallowing the data', () => {
    const result = loadCities(csv(`${HEADER},"notes`, `${TOKYO},x`, `${HANOI},y`));
    expect(issuesAt(result, 'cities.csv', 1)).toContainEqual({
      file: 'cities.csv',
      row: 1,
      column: '',
      value: '',
      severity: 'error',
      code: 'header-quote-unclosed',
      params: {},
      message: expect.stringMatching(/quote/i),
    });
  });

  it('does not blame the first data row for a malformed quote in the header', () => {
    const result = loadCities(csv(`${HEADER},"no"tes"`, `${TOKYO},x`, `${HANOI},y`));
    expect(issuesAt(result, 'cities.csv', 2)).toEqual([]);
    expect(issuesAt(result, 'cities.csv', 1)).toContainEqual(
      expect.objectContaining({
        file: 'cities.csv',
        row: 1,
        column: '',
        message: expect.stringMatching(/quote/i),
      }),
    );
    expect(result.dataset.cities.map((city) => city.id)).toEqual(['tokyo', 'hanoi']);
  });

  it('reports a stray opening quote on the last line as an unterminated quote on that row', () => {
    const result = loadCities(csv(HEADER, TOKYO, '"'));
    expect(result.issues).toContainEqual({
      file: 'cities.csv',
      row: 3,
      column: '',
      value: '',
      severity: 'error',
      code: 'quote-unclosed',
      params: {},
      message: expect.stringMatching(/quote/i),
    });
    expect(cityIds(csv(HEADER, TOKYO, '"'))).toEqual(['tokyo']);
  });
});

describe('reading row by row', () => {
  it('hands over each row as it is split, with the share of the text read so far', () => {
    const osaka = 'osaka,Osaka,JP,34.69,135.50';
    const seen: { row: number; id: string | undefined; done: number }[] = [];
    readCsv(csv(HEADER, TOKYO, '', HANOI, osaka), 'cities', [], (row, done) =>
      seen.push({ row: row.row, id: row.cells.get('id'), done }),
    );
    // The blank line is skipped but counted, so rows keep the spreadsheet's numbers.
    expect(seen.map(({ row, id }) => [row, id])).toEqual([
      [2, 'tokyo'],
      [4, 'hanoi'],
      [5, 'osaka'],
    ]);
    // A loader's progress rises row by row rather than jumping once the whole text is split.
    const shares = seen.map(({ done }) => done);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares[0]).toBeLessThan(0.6);
    expect(shares[1]).toBeGreaterThan(shares[0]!);
    expect(shares[2]).toBeGreaterThan(shares[1]!);
    expect(shares[2]).toBeLessThanOrEqual(1);
  });
});

describe('files that are not CSV tables', () => {
  const fileError = (message: RegExp, code: IssueCode) => ({
    file: 'cities.csv',
    row: 1,
    column: '',
    value: '',
    severity: 'error',
    code,
    params: {},
    message: expect.stringMatching(message),
  });

  it('rejects an empty file with an error at row 1', () => {
    const result = loadCities('');
    expect(result.issues).toEqual([fileError(/empty/, 'empty-file')]);
    expect(result.files.cities).toEqual({ rows: 0, accepted: 0, rejected: 0 });
  });

  it('treats a file of only blank lines as empty', () => {
    expect(loadCities('\n \r\n\t\n').issues).toEqual([fileError(/empty/, 'empty-file')]);
  });

  it('warns (not errors) about a file that has a header but no data rows', () => {
    for (const text of [HEADER, `${HEADER}\r\n`, `${HEADER}\n\n\n`]) {
      const result = loadCities(text);
      expect(result.issues).toEqual([
        {
          file: 'cities.csv',
          row: 1,
          column: '',
          value: '',
          severity: 'warning',
          code: 'no-data-rows',
          params: {},
          message: expect.stringContaining('no data rows'),
        },
      ]);
      expect(result.files.cities).toEqual({ rows: 0, accepted: 0, rejected: 0 });
    }
  });

  it('says a file has no data rows even when another file has errors', () => {
    const result = loadDataset({
      cities: csv(HEADER, TOKYO, 'bad,Bad,JP,95,139'),
      workshops: 'id,title,start_date,host_city_ids',
    });
    expect(result.issues.map(({ file, code }) => [file, code])).toEqual([
      ['cities.csv', 'out-of-range'],
      ['workshops.csv', 'no-data-rows'],
    ]);
  });

  it('rejects text containing NUL characters as a binary file', () => {
    const result = loadCities(`PK\u0003\u0004\u0000\u0000${HEADER}\n${TOKYO}`);
    expect(result.issues).toEqual([fileError(/binary/, 'not-text')]);
    expect(result.dataset.cities).toEqual([]);
  });

  it('rejects a binary file decoded as UTF-8 (many replacement characters) as binary', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 64));
    const result = loadCities(new TextDecoder().decode(bytes));
    expect(result.issues).toEqual([fileError(/binary/, 'not-text')]);
    expect(result.files.cities).toEqual({ rows: 0, accepted: 0, rejected: 0 });
  });

  it('loads a real CSV that has just one mis-decoded character', () => {
    const result = loadCities(csv(HEADER, 'hue,Hu\uFFFD,VN,16.46,107.59'));
    expect(result.issues).toEqual([]);
    expect(result.dataset.cities[0]?.name).toBe('Hu\uFFFD');
  });
});

describe('layout quirks of exported files', () => {
  it('skips blank lines above the header and still numbers rows as the spreadsheet does', () => {
    const result = loadCities(csv('', '', HEADER, TOKYO, 'bad,Bad,JP,95,135'));
    expect(cityIds(csv('', '', HEADER, TOKYO))).toEqual(['tokyo']);
    expect(issuesAt(result, 'cities.csv', 5)).toMatchObject([{ column: 'lat', value: '95' }]);
  });

  it('keeps a column named "__proto__" as data, not as the record prototype', () => {
    const [city] = loadCities(csv(`${HEADER},__proto__`, `${TOKYO},kept`)).dataset.cities;
    expect(Object.keys(city!.extra)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(city!.extra, '__proto__')?.value).toBe('kept');
  });

  it('reports the overflowing cells of a semicolon file as written, joined by semicolons', () => {
    const result = loadCities(csv('id;name;country;lat;lon', 'tokyo;Tokyo;JP;35.68;139.69;x;y'));
    expect(issuesAt(result, 'cities.csv', 2)).toMatchObject([{ severity: 'error', value: 'x;y' }]);
  });
});
