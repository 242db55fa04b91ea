/** One parser for every file: a CSV row in, a domain record (or nothing) and its issues out. */
import type { AnyColumnSpec, Fields, ReadContext, RecordMaker } from './column';
import { MAKERS, SPECS, type RecordOf } from './columns';
import { fileName, type DataFile, type Issue } from './issues';
import { RowReader, type CsvRow } from './rowReader';

/** What a row parser returns: the record when the row has no error, and every issue. */
export interface RowResult<T> {
  record: T | null;
  issues: readonly Issue[];
}

/** cities.csv names no other file's ids: no city is ever looked up. */
export const NO_CITIES: ReadContext = { cityId: () => undefined };

/**
 * Parses rows of one file column by column, in contract order, with each column's spec: an
 * empty required cell is an error; every other problem is the column's own to report. Issues
 * name the file `name` (default `cities.csv` …). One parser reads a whole file, reusing its
 * reader and its draft record, so that a row allocates little more than its record.
 */
export class RowParser<F extends DataFile> {
  private readonly specs: readonly AnyColumnSpec<RecordOf[F]>[];
  private readonly make: RecordMaker<RecordOf[F]>;
  private readonly reader: RowReader;
  /** The fields read so far from the current row, in contract order (see `parse`). */
  private readonly draft: Partial<RecordOf[F]> = {};

  constructor(
    file: F,
    private readonly context: ReadContext,
    name: string = fileName(file),
  ) {
    this.specs = SPECS[file] as readonly AnyColumnSpec<RecordOf[F]>[];
    this.make = MAKERS[file] as RecordMaker<RecordOf[F]>;
    this.reader = new RowReader(name);
  }

  /** The issues of the row last parsed. */
  get issues(): readonly Issue[] {
    return this.reader.issues;
  }

  /** The record of `row`, or null when it has an error; its issues are then in `issues`. */
  parse(row: CsvRow): RecordOf[F] | null {
    const { reader, draft, context } = this;
    reader.start(row);
    // Cleared first, so that a check across columns never sees the previous row's value.
    for (const spec of this.specs) draft[spec.field] = undefined;
    let complete = true;
    for (const spec of this.specs) {
      if (spec.required && reader.required(spec.name) === '') {
        complete = false;
        continue;
      }
      const value = spec.read(reader, spec, draft, context);
      if (value === undefined) complete = false;
      else draft[spec.field] = value;
    }
    if (!complete || reader.hasError()) return null;
    // Every field is filled (`complete`).
    return this.make(draft as Pick<RecordOf[F], Fields<RecordOf[F]>>, reader.extra());
  }
}

/** Parses one row of `file` (see `RowParser`). */
export function parseRow<F extends DataFile>(
  file: F,
  row: CsvRow,
  context: ReadContext,
  name: string = fileName(file),
): RowResult<RecordOf[F]> {
  const parser = new RowParser(file, context, name);
  const record = parser.parse(row);
  return { record, issues: parser.issues };
}
