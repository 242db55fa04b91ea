/**
 * How one CSV column is described, once: its name, whether it is required, the other names it is
 * read under, an example, what it means, how its cell is read into a record field and how the
 * field is written back. The parser, the export, the templates and the column tables of
 * data/README.md all come from these specs (see `columns.ts`).
 */
import type { CountryLocator } from '../domain/countryLocator';
import type { ExtraColumns } from '../domain/types';
import type { RowReader } from './rowReader';

/**
 * One cell to write: a string is text (quoted and escaped as needed), a number is written as a
 * plain decimal and never escaped, null is an empty cell.
 */
export type Cell = string | number | null;

/** Resolves a city id as written (any case) to the id in cities.csv; undefined when unknown. */
export type CityLookup = (id: string) => string | undefined;

/** What a column's reader may need beyond its row. */
export interface ReadContext {
  /** The cities of cities.csv, for the columns that refer to them. */
  cityId: CityLookup;
  /**
   * The country at a point, for a city's empty or unknown country and for coordinates that
   * contradict it; without it, neither is checked (see `LoadOptions.countryAt`).
   */
  countryAt?: CountryLocator;
}

/** The part of a column spec that does not depend on the record it fills. */
export interface ColumnHead {
  /** The header as the contract writes it (`start_date`). */
  name: string;
  /** A file without the column is rejected, and an empty cell rejects its row. */
  required: boolean;
  /** Other headers read as this column, normalised (see `normaliseHeader`). */
  aliases: readonly string[];
  /** The example cell of the templates and data/README.md; empty for none. */
  example: string;
  /** What the column holds, for the column tables of data/README.md (markdown). */
  doc: string;
  /**
   * A warning said once, at the header, when the (optional) column is absent and its rows fill
   * the field some other way: cities' countries then come from their coordinates.
   */
  absentWarning?: 'countries-from-coordinates';
}

/**
 * The fields of a record that columns fill: all but `extra` and a partnership's `draft` mark,
 * which the planner sets and no file holds (exported drafts are plain proposed partnerships).
 */
export type Fields<T> = Exclude<keyof T, 'extra' | 'draft'>;

/** One column of the contract, which fills field `K` of a record `T`. */
export interface ColumnSpec<T, K extends Fields<T> = Fields<T>> extends ColumnHead {
  field: K;
  /**
   * Reads the cell (never empty when the column is required: the parser reports that first).
   * `record` holds the fields of the columns before this one, for checks across columns.
   * Undefined when the cell is unusable; an error has then been reported.
   */
  read(
    row: RowReader,
    column: ColumnHead,
    record: Partial<T>,
    context: ReadContext,
  ): T[K] | undefined;
  /** The cell that `read` gives back as the same field. */
  write(record: T): Cell;
}

/**
 * Makes a record from the fields its columns read (and its extra columns) as one object literal,
 * so that every record of a file has the same compact shape: copying a draft field by field or
 * by spread costs two to three times the memory, which a load of 100,000 rows feels.
 */
export type RecordMaker<T> = (fields: Pick<T, Fields<T>>, extra: ExtraColumns) => T;

/** A column spec for any one field of `T`. */
export type AnyColumnSpec<T> = { [K in Fields<T>]: ColumnSpec<T, K> }[Fields<T>];

/** A column as written in a spec file: `required`, `aliases` and `example` may be left out. */
type ColumnInput<T, K extends Fields<T>> = Omit<
  ColumnSpec<T, K>,
  'field' | 'required' | 'aliases' | 'example'
> &
  Partial<Pick<ColumnSpec<T, K>, 'required' | 'aliases' | 'example'>>;

/**
 * A file's columns in contract order (the order of the keys), one per field of `T`: the type
 * makes a field without a column, or a column for no field, a compile error.
 */
export function columnsOf<T extends { extra: ExtraColumns }>(input: {
  [K in Fields<T>]-?: ColumnInput<T, K>;
}): readonly AnyColumnSpec<T>[] {
  return (Object.keys(input) as Fields<T>[]).map(
    <K extends Fields<T>>(field: K) =>
      ({
        required: false,
        aliases: [],
        example: '',
        ...input[field],
        field,
      }) as unknown as AnyColumnSpec<T>,
  );
}

/** Readers shared by many columns. */
export const read = {
  /** The trimmed text. */
  text: (row: RowReader, column: ColumnHead): string => row.text(column.name),
  /** The trimmed text in lower case (kinds and types compare case-insensitively). */
  lower: (row: RowReader, column: ColumnHead): string => row.lowerCase(row.text(column.name)),
  /** A `;`-separated list. */
  list: (row: RowReader, column: ColumnHead): string[] => row.list(column.name),
  /** Themes compare case-insensitively, so they are kept in lower case, each once. */
  themes: (row: RowReader, column: ColumnHead): string[] => row.list(column.name, true),
  /** A whole number ≥ 0, or null. */
  count: (row: RowReader, column: ColumnHead): number | null => row.count(column.name),
};

/** Whole numbers are written without a sign on zero: the loader's counts accept digits only. */
export const writeWhole = (value: number | null): Cell =>
  value === null ? null : value === 0 ? 0 : value;

/** A list as one cell, joined with `;`. */
export const writeList = (values: readonly string[]): Cell => values.join(';');
