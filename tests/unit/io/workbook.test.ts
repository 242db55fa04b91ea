/**
 * Excel workbooks: sheets placed by name or header, cells read as a CSV export would write them,
 * and every workbook that cannot be read named with a clear issue. The workbooks are written here
 * with the same library (SheetJS), except one committed fixture saved by Gnumeric.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/load';
import { isWorkbook, kindOfSheetName, readWorkbook } from '../../../src/io/workbook';
import { inEnglish } from './helpers';

type Cell = string | number | boolean | Date | null | XLSX.CellObject;

/** An .xlsx of `sheets` (name → rows), as bytes. */
function workbook(sheets: Record<string, Cell[][]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const CITY_HEADER = ['id', 'name', 'country', 'lat', 'lon'];
const CITY_ROWS: Cell[][] = [
  CITY_HEADER,
  ['tokyo', 'Tokyo', 'JP', 35.68, 139.69],
  ['hanoi', 'Hanoi', 'VN', 21.03, 105.85],
];
const WORKSHOP_ROWS: Cell[][] = [
  ['id', 'title', 'start_date', 'host_city_ids'],
  ['w1', 'Waste', '2017-11-06', 'tokyo'],
];
const PARTNERSHIP_ROWS: Cell[][] = [
  ['city_a_id', 'city_b_id', 'start_year'],
  ['tokyo', 'hanoi', 2004],
];

/** The CSV text a workbook of one sheet `rows` gives, under whatever kind it was placed. */
async function csvOf(rows: Cell[][], sheet = 'cities') {
  const read = await readWorkbook(workbook({ [sheet]: rows }), 'Book.xlsx');
  return { text: Object.values(read.texts)[0] as string, read };
}

const NO_ISSUES: never[] = [];

describe('sheets placed as the files', () => {
  it('reads sheets named in English, in any case, with a copy number', async () => {
    const bytes = workbook({
      Cities: CITY_ROWS,
      'Workshops (2)': WORKSHOP_ROWS,
      PARTNERSHIPS: PARTNERSHIP_ROWS,
    });
    const read = await readWorkbook(bytes, 'Book.xlsx');
    expect(read.issues).toEqual(NO_ISSUES);
    expect(read.names).toEqual({
      cities: 'Book.xlsx › Cities',
      workshops: 'Book.xlsx › Workshops (2)',
      partnerships: 'Book.xlsx › PARTNERSHIPS',
    });
    expect(read.texts.cities).toBe(
      'id,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\nhanoi,Hanoi,VN,21.03,105.85\n',
    );
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.issues).toEqual(NO_ISSUES);
    expect(load.files).toMatchObject({
      cities: { rows: 2, accepted: 2 },
      workshops: { rows: 1, accepted: 1 },
      partnerships: { rows: 1, accepted: 1 },
    });
  });

  it('knows the sheet names in English and Japanese', () => {
    expect(
      ['Cities (2)', '都市', '都市一覧', 'city', '研修', 'ワークショップ', 'Trainings'].map(
        kindOfSheetName,
      ),
    ).toEqual(['cities', 'cities', 'cities', 'cities', 'workshops', 'workshops', 'workshops']);
    expect(
      ['連携', 'パートナーシップ', 'Partnerships', 'ペア', 'Pairs'].map(kindOfSheetName),
    ).toEqual(['partnerships', 'partnerships', 'partnerships', 'pairs', 'pairs']);
    expect(['Sheet1', 'Notes', 'シート1'].map(kindOfSheetName)).toEqual([null, null, null]);
  });

  it('places a sheet named 都市 by its name when its header lacks a column, so the loader names what is missing', async () => {
    const bytes = workbook({
      都市: [
        ['id', 'name', 'country', 'lon'],
        ['tokyo', 'Tokyo', 'JP', 139.69],
      ],
      研修: WORKSHOP_ROWS,
      連携: PARTNERSHIP_ROWS,
    });
    const read = await readWorkbook(bytes, 'Book.xlsx');
    expect(read.names).toEqual({
      cities: 'Book.xlsx › 都市',
      workshops: 'Book.xlsx › 研修',
      partnerships: 'Book.xlsx › 連携',
    });
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.issues).toContainEqual(
      expect.objectContaining({
        file: 'Book.xlsx › 都市',
        row: 1,
        code: 'missing-column',
        column: 'lat',
      }),
    );
  });

  it('places an unnamed sheet by its header', async () => {
    const read = await readWorkbook(workbook({ Sheet1: CITY_ROWS }), 'Book.xlsx');
    expect(read.names).toEqual({ cities: 'Book.xlsx › Sheet1' });
  });

  it('reads a workbook of a single sheet of pairs as a pair table', async () => {
    const rows: Cell[][] = [
      ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'],
      ['Kitakyushu', 'Japan', 33.88, 130.88, 'Surabaya', 'Indonesia', -7.26, 112.75],
    ];
    const read = await readWorkbook(workbook({ Sheet1: rows }), 'pairs.xlsx');
    expect(read.issues).toEqual(NO_ISSUES);
    expect(read.names).toEqual({ pairs: 'pairs.xlsx › Sheet1' });
    expect(read.texts.pairs).toBe(
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nKitakyushu,Japan,33.88,130.88,Surabaya,Indonesia,-7.26,112.75\n',
    );
  });

  it('skips a title above the header, keeping the sheet’s row numbers, and blank columns to its left', async () => {
    const rows: Cell[][] = [
      [null, 'Programme cities, 2024'],
      [],
      [null, ...CITY_HEADER],
      [null, 'tokyo', 'Tokyo', 'JP', 35.68, 139.69],
      [null, 'hanoi', 'Hanoi', 'VN', 'north', 105.85],
    ];
    const { read } = await csvOf(rows, 'Sheet1');
    expect(read.texts.cities).toBe(
      '\n\nid,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\nhanoi,Hanoi,VN,north,105.85\n',
    );
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.issues.map((issue) => [issue.file, issue.row, issue.column, issue.code])).toEqual([
      ['Book.xlsx › Sheet1', 5, 'lat', 'not-a-number'],
    ]);
  });

  it('reads the first of two sheets of one kind and warns about the second', async () => {
    const bytes = workbook({ Cities: CITY_ROWS, 'Cities (old)': CITY_ROWS });
    const read = await readWorkbook(bytes, 'Book.xlsx');
    expect(read.names).toEqual({ cities: 'Book.xlsx › Cities' });
    expect(read.issues).toEqual([
      expect.objectContaining({
        file: 'Book.xlsx › Cities (old)',
        severity: 'warning',
        code: 'workbook-repeated-sheet',
        params: { first: 'Cities' },
      }),
    ]);
  });

  it('warns about a sheet it cannot place beside ones it can', async () => {
    const bytes = workbook({ Cities: CITY_ROWS, Notes: [['Ask Ms Sato about Hanoi']] });
    const read = await readWorkbook(bytes, 'Book.xlsx');
    expect(read.issues.map((issue) => [issue.file, issue.severity, issue.code])).toEqual([
      ['Book.xlsx › Notes', 'warning', 'workbook-sheet-skipped'],
    ]);
  });
});

