/** loadDataset as a whole: duplicates, a missing cities.csv, row arithmetic, generated ids, reports. */
import { describe, expect, it } from 'vitest';
import { issueText, reportTranslator, validationText } from '../../../src/i18n/issues';
import type { DataFile, Issue } from '../../../src/io/issues';
import type { DatasetTexts } from '../../../src/io/load';
import { validationJson } from '../../../src/io/report';
import { CITIES, csv, errorsOf, issuesAt, loadDataset } from './helpers';

describe('duplicate ids', () => {
  it('rejects a later city whose id repeats an earlier one ignoring case, naming the earlier row', () => {
    const result = loadDataset({
      cities: csv(
        'id,name,country,lat,lon',
        'tokyo,Tokyo,JP,35.68,139.69',
        'hanoi,Hanoi,VN,21.03,105.85',
        'Tokyo,Edo,JP,35.7,139.7',
      ),
    });
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 4,
        column: 'id',
        value: 'Tokyo',
        severity: 'error',
        code: 'duplicate-id',
        params: { firstRow: 2 },
        message: expect.stringMatching(/already used in row 2/),
      },
    ]);
    expect(result.dataset.cities.map((c) => [c.id, c.name])).toEqual([
      ['tokyo', 'Tokyo'],
      ['hanoi', 'Hanoi'],
    ]);
    expect(result.files.cities).toEqual({ rows: 3, accepted: 2, rejected: 1 });
  });

  it('rejects a later workshop whose id repeats an earlier one, naming the earlier row', () => {
    const result = loadDataset({
      cities: CITIES,
      workshops: csv('id,title,start_date', 'w1,First,2020', 'w2,Second,2021', 'W1,Copy,2022'),
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'workshops.csv',
        row: 4,
        column: 'id',
        value: 'W1',
        severity: 'error',
        message: expect.stringMatching(/row 2/),
      }),
    ]);
    expect(result.dataset.workshops.map((w) => w.title)).toEqual(['First', 'Second']);
  });

  it('rejects a later partnership whose given id repeats an earlier one', () => {
    const result = loadDataset({
      cities: CITIES,
      partnerships: csv('id,city_a_id,city_b_id', 'p1,tokyo,hanoi', 'p1,tokyo,vientiane'),
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'partnerships.csv',
        row: 3,
        column: 'id',
        value: 'p1',
        severity: 'error',
        message: expect.stringMatching(/row 2/),
      }),
    ]);
    expect(result.dataset.partnerships.map((p) => p.cityBId)).toEqual(['hanoi']);
  });

  it('rejects a pair row whose id a partnerships.csv row already has, ignoring case, at its own row', () => {
    const result = loadDataset(
      {
        cities: CITIES,
        partnerships: csv('id,city_a_id,city_b_id', 'x1,tokyo,vientiane', 'p1,tokyo,hanoi'),
        pairs: csv(
          'id,city1,country1,lat1,lng1,city2,country2,lat2,lng2',
          'q1,Osaka,JP,34.69,135.50,Bandung,ID,-6.92,107.62',
          'P1,Kobe,JP,34.69,135.20,Surabaya,ID,-7.26,112.75',
        ),
      },
      { names: { pairs: 'Sister cities.csv' } },
    );
    expect(result.issues.filter((issue) => issue.code === 'duplicate-id')).toEqual([
      expect.objectContaining({
        file: 'Sister cities.csv',
        row: 3,
        column: 'id',
        value: 'P1',
        severity: 'error',
        message: expect.stringMatching(/already used in row 3/),
      }),
    ]);
    expect(result.dataset.partnerships.map((p) => p.id)).toEqual(['x1', 'p1', 'q1']);
    expect(result.files.partnerships).toEqual({ rows: 2, accepted: 2, rejected: 0 });
    expect(result.files.pairs).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
  });
});

