/** Reads typed values out of one CSV row, collecting an issue for every cell it cannot use. */
import { resolveCountry, type WrittenCountry } from '../domain/countries';
import { isPartialDate, YEAR_LIMITS } from '../domain/dates';
import type { ExtraColumns } from '../domain/types';
import { unescapeFormula } from './formula';
import { lowerCaseKey } from './lowerCase';
import { issueAt, type Issue, type IssueCode, type ParamsArgument, type Severity } from './issues';

/**
 * A row's cells by contract column name, in column order. A `Map` is one; a parsed file's rows
 * read theirs through a layout the whole file shares (see `tableRow.ts`).
 */
export interface RowCells extends Iterable<[string, string]> {
  get(column: string): string | undefined;
  has(column: string): boolean;
}

/** One data row: the contract's cells by column name, the unknown ones by their header. */
export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: RowCells;
  extra: ExtraColumns;
  /** Problems with the row's shape (too many cells, broken quotes, control characters). */
  issues: readonly Issue[];
  /** The file's delimiter: with `;` or tab, numbers may use a decimal comma. */
  delimiter: string;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
// Excel in European locales writes `34,6938`, and then delimits with `;` or tab.
const DECIMAL_COMMA = /^[+-]?(\d+,\d*|,\d+)$/;
const DECIMAL_COMMA_DELIMITERS = new Set([';', '\t']);
const WHOLE = /^\d+$/;
// Thousands separators as spreadsheets write them: 1,234,567 or 1 234 567.
const GROUPED_WHOLE = /^\d{1,3}([, ]\d{3})+$/;

/** No row yet: a reader reads nothing until `start`. */
const NO_ROW: CsvRow = { row: 0, cells: new Map(), extra: {}, issues: [], delimiter: ',' };

/**
 * Typed access to one row's cells; every problem becomes an issue naming file, row, column and
 * value. One reader reads a file's rows in turn, so that 50,000 rows create no reader or closure each.
 */
export class RowReader {
  private row: CsvRow = NO_ROW;
  /** This row's own issues, once it has any beyond those of its shape (most rows have none). */
  private own: Issue[] | null = null;
  private errors = false;
  /** Texts already lower-cased or resolved in this file: kinds, themes and countries repeat. */
  private readonly lowered = new Map<string, string>();
  private readonly countries = new Map<string, Readonly<WrittenCountry> | null>();

  /** A reader of rows of `file` (a file name such as `cities.csv`), one row at a time. */
  constructor(private readonly file: string) {}

  /** Starts reading `row`, forgetting the previous row's issues. */
  start(row: CsvRow): void {
    this.row = row;
    this.own = null;
    this.errors = row.issues.some((issue) => issue.severity === 'error');
  }

  /** The row's issues: those of its shape, then those of its cells. */
  get issues(): readonly Issue[] {
    return this.own ?? this.row.issues;
  }

  /** True once an error (not a warning) has been reported for this row. */
  hasError(): boolean {
    return this.errors;
  }

  /** Records an error (the row will be rejected) at `column`: `code` with its params. */
  error<C extends IssueCode>(
    column: string,
    value: string,
    code: C,
    ...params: ParamsArgument<C>
  ): void {
    this.report('error', column, value, code, ...params);
  }

  /** Records a warning (the row is kept) at `column`: `code` with its params. */
  warn<C extends IssueCode>(
    column: string,
    value: string,
    code: C,
    ...params: ParamsArgument<C>
  ): void {
    this.report('warning', column, value, code, ...params);
  }

  private report<C extends IssueCode>(
    severity: Severity,
    column: string,
    value: string,
    code: C,
    ...params: ParamsArgument<C>
  ): void {
    const issue = issueAt(
      severity,
      { file: this.file, row: this.row.row, column, value },
      code,
      ...params,
    );
    (this.own ??= [...this.row.issues]).push(issue);
    if (severity === 'error') this.errors = true;
  }

  /** True when the file has the column, even if this row's cell is empty. */
  hasColumn(column: string): boolean {
    return this.row.cells.has(column);
  }

  /** The trimmed cell, empty when missing, with an export's formula escape undone. */
  text(column: string): string {
    return unescapeFormula(this.row.cells.get(column) ?? '');
  }

  /** `text` in lower case; one string for every cell of the same text (see `lowerCaseKey`). */
  lowerCase(text: string): string {
    return remembered(this.lowered, text, lowerCaseKey);
  }

  /** The country `text` names (see `resolveCountry`), each text resolved once per file. */
  country(text: string): Readonly<WrittenCountry> | null {
    return remembered(this.countries, text, resolveCountry);
  }