describe('cells as a CSV export writes them', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('writes a date cell as 2017-11-06 whatever the time zone', async () => {
    for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = zone;
      const rows: Cell[][] = [
        ['id', 'title', 'start_date', 'end_date'],
        ['w1', 'Waste', new Date(2017, 10, 6), new Date(2017, 10, 10, 23, 30)],
        // A date stored as a serial with a date format, as most spreadsheet programs save it.
        [
          'w2',
          'Water',
          { t: 'n', v: 43045, z: 'yyyy/m/d' },
          { t: 'n', v: 43049.75, z: 'd mmm yyyy h:mm' },
        ],
      ];
      const { text } = await csvOf(rows, 'workshops');
      expect(text, zone).toBe(
        'id,title,start_date,end_date\nw1,Waste,2017-11-06,2017-11-10\nw2,Water,2017-11-06,2017-11-10\n',
      );
    }
  });

  it('writes numbers as plain decimals: all their digits, no separators, no exponent, no float noise', async () => {
    const rows: Cell[][] = [
      ['id', 'name', 'country', 'lat', 'lon', 'population'],
      ['a', 'A', 'JP', 35.689500000000002, 139.69, { t: 'n', v: 12345678901234, z: '#,##0' }],
      ['b', 'B', 'JP', 0.00000015, -0.1 - 0.2, { t: 'n', v: 1234567, z: '#,##0' }],
    ];
    const { text } = await csvOf(rows);
    expect(text).toBe(
      'id,name,country,lat,lon,population\na,A,JP,35.6895,139.69,12345678901234\nb,B,JP,0.00000015,-0.3,1234567\n',
    );
  });

  it('reads a formula by its cached value', async () => {
    const rows: Cell[][] = [
      ['id', 'name', 'country', 'lat', 'lon', 'population'],
      [
        'a',
        { t: 's', v: 'Kitakyushu', f: 'PROPER("kitakyushu")' },
        'JP',
        33.88,
        130.88,
        { t: 'n', v: 940000, f: 'F3+10000' },
      ],
    ];
    const { text } = await csvOf(rows);
    expect(text).toBe('id,name,country,lat,lon,population\na,Kitakyushu,JP,33.88,130.88,940000\n');
  });

  it('reads a cached error (#REF!) as an empty cell, with a warning naming sheet, row, column and cell', async () => {
    const rows: Cell[][] = [
      CITY_HEADER,
      ['tokyo', 'Tokyo', 'JP', 35.68, 139.69],
      ['hanoi', 'Hanoi', 'VN', { t: 'e', v: 0x17, f: '#REF!+1' }, 105.85],
    ];
    const read = await readWorkbook(workbook({ 都市: rows }), 'Book.xlsx');
    expect(read.texts.cities).toBe(
      'id,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\nhanoi,Hanoi,VN,,105.85\n',
    );
    expect(read.issues.map(inEnglish)).toEqual([
      {
        file: 'Book.xlsx › 都市',
        row: 3,
        column: 'lat',
        value: '#REF!',
        severity: 'warning',
        code: 'cell-error',
        params: { cell: 'D3' },
        message:
          'Cell D3 holds the error #REF! (its formula failed), so it is read as empty. Fix the formula, or replace it by its value.',
      },
    ]);
    // The loader then rejects the row for its empty lat, in the same sheet; Tokyo is kept.
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.dataset.cities.map((city) => city.id)).toEqual(['tokyo']);
    expect(load.issues).toContainEqual(
      expect.objectContaining({
        file: 'Book.xlsx › 都市',
        row: 3,
        column: 'lat',
        code: 'required',
      }),
    );
  });

  it('quotes cells holding commas, quotes or line ends', async () => {
    const rows: Cell[][] = [
      [...CITY_HEADER, 'notes'],
      ['a', 'Ho Chi Minh City, District 1', 'VN', 10.78, 106.7, 'says "hi"\nand bye'],
    ];
    const read = await readWorkbook(workbook({ Cities: rows }), 'Book.xlsx');
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.dataset.cities[0]).toMatchObject({
      name: 'Ho Chi Minh City, District 1',
      notes: 'says "hi"\nand bye',
    });
  });
});

