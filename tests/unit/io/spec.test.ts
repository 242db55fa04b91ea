/** One spec per CSV column: the parser, export, templates and data/README.md all follow it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markedTables, withTables } from '../../../scripts/columns-table';
import { ALIASES, COLUMNS, SPECS } from '../../../src/io/columns';
import { exportCsv } from '../../../src/io/export';
import { DATA_FILES } from '../../../src/io/issues';
import { templateCsv } from '../../../src/io/templates';
import { loadBundled } from '../../support/bundled';
import { loadDataset } from './helpers';

const readme = readFileSync(
  fileURLToPath(new URL('../../../data/README.md', import.meta.url)),
  'utf8',
);
const names = (file: (typeof DATA_FILES)[number]) => COLUMNS[file].map((column) => column.name);
const header = (text: string) => text.split('\n', 1)[0];

describe('the column specs', () => {
  it.each(DATA_FILES)(
    '%s.csv: every column has exactly one spec, filling its own field',
    (file) => {
      expect(new Set(names(file)).size).toBe(names(file).length);
      const fields = SPECS[file].map((spec) => spec.field);
      expect(new Set(fields).size).toBe(fields.length);
      // A loaded record has exactly the specs' fields in contract order, then its extra columns.
      const record = loadBundled().dataset[file][0];
      expect(Object.keys(record ?? {})).toEqual([...fields, 'extra']);
    },
  );

  it.each(DATA_FILES)(
    '%s.csv: the template and the export write the specs in their order',
    (file) => {
      const contract = names(file).join(',');
      expect(header(templateCsv()[file])).toBe(contract);
      expect(header(exportCsv(loadBundled().dataset)[file])).toBe(contract);
    },
  );

  it.each(DATA_FILES)('%s.csv: an alias names one column and is never a column itself', (file) => {
    const aliases = COLUMNS[file].flatMap((column) => column.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(aliases.filter((alias) => names(file).includes(alias))).toEqual([]);
    expect(aliases).not.toContain('source');
    expect(ALIASES[file].size).toBe(aliases.length);
  });

  it.each(DATA_FILES)('%s.csv: each alias in a header is read as its column', (file) => {
    for (const column of COLUMNS[file]) {
      for (const alias of column.aliases) {
        const text = `${alias}\n${column.example || 'x'}\n`;
        const result = loadDataset({ cities: 'id,name,country,lat,lon\n', [file]: text });
        const unknown = result.issues.filter((issue) => /is not one .* knows/.test(issue.message));
        expect(unknown, `${alias} → ${column.name}`).toEqual([]);
      }
    }
  });

  it('data/README.md has the tables the specs print: the aliases, then each file', () => {
    expect(markedTables(readme)).toEqual(['aliases', ...DATA_FILES]);
    // Padding is prettier's business; the cells, their order and the rows are the specs'.
    const cells = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
    expect(cells(withTables(readme))).toBe(cells(readme));
  });
});