  /** The row's extra columns, with an export's formula escape undone in each. */
  extra(): ExtraColumns {
    const written = this.row.extra;
    if (isEmpty(written)) return NO_EXTRA;
    const extra: ExtraColumns = {};
    // for…in rather than Object.entries: most rows have no extra column, and then build nothing.
    for (const name in written) {
      if (!Object.hasOwn(written, name)) continue;
      const value = written[name]!;
      // defineProperty, so that a column named "__proto__" stays data.
      Object.defineProperty(extra, name, {
        value: unescapeFormula(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return extra;
  }

  /** The cell as a decimal number, or null; reports nothing (for hints about other cells). */
  peekDecimal(column: string): number | null {
    const value = this.decimalText(this.text(column));
    return DECIMAL.test(value) ? Number(value) : null;
  }

  /** `34,69` → `34.69` in files delimited by `;` or tab; any other text unchanged. */
  private decimalText(value: string): string {
    return DECIMAL_COMMA_DELIMITERS.has(this.row.delimiter) && DECIMAL_COMMA.test(value)
      ? value.replace(',', '.')
      : value;
  }

  /** The trimmed cell; an error when empty. */
  required(column: string): string {
    const value = this.text(column);
    if (value === '') this.error(column, value, 'required');
    return value;
  }

  /**
   * `;`-separated list, trimmed, empties and repeats dropped; each item in lower case (see
   * `lowerCase`) when `lowerCase` is set. One pass and one array: every row has such a list.
   */
  list(column: string, lowerCase = false): string[] {
    const value = this.text(column);
    if (value === '') return [];
    const items: string[] = [];
    // Short lists are searched; a long one gets a set, so no cell can make this quadratic.
    let seen: Set<string> | undefined;
    for (const part of value.split(';')) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      const item = lowerCase ? this.lowerCase(trimmed) : trimmed;
      if (seen ? seen.has(item) : items.includes(item)) continue;
      items.push(item);
      if (seen) seen.add(item);
      else if (items.length === LONG_LIST) seen = new Set(items);
    }
    return items;
  }

  /**
   * A decimal number within [min, max]; an error (required) or warning (optional) otherwise.
   * `swapped` says whether an out-of-range value hints at swapped coordinates.
   */
  decimal(
    column: string,
    min: number,
    max: number,
    required: boolean,
    swapped?: (n: number, row: RowReader) => boolean,
  ): number | null {
    const value = this.text(column);
    if (value === '') {
      if (required) this.error(column, value, 'required');
      return null;
    }
    // An optional cell's problem keeps the row; the value is then ignored.
    const severity = required ? 'error' : 'warning';
    const decimal = this.decimalText(value);
    if (!DECIMAL.test(decimal)) {
      this.report(severity, column, value, 'not-a-number');
      return null;
    }
    const number = Number(decimal);
    if (number < min || number > max) {
      const code = swapped?.(number, this) ? 'swapped-coordinates' : 'out-of-range';
      this.report(severity, column, value, code, { min, max });
      return null;
    }
    return number;
  }

  /** A whole number ≥ 0 that a number holds exactly; a warning and null when it is not one. */
  count(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    const whole = WHOLE.test(value);
    if (whole || GROUPED_WHOLE.test(value)) {
      const count = Number(whole ? value : value.replace(/[, ]/g, ''));
      if (Number.isSafeInteger(count)) return count;
      // Beyond 2^53 a number rounds (99999999999999999999999 → 1e23): say so, never round silently.
      this.warn(column, value, 'too-large', { max: Number.MAX_SAFE_INTEGER });
      return null;
    }
    this.warn(column, value, 'not-a-count');
    return null;
  }

  /** A whole year within `YEAR_LIMITS`; a warning and null when it is not one. */
  year(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    const year = Number(value);
    if (WHOLE.test(value) && year >= YEAR_LIMITS.min && year <= YEAR_LIMITS.max) return year;
    this.warn(column, value, 'not-a-year', { min: YEAR_LIMITS.min, max: YEAR_LIMITS.max });
    return null;
  }

  /** A partial date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); an error or warning when it is not one. */
  date(column: string, required: boolean): string {
    const value = this.text(column);
    if (value === '') {
      if (required) this.error(column, value, 'required');
      return '';
    }
    if (isPartialDate(value)) return value;
    this.report(required ? 'error' : 'warning', column, value, 'not-a-date');
    return '';
  }
}

/** Items from which a list's repeats are found with a set rather than by searching. */
const LONG_LIST = 16;

/** Values remembered per text; cleared when full, so that no file can make one grow without end. */
const REMEMBERED_LIMIT = 1_000;

function remembered<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  if (cache.has(text)) return cache.get(text)!;
  if (cache.size >= REMEMBERED_LIMIT) cache.clear();
  const value = compute(text);
  cache.set(text, value);
  return value;
}

/** The extra columns of every record whose row has none: one object, frozen, shared. */
const NO_EXTRA: ExtraColumns = Object.freeze({});

function isEmpty(extra: ExtraColumns): boolean {
  for (const name in extra) if (Object.hasOwn(extra, name)) return false;
  return true;
}