describe('workbooks that cannot be read', () => {
  const only = async (bytes: Uint8Array, name = 'Book.xlsx') => {
    const read = await readWorkbook(bytes, name);
    return { read, codes: read.issues.map((issue) => [issue.file, issue.severity, issue.code]) };
  };

  it('says a password-protected workbook is encrypted (an OLE container holding EncryptedPackage)', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(
      container,
      'EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]),
    );
    XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(256).fill(0xa5));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
    expect(isWorkbook('Secret.xlsx', bytes)).toBe(true);
    const { read, codes } = await only(bytes, 'Secret.xlsx');
    expect(codes).toEqual([['Secret.xlsx', 'error', 'workbook-encrypted']]);
    expect(read.texts).toEqual({});
  });

  it('says an Excel 97–2003 workbook (OLE without encryption) must be saved as .xlsx', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'Workbook', new Uint8Array(64));
    const bytes = new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer);
    expect((await only(bytes, 'Old.xls')).codes).toEqual([
      ['Old.xls', 'error', 'workbook-unsupported'],
    ]);
  });

  it('says a damaged zip is corrupt', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5]);
    expect((await only(bytes)).codes).toEqual([['Book.xlsx', 'error', 'workbook-corrupt']]);
  });

  it('reads CSV text named .xlsx as the CSV it is, with a warning', async () => {
    const text = 'id,name,country,lat,lon\ntokyo,Tokyo,JP,35.68,139.69\n';
    const bytes = new TextEncoder().encode(text);
    expect(isWorkbook('cities.xlsx', bytes)).toBe(true);
    const { read, codes } = await only(bytes, 'cities.xlsx');
    expect(codes).toEqual([['cities.xlsx', 'warning', 'workbook-is-text']]);
    expect(inEnglish(read.issues[0]!).message).toBe(
      'cities.xlsx is text, not a workbook: it is read as CSV.',
    );
    expect(read.names).toEqual({ cities: 'cities.xlsx' });
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.dataset.cities.map((city) => city.name)).toEqual(['Tokyo']);
  });

  it('reads UTF-16 text named .xlsx (as Excel saves "Unicode Text") as CSV, not as a damaged file', async () => {
    const text = 'id,name,country,lat,lon\nosaka,大阪,JP,34.69,135.50\n';
    // A BOM, then two bytes a character: every ASCII character has a NUL beside it.
    const bytes = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect([bytes[0], bytes[1], bytes[3]]).toEqual([0xff, 0xfe, 0]);
    const { read, codes } = await only(bytes, 'cities.xlsx');
    expect(codes).toEqual([['cities.xlsx', 'warning', 'workbook-is-text']]);
    expect(read.names).toEqual({ cities: 'cities.xlsx' });
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.dataset.cities.map((city) => city.name)).toEqual(['大阪']);
  });

  it('says a web page named .xlsx is not a workbook, and reads nothing from it', async () => {
    const page = '<!DOCTYPE html>\n<html><body><table><tr><td>id</td></tr></table></body></html>';
    const { read, codes } = await only(new TextEncoder().encode(page), 'export.xlsx');
    expect(codes).toEqual([['export.xlsx', 'error', 'workbook-web-page']]);
    expect(read.texts).toEqual({});
  });

  it('names the sheets found when none can be placed', async () => {
    const bytes = workbook({
      Notes: [['Ask Ms Sato']],
      Sheet2: [
        ['a', 'b'],
        [1, 2],
      ],
    });
    const { read } = await only(bytes);
    expect(read.issues.map(inEnglish)).toEqual([
      expect.objectContaining({
        file: 'Book.xlsx',
        severity: 'error',
        code: 'workbook-no-sheet',
        params: { sheets: ['Notes', 'Sheet2'] },
        message: expect.stringContaining('Sheets found: Notes, Sheet2.'),
      }),
    ]);
  });

  it('says a workbook without data (empty, or macros only) has no sheet with data', async () => {
    expect((await only(workbook({ Sheet1: [] }))).codes).toEqual([
      ['Book.xlsx', 'error', 'workbook-empty'],
    ]);
  });

  it('tells a workbook from other files by its first bytes or its name', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]);
    const csv = new TextEncoder().encode('id,name\n');
    expect(isWorkbook('download', zip)).toBe(true);
    expect(isWorkbook('Book.XLSX', csv)).toBe(true);
    expect(isWorkbook('cities.csv', csv)).toBe(false);
  });
});

