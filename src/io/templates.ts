/** Blank-but-for-one-row CSV files a user can fill in, so their data starts in the contract's shape. */
import { COLUMNS } from './columns';
import { csvText, type CsvFiles } from './export';
import type { DataFile } from './issues';

function template(file: DataFile): string {
  const columns = COLUMNS[file];
  return csvText(
    columns.map((column) => column.name),
    [columns.map((column) => column.example)],
  );
}

/**
 * Each file's contract header, in contract order, and one example row (each column spec's
 * example). The workshop and partnership examples name cities of the bundled cities.csv, not
 * only the template's Osaka.
 */
export function templateCsv(): CsvFiles {
  return {
    cities: template('cities'),
    workshops: template('workshops'),
    partnerships: template('partnerships'),
  };
}