describe('a missing cities.csv', () => {
  it('is an error at row 1 of cities.csv and gives an empty dataset', () => {
    const result = loadDataset({});
    expect(result.issues).toEqual([
      {
        file: 'cities.csv',
        row: 1,
        column: '',
        value: '',
        severity: 'error',
        code: 'missing-cities',
        params: {},
        message: expect.stringMatching(/cities\.csv is missing/),
      },
    ]);
    expect(result.dataset.cities).toEqual([]);
    expect(result.dataset.workshops).toEqual([]);
    expect(result.dataset.partnerships).toEqual([]);
    expect(result.files).toEqual({});
  });

  it('rejects every partnership, since none of their cities exist', () => {
    const result = loadDataset({ partnerships: csv('city_a_id,city_b_id', 'tokyo,hanoi') });
    expect(errorsOf(result, 'cities.csv')).toHaveLength(1);
    expect(issuesAt(result, 'partnerships.csv', 2)).toContainEqual(
      expect.objectContaining({ column: 'city_a_id', value: 'tokyo', severity: 'error' }),
    );
    expect(result.files.partnerships).toEqual({ rows: 1, accepted: 0, rejected: 1 });
    expect(result.dataset.partnerships).toEqual([]);
  });
});

describe('row arithmetic', () => {
  const texts: DatasetTexts = {
    cities: csv(
      'id,name,country,lat,lon,population',
      'tokyo,Tokyo,JP,35.68,139.69,',
      '',
      'hanoi,Hanoi,VN,21.03,105.85,many',
      'bad,Bad,JP,95,0,',
      'tokyo,Tokyo again,JP,35.68,139.69,',
      'x,X,JP,1,2,3,4',
    ),
    workshops: csv(
      'id,title,start_date,host_city_ids',
      'w1,One,2020,tokyo;nowhere',
      'w2,Two,2020-02-30,hanoi',
    ),
    partnerships: csv(
      'city_a_id,city_b_id,status',
      'tokyo,hanoi,ended',
      'tokyo,tokyo,',
      'hanoi,bad,',
      'hanoi,tokyo,paused',
    ),
  };
  const result = loadDataset(texts);

  it('counts rows = accepted + rejected for every file, matching the dataset', () => {
    expect(result.files).toEqual({
      cities: { rows: 5, accepted: 2, rejected: 3 },
      workshops: { rows: 2, accepted: 1, rejected: 1 },
      partnerships: { rows: 4, accepted: 2, rejected: 2 },
    });
    expect(result.dataset.cities).toHaveLength(2);
    expect(result.dataset.workshops).toHaveLength(1);
    expect(result.dataset.partnerships).toHaveLength(2);
  });

  it('gives every rejected row an error naming its spreadsheet row, and accepted rows none', () => {
    const errorRows = (file: DataFile) =>
      [...new Set(errorsOf(result, `${file}.csv`).map((i) => i.row))].sort();
    expect(errorRows('cities')).toEqual([5, 6, 7]);
    expect(errorRows('workshops')).toEqual([3]);
    expect(errorRows('partnerships')).toEqual([3, 4]);
  });
});

describe('generated partnership ids', () => {
  const partnerships = csv(
    'id,city_a_id,city_b_id',
    ',tokyo,hanoi',
    ',TOKYO,Hanoi',
    'tokyo--hanoi-3,hanoi,vientiane',
    ',tokyo,hanoi',
    ',hanoi,tokyo',
  );

  it('gives every partnership without an id a unique one that does not clash with given ids', () => {
    const ids = loadDataset({ cities: CITIES, partnerships }).dataset.partnerships.map((p) => p.id);
    expect(ids).toHaveLength(5);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(5);
    expect(ids[2]).toBe('tokyo--hanoi-3');
  });

  it('generates the same ids each time the same files are loaded', () => {
    const first = loadDataset({ cities: CITIES, partnerships }).dataset.partnerships.map(
      (p) => p.id,
    );
    const second = loadDataset({ cities: CITIES, partnerships }).dataset.partnerships.map(
      (p) => p.id,
    );
    expect(second).toEqual(first);
  });

  it('files partnerships with generated ids under both of their cities', () => {
    const { dataset } = loadDataset({ cities: CITIES, partnerships });
    expect(dataset.partnershipsByCity.get('vientiane')?.map((p) => p.id)).toEqual([
      'tokyo--hanoi-3',
    ]);
    expect(dataset.partnershipsByCity.get('tokyo')).toHaveLength(4);
  });
});

