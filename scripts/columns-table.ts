/**
 * The column tables of data/README.md, printed from the column specs (src/io/*Spec.ts), so that
 * the README cannot drift from what the loader reads. In the README each table stands between
 * `<!-- columns: NAME -->` and `<!-- /columns -->` (NAME: a file, or `aliases`).
 *
 *   npx tsx scripts/columns-table.ts            # prints every table
 *   npx tsx scripts/columns-table.ts --write    # rewrites the tables in data/README.md
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLUMNS } from '../src/io/columns';
import { DATA_FILES, fileName } from '../src/io/issues';

/** The tables by marker name: one per file, and `aliases`. */
export type TableName = (typeof DATA_FILES)[number] | 'aliases';

const code = (text: string) => `\`${text}\``;

/** A markdown table with every column padded to its widest cell, as prettier writes one. */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, index) =>
    Math.max(3, title.length, ...rows.map((row) => row[index]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/** The table of a file's columns: name, whether required, and what it holds. */
export function columnTable(file: (typeof DATA_FILES)[number]): string[] {
  return markdownTable(
    ['column', 'required', 'meaning'],
    COLUMNS[file].map((column) => [code(column.name), column.required ? 'yes' : '', column.doc]),
  );
}

/** The table of the other headers read as each file's columns. */
export function aliasTable(): string[] {
  const rows = DATA_FILES.flatMap((file) =>
    COLUMNS[file]
      .filter((column) => column.aliases.length > 0)
      .map((column, index) => [
        index === 0 ? code(fileName(file)) : '',
        column.aliases.map(code).join(', '),
        code(column.name),
      ]),
  );
  return markdownTable(['file', 'header', 'read as'], rows);
}

/** The table under marker `name`. */
export function table(name: TableName): string[] {
  return name === 'aliases' ? aliasTable() : columnTable(name);
}

const MARKED = /^([ \t]*)<!-- columns: (\S+) -->\n[\s\S]*?^[ \t]*<!-- \/columns -->$/gm;

/** `readme` with each marked table replaced by the one the specs print, indented like its marker. */
export function withTables(readme: string): string {
  return readme.replace(MARKED, (_, indent: string, name: string) => {
    if (name !== 'aliases' && !DATA_FILES.some((file) => file === name))
      throw new Error(`data/README.md marks an unknown table "${name}"`);
    const lines = table(name as TableName).map((row) => indent + row);
    // Blank lines around the table, so that no markdown reader takes a marker for a table row.
    return [
      `${indent}<!-- columns: ${name} -->`,
      '',
      ...lines,
      '',
      `${indent}<!-- /columns -->`,
    ].join('\n');
  });
}

/** The names of the tables `readme` marks, in order. */
export function markedTables(readme: string): string[] {
  return [...readme.matchAll(MARKED)].map((match) => match[2]!);
}

function main() {
  const readmePath = resolve('data/README.md');
  if (process.argv.includes('--write')) {
    writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8')));
    console.log(`rewrote the column tables of ${readmePath}`);
    return;
  }
  for (const name of ['aliases', ...DATA_FILES] as const) {
    console.log(`<!-- columns: ${name} -->\n\n${table(name).join('\n')}\n\n<!-- /columns -->\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
