/** Reads typed values out of one CSV row, collecting an issue for every cell it cannot use. */
import { isPartialDate, YEAR_LIMITS } from '../domain/dates';
import type { ExtraColumns } from '../domain/types';
import { unescapeFormula } from './formula';
import { issueAt, type Issue, type Severity } from './issues';

/** One data row: the contract's cells by column name, the unknown ones by their header. */
export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: Map<string, string>;
  extra: ExtraColumns;
  /** Problems with the row's shape (too many cells, broken quotes). */
  issues: Issue[];
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
const MAX_COUNT = Number.MAX_SAFE_INTEGER.toLocaleString('en');

/**
 * Typed access to one row's cells; every problem becomes an issue naming file, row, column and
 * value. A class, so that reading 50,000 rows creates no closures per row.
 */
export class RowReader {
  readonly issues: Issue[];

  /** A reader over `row` of `file` (a file name such as `cities.csv`). */
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
  ) {
    this.issues = [...row.issues];
  }

  /** True once an error (not a warning) has been reported for this row. */
  hasError(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** Records an error (the row will be rejected) at `column`. */
  error(column: string, value: string, message: string): void {
    this.report('error', column, value, message);
  }

  /** Records a warning (the row is kept) at `column`. */
  warn(column: string, value: string, message: string): void {
    this.report('warning', column, value, message);
  }

  private report(severity: Severity, column: string, value: string, message: string): void {
    this.issues.push(
      issueAt(severity, { file: this.file, row: this.row.row, column, value }, message),
    );
  }

  /** The trimmed cell, empty when missing, with an export's formula escape undone. */
  text(column: string): string {
    return unescapeFormula(this.row.cells.get(column) ?? '');
  }

  /** The row's extra columns, with an export's formula escape undone in each. */
  extra(): ExtraColumns {
    const extra: ExtraColumns = {};
    for (const [name, value] of Object.entries(this.row.extra)) {
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
    if (value === '') this.error(column, value, `${column} is required but empty.`);
    return value;
  }

  /** `;`-separated list, trimmed, empties and repeats dropped. */
  list(column: string): string[] {
    const value = this.text(column);
    if (value === '') return [];
    return [
      ...new Set(
        value
          .split(';')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
    ];
  }

  /** A decimal number within [min, max]; an error (required) or warning (optional) otherwise. */
  decimal(
    column: string,
    min: number,
    max: number,
    required: boolean,
    hint?: (n: number) => string,
  ): number | null {
    const value = this.text(column);
    if (value === '') {
      if (required) this.error(column, value, `${column} is required but empty.`);
      return null;
    }
    const complain = (message: string) =>
      required
        ? this.error(column, value, message)
        : this.warn(column, value, `${message} It is ignored.`);
    const decimal = this.decimalText(value);
    if (!DECIMAL.test(decimal)) {
      complain(`${column} must be a decimal number (like 35.68), not "${value}".`);
      return null;
    }
    const number = Number(decimal);
    if (number < min || number > max) {
      const extra = hint?.(number);
      complain(
        `${column} must be between ${min} and ${max}, not ${value}.${extra ? ` ${extra}` : ''}`,
      );
      return null;
    }
    return number;
  }

  /** A whole number ≥ 0 that a number holds exactly; a warning and null when it is not one. */
  count(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    if (WHOLE.test(value) || GROUPED_WHOLE.test(value)) {
      const count = Number(value.replace(/[, ]/g, ''));
      if (Number.isSafeInteger(count)) return count;
      // Beyond 2^53 a number rounds (99999999999999999999999 → 1e23): say so, never round silently.
      this.warn(
        column,
        value,
        `${column} ${value} is too large to keep exactly (at most ${MAX_COUNT}). It is ignored.`,
      );
      return null;
    }
    this.warn(
      column,
      value,
      `${column} must be a whole number ≥ 0, not "${value}". It is ignored.`,
    );
    return null;
  }

  /** A whole year within `YEAR_LIMITS`; a warning and null when it is not one. */
  year(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    const year = Number(value);
    if (WHOLE.test(value) && year >= YEAR_LIMITS.min && year <= YEAR_LIMITS.max) return year;
    this.warn(
      column,
      value,
      `${column} must be a whole year from ${YEAR_LIMITS.min} to ${YEAR_LIMITS.max}, not "${value}". It is treated as unknown.`,
    );
    return null;
  }

  /** A partial date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); an error or warning when it is not one. */
  date(column: string, required: boolean): string {
    const value = this.text(column);
    if (value === '') {
      if (required) this.error(column, value, `${column} is required but empty.`);
      return '';
    }
    if (isPartialDate(value)) return value;
    const message = `${column} must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not "${value}".`;
    if (required) this.error(column, value, message);
    else this.warn(column, value, `${message} It is ignored.`);
    return '';
  }
}
