/**
 * Names taken from data (ids, names, countries, themes, organisers, column names …) such as
 * `__proto__` or `constructor` are data: loading, filtering and exporting them never changes
 * `Object.prototype`, and never reads a value from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../src/domain/countries';
import { datasetFacets } from '../../../src/domain/facets';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { themePalette } from '../../../src/domain/palette';
import { cityProfile } from '../../../src/domain/profile';
import { searchCities } from '../../../src/domain/search';
import { filteredDataset } from '../../../src/domain/subset';
import { exportCsv, exportGeoJson } from '../../../src/io/export';
import { loadDataset } from '../../../src/io/load';
import { issueText, reportTranslator, validationText } from '../../../src/i18n/issues';
import { issuesCsv, validationJson } from '../../../src/io/report';

const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  'valueOf',
  'isPrototypeOf',
  'polluted',
  'focus',
];

/** One of `NAMES` written any way a spreadsheet might: any case, with dots and spaces. */
const trickyName: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...NAMES),
    fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    fc.constantFrom('', '', '.', ' ', '. '),
    fc.nat(16),
  )
  .map(([name, upper, insert, at]) => {
    const cased = [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('');
    return cased.slice(0, at) + insert + cased.slice(at);
  });
/** Mostly the exact names, which a lookup in a plain object would find. */
const name = fc.oneof(fc.constantFrom(...NAMES), trickyName);

/** What `Object.prototype` holds: each own property with its value, getter and setter. */
function prototypeState(): Map<string, readonly unknown[]> {
  const descriptors = Object.getOwnPropertyDescriptors(Object.prototype);
  return new Map(
    Reflect.ownKeys(descriptors).map((key) => {
      const d = descriptors[key as string]!;
      return [String(key), [d.value, d.get, d.set]] as const;
    }),
  );
}

/** The properties of `Object.prototype` added, removed or replaced since `before`. */
function prototypeChanges(before: Map<string, readonly unknown[]>): string[] {
  const after = prototypeState();
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => {
    const [a, b] = [before.get(key), after.get(key)];
    return !a || !b || a.some((value, i) => !Object.is(value, b[i]));
  });
}

/** Checks a plain object still looks like one. */
function expectPlainObjects(): void {
  const object = {} as Record<string, unknown>;
  expect(object.focus).toBeUndefined();
  expect(object.polluted).toBeUndefined();
  expect(object.constructor).toBe(Object);
  expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
}

const english = reportTranslator('en');

const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe('names from data never touch Object.prototype', () => {
  it('a country written as a property of every object is an unknown country', () => {
    for (const text of ['__proto__', 'constructor', 'CONSTRUCTOR', 'Con.structor', '__PROTO__'])
      expect(countryCode(text)).toBeNull();
  });

  it('in loading, filtering and exporting, whatever the ids, names, themes and columns are called', () => {
    const before = prototypeState();
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 12, maxLength: 12 }),
        fc.constantFrom('JP', 'VN'),
        (n, code) => {
          const texts = {
            cities: [
              ['id', 'name', 'country', 'lat', 'lon', n[0]!, n[1]!].map(cell).join(','),
              [n[2]!, n[3]!, n[4]!, '35', '139', n[5]!, n[6]!].map(cell).join(','),
              [n[7]!, n[8]!, code, '14', '100', n[9]!, ''].map(cell).join(','),
              ['tokyo', n[10]!, 'JP', '35.6', '139.7', '', n[11]!].map(cell).join(','),
            ].join('\n'),
            workshops: [
              ['id', 'title', 'themes', 'start_date', 'host_city_ids', 'participant_city_ids']
                .concat(['organisers', 'funder', 'programme', n[11]!])
                .map(cell)
                .join(','),
              [n[0]!, n[1]!, `${n[2]};${n[3]}`, '2020', `${n[7]};tokyo`, `${n[2]};${n[9]}`]
                .concat([`${n[4]};${n[5]}`, n[6]!, n[8]!, n[10]!])
                .map(cell)
                .join(','),
            ].join('\n'),
            partnerships: [
              ['id', 'city_a_id', 'city_b_id', 'themes', 'type', 'status', 'programme', 'funder']
                .concat([n[4]!])
                .map(cell)
                .join(','),
              [n[5]!, n[7]!, 'tokyo', `${n[0]};${n[1]}`, n[2]!, n[3]!, n[6]!, n[8]!, n[9]!]
                .map(cell)
                .join(','),
            ].join('\n'),
          };
          const result = loadDataset(texts);
          // Every accepted country is an ISO code, never something read off a prototype.
          for (const city of result.dataset.cities) expect(city.country).toMatch(/^[A-Z]{2}$/);
          // What the worker posts to the page must survive structured cloning.
          expect(() => structuredClone(result)).not.toThrow();

          const { dataset } = result;
          const filters: Filters = {
            ...DEFAULT_FILTERS,
            themes: [n[0]!, n[2]!.toLowerCase()],
            countries: [n[4]!, 'JP'],
            programmes: [n[6]!],
            organisers: [n[4]!],
            funders: [n[8]!],
          };
          for (const chosen of [DEFAULT_FILTERS, filters]) {
            const network = buildNetwork(dataset, chosen);
            filteredDataset(dataset, chosen, network);
            exportGeoJson(network, dataset);
          }
          datasetFacets(dataset);
          themePalette(dataset).colorOf(n[0]!);
          for (const id of [n[2]!, n[7]!, n[0]!]) cityProfile(dataset, id);
          searchCities(dataset.cities, n[3]!);
          exportCsv(dataset);
          validationText(english, result);
          validationJson(result, (issue) => issueText(english, issue));
          issuesCsv(result.issues, (issue) => issueText(english, issue));

          expect(prototypeChanges(before)).toEqual([]);
          expectPlainObjects();
        },
      ),
      { numRuns: 150 },
    );
  });
});
