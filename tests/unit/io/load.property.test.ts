/** Properties of loadDataset over arbitrary input: it never throws and always accounts for every row. */
import fc from 'fast-check';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../../src/io/columns';
import { DATA_FILES, SEVERITIES, type DataFile } from '../../../src/io/issues';
import { unescapeFormula } from '../../../src/io/formula';
import { CITIES, loadDataset, type EnglishLoad } from './helpers';

const NUM_RUNS = 300;
const FILE_NAMES = DATA_FILES.map((file) => `${file}.csv`);

/**
 * The loader's promises for any input: each present file has counts with rows = accepted +
 * rejected, accepted matches the dataset, and (when the file as a whole is not at fault) the
 * rejected rows are exactly the data rows that have an error issue.
 */
function checkAccounting(texts: Partial<Record<DataFile, string>>, result: EnglishLoad): void {
  for (const issue of result.issues) {
    expect(FILE_NAMES).toContain(issue.file);
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(SEVERITIES).toContain(issue.severity);
    expect(typeof issue.column).toBe('string');
    expect(typeof issue.value).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  for (const file of DATA_FILES) {
    const counts = result.files[file];
    if (texts[file] === undefined) {
      expect(counts).toBeUndefined();
      continue;
    }
    if (!counts) throw new Error(`${file}.csv is present but has no counts`);
    expect(counts.rows).toBe(counts.accepted + counts.rejected);
    expect(counts.accepted).toBe(result.dataset[file].length);

    const errors = result.issues.filter((i) => i.file === `${file}.csv` && i.severity === 'error');
    if (errors.some((i) => i.row === headerRowOf(texts[file]!))) continue;
    const rowsWithErrors = new Set(errors.map((i) => i.row));
    expect(rowsWithErrors.size).toBe(counts.rejected);
  }
}

/** The header's spreadsheet row: blank lines above it are skipped but still counted. */
function headerRowOf(text: string): number {
  if (text.trim() === '') return 1; // an empty file is reported at row 1
  const leading = /^\uFEFF?(?:[ \t]*\r?\n|[ \t]*\r)*/.exec(text)![0];
  return 1 + (leading.match(/\r?\n|\r/g)?.length ?? 0);
}

/** Any text a user might hand over, including undecodable and astral characters. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

/** Any subset of the three files, each any text. */
const anyFiles: fc.Arbitrary<Partial<Record<DataFile, string>>> = fc.record(
  { cities: anyText, workshops: anyText, partnerships: anyText },
  { requiredKeys: [] },
);

/** Cells likely to hit the loader's rules, plus arbitrary text. */
const interestingCell = fc.constantFrom(
  '',
  ' ',
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  'tokyo',
  'TOKYO',
  'hanoi',
  'vientiane',
  'JP',
  'vn',
  'Viet Nam',
  '35.68',
  '139.69',
  '95',
  '-200',
  'abc',
  '2020-02-30',
  '2020-05',
  '2019',
  '1899',
  '2010',
  'active',
  'paused',
  'http://example.org',
  'ftp://x',
  'tokyo;hanoi;atlantis',
  '\uFEFF',
  '\uFFFD',
);
const anyCell = fc.oneof(interestingCell, fc.string(), fc.string({ unit: 'binary', maxLength: 8 }));

/** Values a column accepts, so that generated rows are often loaded and sometimes rejected. */
const VALID: Record<string, readonly string[]> = {
  id: ['tokyo', 'hanoi', 'vientiane', 'Tokyo', 'w1', 'w2', 'p1', ''],
  name: ['Tokyo', 'Hà Nội'],
  title: ['Workshop'],
  country: ['JP', 'vn', 'Viet Nam', 'Laos'],
  lat: ['35.68', '-10', '0'],
  lon: ['139.69', '105.8', '-180'],
  population: ['', '1000'],
  start_date: ['2020-05-01', '2020-05', '2019'],
  end_date: ['', '2020-06', '2018'],
  host_city_ids: ['tokyo', 'hanoi;VIENTIANE', ''],
  participant_city_ids: ['', 'hanoi', 'atlantis'],
  city_a_id: ['tokyo', 'Hanoi'],
  city_b_id: ['vientiane', 'hanoi'],
  start_year: ['', '2010'],
  end_year: ['', '2015', '2005'],
  status: ['', 'ended', 'Proposed'],
  url: ['', 'https://example.org'],
};
const valueFor = (column: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(VALID[column] ?? ['', 'text'])) },
    { weight: 1, arbitrary: anyCell },
  );

/** Writes a cell plain, properly quoted, or (rarely) with a quote that is never closed. */
const written = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(
      value,
      fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'quoted', 'quoted', 'broken'),
    )
    .map(([text, style]) =>
      style === 'plain' ? text : style === 'quoted' ? `"${text.replace(/"/g, '""')}"` : `"${text}`,
    );

/** A header: usually the file's required columns plus some others (shuffled), else arbitrary cells. */
function headerFor(file: DataFile): fc.Arbitrary<string[]> {
  const names = COLUMNS[file].map((c) => c.name);
  const required = COLUMNS[file].filter((c) => c.required).map((c) => c.name);
  const contractLike = fc
    .tuple(fc.subarray(names), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }))
    .map(([some, unknown]) => [...new Set([...required, ...some]), ...unknown]);
  const anything = fc.array(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })), {
    minLength: 1,
    maxLength: 8,
  });
  return fc
    .oneof({ weight: 4, arbitrary: contractLike }, { weight: 1, arbitrary: anything })
    .chain((header) =>
      fc.shuffledSubarray(header, { minLength: header.length, maxLength: header.length }),
    );
}

