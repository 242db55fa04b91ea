/** Export then import gives back the same dataset: bundled data, nasty cells, and arbitrary text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import type { City, Partnership } from '../../../src/domain/types';
import { exportCsv } from '../../../src/io/export';
import { type LoadResult } from '../../../src/io/load';
import { loadBundled } from '../../support/bundled';
import { loadDataset } from './helpers';

const nasty = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/io/nasty/${file}`, import.meta.url)), 'utf8');

/** Same records, field for field (extra columns included), and the same counts per file. */
function expectSameDataset(again: LoadResult, original: LoadResult): void {
  expect(again.dataset.cities).toStrictEqual(original.dataset.cities);
  expect(again.dataset.workshops).toStrictEqual(original.dataset.workshops);
  expect(again.dataset.partnerships).toStrictEqual(original.dataset.partnerships);
  expect(again.files).toEqual(original.files);
}

const UNKNOWN_COLUMN = /^Column ".*" is not one \w+\.csv knows; it is kept as an extra column\./s;

describe('export then import', () => {
  it('gives back the bundled dataset exactly, with no issue', () => {
    const original = loadBundled();
    expect(original.issues).toEqual([]);
    const again = loadDataset(exportCsv(original.dataset));
    expect(again.issues).toEqual([]);
    expectSameDataset(again, original);
  });

  it('gives back a dataset of nasty cells exactly: commas, quotes, line breaks, formula starters, unicode, extra and "__proto__" columns', () => {
    const original = loadDataset({
      cities: nasty('cities.csv'),
      workshops: nasty('workshops.csv'),
      partnerships: nasty('partnerships.csv'),
    });
    // The fixture is clean but for its extra columns, which the loader reports by design.
    const extraColumns = 5 + 2 + 2;
    expect(original.issues).toHaveLength(extraColumns);
    expect(original.issues.every((issue) => UNKNOWN_COLUMN.test(issue.message))).toBe(true);
    expect(original.files).toEqual({
      cities: { rows: 4, accepted: 4, rejected: 0 },
      workshops: { rows: 2, accepted: 2, rejected: 0 },
      partnerships: { rows: 2, accepted: 2, rejected: 0 },
    });
    // The fixture really holds what it claims to.
    const [bandung, , lima] = original.dataset.cities;
    expect(bandung?.name).toBe('Bandung, "Paris of Java"');
    expect(bandung?.notes).toBe('first line\nsecond, line\r\nthird line');
    expect(bandung?.source).toBe('=HYPERLINK("http://evil")');
    expect(lima?.source).toBe('=already escaped');
    expect(lima?.notes).toBe("'=two apostrophes");
    expect(Object.getOwnPropertyDescriptor(bandung!.extra, '__proto__')?.value).toBe('proto kept');
    expect(Object.keys(bandung!.extra)).toEqual([
      '__proto__',
      '@risk',
      'Budget; JPY',
      'Contact, "main"',
      'constructor',
    ]);

    const files = exportCsv(original.dataset);
    const again = loadDataset(files);
    // No error, and no warning but one per extra column.
    expect(again.issues).toHaveLength(extraColumns);
    expect(again.issues.every((issue) => UNKNOWN_COLUMN.test(issue.message))).toBe(true);
    expectSameDataset(again, original);
    // Exporting the re-imported dataset writes the very same text.
    expect(exportCsv(again.dataset)).toEqual(files);
  });

  it('gives back arbitrary text in every text cell and extra column, and any coordinates', () => {
    // What a loaded record can hold: trimmed text (the loader trims), without control characters
    // (the loader removes them, and a NUL marks a binary file).
    const text = fc
      .oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        // Delimiters, line ends, quotes and formula starters side by side: the formula escape.
        fc.string({
          unit: fc.constantFrom(',', ';', '\t', '\r', '\n', "'", '"', '=', '+', '-', '@', ' ', 'a'),
          maxLength: 12,
        }),
      )
      .map((s) => s.replace(/[^\P{Cc}\t\n\r]/gu, '').trim())
      .filter((s) => !s.includes('\uFFFD'));
    const required = text.filter((s) => s !== '');
    const lowerCase = text.filter((s) => s === s.toLowerCase());
    const cityArb = (id: string): fc.Arbitrary<City> =>
      fc.record(
        {
          id: fc.constant(id),
          name: required,
          localName: text,
          country: fc.constantFrom('JP', 'VN', 'ID'),
          region: text,
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
          kind: lowerCase,
          population: fc.option(fc.nat(), { nil: null }),
          source: text,
          notes: text,
          extra: fc.tuple(text, text, text).map(([proto, risk, budget]) => {
            // defineProperty: `{ __proto__: … }` would set the prototype, not a column.
            const extra: Record<string, string> = {};
            for (const [name, value] of [
              ['__proto__', proto],
              ['@risk', risk],
              ['Budget; JPY', budget],
            ])
              Object.defineProperty(extra, name!, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
              });
            return extra;
          }),
        },
        { noNullPrototype: true },
      );
    const partnershipArb: fc.Arbitrary<Partnership> = fc.record(
      {
        id: fc.constant('p1'),
        cityAId: fc.constant('a'),
        cityBId: fc.constant('b'),
        themes: fc.constant([]),
        startYear: fc.option(fc.integer({ min: 1900, max: 2000 }), { nil: null }),
        endYear: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
        type: lowerCase,
        status: fc.constantFrom('active', 'ended', 'proposed'),
        programme: text,
        funder: text,
        description: text,
        source: text,
        notes: text,
        extra: fc.constant({}),
      },
      { noNullPrototype: true },
    );
    fc.assert(
      fc.property(cityArb('a'), cityArb('b'), partnershipArb, (a, b, p) => {
        const dataset = createDataset([a, b], [], [p]);
        const { cities, partnerships } = exportCsv(dataset);
        const again = loadDataset({ cities, partnerships });
        expect(again.issues.filter((issue) => !UNKNOWN_COLUMN.test(issue.message))).toEqual([]);
        expect(again.dataset.cities).toStrictEqual(dataset.cities);
        expect(again.dataset.partnerships).toStrictEqual(dataset.partnerships);
      }),
      { numRuns: 300 },
    );
  });
});
