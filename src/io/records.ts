/** One parser for every file: a CSV row in, a domain record (or nothing) and its issues out. */
import type { AnyColumnSpec, ReadContext } from './column';
import { SPECS, type RecordOf } from './columns';
import { fileName, type DataFile, type Issue } from './issues';
import { RowReader, type CsvRow } from './rowReader';

/** What a row parser returns: the record when the row has no error, and every issue. */
export interface RowResult<T> {
  record: T | null;
  issues: Issue[];
}

/** cities.csv names no other file's ids: no city is ever looked up. */
export const NO_CITIES: ReadContext = { cityId: () => undefined };

/**
 * Parses a row of `file` column by column, in contract order, with each column's spec: an
 * empty required cell is an error; every other problem is the column's own to report. Issues
 * name the file `name` (default `cities.csv` …).
 */
export function parseRow<F extends DataFile>(
  file: F,
  row: CsvRow,
  context: ReadContext,
  name: string = fileName(file),
): RowResult<RecordOf[F]> {
  type T = RecordOf[F];
  const reader = new RowReader(name, row);
  const record: Partial<T> = {};
  let complete = true;
  for (const spec of SPECS[file] as readonly AnyColumnSpec<T>[]) {
    if (spec.required && reader.required(spec.name) === '') {
      complete = false;
      continue;
    }
    const value = spec.read(reader, spec, record, context);
    if (value === undefined) complete = false;
    else record[spec.field] = value;
  }
  if (!complete || reader.hasError()) return { record: null, issues: reader.issues };
  // Every field is filled (`complete`), so the record is whole once its extra columns are in.
  const whole = record as T;
  whole.extra = reader.extra();
  return { record: whole, issues: reader.issues };
}