/** One data row for `header`: mostly plausible cells, sometimes one cell short or one too many. */
const rowFor = (header: string[]) =>
  fc
    .tuple(
      fc.tuple(...header.map((column) => written(valueFor(column)))),
      fc.constantFrom(0, 0, 0, -1, 1),
      anyCell,
    )
    .map(([cells, change, spare]) =>
      change < 0 ? cells.slice(0, -1) : change > 0 ? [...cells, spare] : cells,
    );

/** A CSV-shaped text for `file`: header and rows joined by a delimiter and line ends, maybe a BOM. */
const csvShaped = (file: DataFile) =>
  fc
    .record({
      bom: fc.boolean(),
      delimiter: fc.constantFrom(',', ';', '\t'),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      header: headerFor(file),
    })
    .chain(({ header, ...rest }) =>
      fc
        .array(fc.oneof(rowFor(header), fc.constant([] as string[])), { maxLength: 10 })
        .map((rows) => ({ ...rest, header, rows })),
    )
    .map(
      ({ bom, delimiter, lineEnd, header, rows }) =>
        (bom ? '\uFEFF' : '') +
        [header, ...rows].map((cells) => cells.join(delimiter)).join(lineEnd),
    );

const csvShapedFiles: fc.Arbitrary<Partial<Record<DataFile, string>>> = fc.record(
  {
    cities: fc.oneof(fc.constant(CITIES), csvShaped('cities')),
    workshops: csvShaped('workshops'),
    partnerships: csvShaped('partnerships'),
  },
  { requiredKeys: [] },
);

describe('loadDataset on arbitrary input', () => {
  it('never throws and accounts for every row when each file is any string', () => {
    fc.assert(
      // With the map of countries (as the worker and the CLIs load) or without (the bundled data).
      fc.property(anyFiles, fc.boolean(), (texts, located) => {
        const options = located ? { countryAt: ATLAS_LOCATOR } : {};
        checkAccounting(texts, loadDataset(texts, options));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws and accounts for every row for CSV-shaped text with stray quotes, delimiters and line ends', () => {
    fc.assert(
      // With the map of countries (as the worker and the CLIs load) or without (the bundled data).
      fc.property(csvShapedFiles, fc.boolean(), (texts, located) => {
        const options = located ? { countryAt: ATLAS_LOCATOR } : {};
        checkAccounting(texts, loadDataset(texts, options));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never loses a valid city row, whatever malformed rows and line ends (LF, CRLF, CR, mixed) surround it', () => {
    // Junk cells hold no quotes or line ends, so they cannot swallow the rows after them.
    // NUL or many U+FFFD would make the whole file read as binary; other control characters
    // are removed from a cell with a warning.
    const binaryish = (s: string) => /[^\P{Cc}\t\n\r]|\uFFFD/u.test(s);
    const junkCell = fc
      .string({ maxLength: 6 })
      .filter((s) => !/[",\r\n]/.test(s) && !binaryish(s));
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() !== '' && !binaryish(s));
    const coordinate = (max: number) =>
      fc.integer({ min: -max + 1, max: max - 1 }).map((n) => `${n}.25`);
    const entry = fc.oneof(
      fc.record({
        kind: fc.constant('valid' as const),
        name,
        lat: coordinate(90),
        lon: coordinate(180),
      }),
      fc.record({
        kind: fc.constant('junk' as const),
        cells: fc.array(junkCell, { maxLength: 8 }),
      }),
    );

    const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
    const line = fc.tuple(entry, lineEnd);

    fc.assert(
      fc.property(lineEnd, fc.array(line, { maxLength: 12 }), (headerEnd, rows) => {
        const entries = rows.map(([e]) => e);
        const lines = rows.map(([e, end], i) => {
          const text =
            e.kind === 'valid'
              ? `v${i},"${e.name.replace(/"/g, '""')}",JP,${e.lat},${e.lon}`
              : e.cells.map((c, j) => (j === 0 ? `j${c}` : c)).join(',');
          // A blank line ending in LF after a CR would make one CRLF: it ends in CRLF instead.
          return text + (text === '' ? '\r\n' : end);
        });
        const texts = { cities: ['id,name,country,lat,lon' + headerEnd, ...lines].join('') };
        const result = loadDataset(texts);
        checkAccounting(texts, result);
        entries.forEach((e, i) => {
          if (e.kind !== 'valid') return;
          // Each entry is one spreadsheet row, even when its quoted name spans several lines.
          expect(result.issues.filter((issue) => issue.row === i + 2)).toEqual([]);
          expect(result.dataset.cities.find((c) => c.id === `v${i}`)).toMatchObject({
            // A name such as `'=x` reads as `=x`: the loader undoes the export's formula escape.
            name: unescapeFormula(e.name.trim()),
            country: 'JP',
            lat: Number(e.lat),
            lon: Number(e.lon),
          });
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