describe('bad input never throws and always says where', () => {
  const bad: [string, string][] = [
    ['an empty file', ''],
    ['a NUL byte', '\u0000\u0001\u0002'],
    ['replacement characters', '\uFFFD'.repeat(50)],
    ['an unterminated quote', 'id,title\n"oops'],
    ['only quotes', '""""""'],
    ['a lone surrogate', '\uD800,\uDFFF\n\uD800'],
    ['a header of delimiters', ',;\t|\n,;\t|'],
  ];

  it.each(bad)('reports %s given as any file with issues naming that file', (_name, text) => {
    for (const file of ['cities', 'workshops', 'partnerships'] as const) {
      const texts: DatasetTexts = { cities: CITIES, [file]: text };
      const result = loadDataset(texts);
      const own = result.issues.filter((i) => i.file === `${file}.csv`);
      expect(own.length).toBeGreaterThan(0);
      for (const i of own) {
        expect(i.row).toBeGreaterThanOrEqual(1);
        expect(i.message).not.toBe('');
      }
      const counts = result.files[file];
      expect(counts && counts.rows).toBe((counts?.accepted ?? NaN) + (counts?.rejected ?? NaN));
    }
  });
});

const english = reportTranslator('en');
const word = (issue: Issue) => issueText(english, issue);

describe('report', () => {
  const withError = loadDataset({
    cities: csv('id,name,country,lat,lon', 'tokyo,Tokyo,JP,95,139.69'),
  });
  const withWarning = loadDataset({
    cities: csv('id,name,country,lat,lon,population', 'tokyo,Tokyo,JP,35.68,139.69,lots'),
  });

  it('validationJson has exactly the keys ok, files and issues', () => {
    expect(Object.keys(validationJson(withError, word)).sort()).toEqual(['files', 'issues', 'ok']);
  });

  it('validationJson is not ok when any issue is an error', () => {
    const json = validationJson(withError, word);
    expect(json.ok).toBe(false);
    expect(json.issues).toEqual(withError.issues);
    expect(json.files).toEqual({ cities: { rows: 1, accepted: 0, rejected: 1 } });
  });

  it('validationJson is ok when there are only warnings', () => {
    expect(validationJson(withWarning, word).ok).toBe(true);
  });

  it('validationJson leaves absent files out of `files`', () => {
    const json = validationJson(
      loadDataset({ cities: CITIES, partnerships: 'city_a_id,city_b_id\ntokyo,hanoi' }),
      word,
    );
    expect(Object.keys(json.files).sort()).toEqual(['cities', 'partnerships']);
    expect(Object.keys(validationJson(loadDataset({}), word).files)).toEqual([]);
  });

  it('validationJson survives a JSON round trip unchanged', () => {
    const json = validationJson(withError, word);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('validationText lists counts and each issue with row, column and value, then the verdict', () => {
    const text = validationText(english, withError);
    expect(text).toMatch(/^cities\.csv: 1 rows?, 0 accepted, 1 rejected$/m);
    expect(text).toMatch(/error\s+row 2, column lat \(value: "95"\): lat must be between/);
    expect(text.split('\n').at(-1)).toMatch(/^FAILED: 1 error/);
    expect(validationText(english, withWarning).split('\n').at(-1)).toMatch(
      /^OK: no errors, 1 warning/,
    );
  });
});

describe('progress', () => {
  it('rises from the first rows of each file to 1, never back', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `c${i},City ${i},JP,35,139`);
    const progress: number[] = [];
    loadDataset(
      { cities: csv('id,name,country,lat,lon', ...rows), partnerships: 'city_a_id,city_b_id' },
      { onProgress: (done) => progress.push(done) },
    );
    // A bar that moves while the rows are read, not once at the end of each file.
    expect(progress.filter((done) => done > 0 && done < 0.5).length).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });
});