describe('a workbook saved by a spreadsheet program (Gnumeric)', () => {
  it('loads its cities, workshop and partnership from sheets 都市, 研修 and 連携', async () => {
    const path = fileURLToPath(new URL('../../fixtures/workbook/programme.xlsx', import.meta.url));
    const read = await readWorkbook(new Uint8Array(readFileSync(path)), 'programme.xlsx');
    expect(read.issues).toEqual(NO_ISSUES);
    const load = loadDataset(read.texts, { names: read.names });
    expect(load.issues).toEqual(NO_ISSUES);
    expect(
      load.dataset.cities.map((c) => [c.id, c.name, c.localName, c.country, c.lat, c.population]),
    ).toEqual([
      ['kitakyushu', 'Kitakyushu', '北九州市', 'JP', 33.8834, 940000],
      ['surabaya', 'Surabaya', '', 'ID', -7.2575, 2874000],
      ['yokohama', 'Yokohama', '横浜市', 'JP', 35.4437, 3770000],
    ]);
    expect(
      load.dataset.workshops.map((w) => [w.id, w.startDate, w.endDate, w.participantCityIds]),
    ).toEqual([['w-2017-kitakyushu', '2017-11-06', '2017-11-10', ['surabaya', 'yokohama']]]);
    expect(
      load.dataset.partnerships.map((p) => [p.cityAId, p.cityBId, p.themes, p.startYear]),
    ).toEqual([['kitakyushu', 'surabaya', ['waste', 'low-carbon'], 2004]]);
  });
});
