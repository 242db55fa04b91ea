/** The CSV templates a user starts from: the contract's header and one example row each. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ATLAS_LOCATOR } from '../../../src/domain/countryAt';
import { COLUMNS } from '../../../src/io/columns';
import { DATA_FILES } from '../../../src/io/issues';
import { loadDataset } from '../../../src/io/load';
import { templateCsv } from '../../../src/io/templates';

const readme = readFileSync(
  fileURLToPath(new URL('../../../data/README.md', import.meta.url)),
  'utf8',
);
const bundledCities = readFileSync(
  fileURLToPath(new URL('../../../data/cities.csv', import.meta.url)),
  'utf8',
);

describe('templateCsv', () => {
  const templates = templateCsv();

  it.each(DATA_FILES)('%s.csv is the contract header, in contract order, and one row', (file) => {
    const lines = templates[file].trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(COLUMNS[file].map((c) => c.name).join(','));
  });

  it('writes the examples of data/README.md, in the order it gives them', () => {
    const examples = [...readme.matchAll(/```csv\n([^`]*)```/g)].map((match) => match[1]);
    expect(examples).toHaveLength(4);
    expect(examples.slice(0, 3)).toEqual([
      templates.cities,
      templates.workshops,
      templates.partnerships,
    ]);
  });

  it('the example table of pairs in data/README.md loads as two cities and a partnership, with no issue', () => {
    const pairs = [...readme.matchAll(/```csv\n([^`]*)```/g)][3]?.[1] ?? '';
    const result = loadDataset({ pairs }, { countryAt: ATLAS_LOCATOR });
    expect(result.issues).toEqual([]);
    expect(result.files.pairs).toEqual({ rows: 1, accepted: 1, rejected: 0, cities: 2 });
    expect(result.dataset.cities.map((city) => [city.name, city.country])).toEqual([
      ['Kitakyushu', 'JP'],
      ['Surabaya', 'ID'],
    ]);
  });

  it('cities.csv loads on its own with no issue', () => {
    const result = loadDataset({ cities: templates.cities });
    expect(result.issues).toEqual([]);
    expect(result.files.cities).toEqual({ rows: 1, accepted: 1, rejected: 0 });
  });

  it.each(['workshops', 'partnerships'] as const)(
    '%s.csv loads with no issue beside the bundled cities.csv, whose cities it names',
    (file) => {
      const result = loadDataset({ cities: bundledCities, [file]: templates[file] });
      expect(result.issues).toEqual([]);
      expect(result.files[file]).toEqual({ rows: 1, accepted: 1, rejected: 0 });
    },
  );

  it('workshops.csv loads without error beside the cities template (unknown cities are warnings)', () => {
    const result = loadDataset({ cities: templates.cities, workshops: templates.workshops });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.files.workshops?.accepted).toBe(1);
  });
});
