/** Reads typed values out of one CSV row, collecting an issue for every cell it cannot use. */
import { isPartialDate, YEAR_LIMITS } from '../domain/dates';
import type { CsvRow } from './csv';
import type { Issue } from './issues';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;
// Thousands separators as spreadsheets write them: 1,234,567 or 1 234 567.
const GROUPED_WHOLE = /^\d{1,3}([, ]\d{3})+$/;

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

  error(column: string, value: string, message: string): void {
    this.issues.push({
      file: this.file,
      row: this.row.row,
      column,
      value,
      severity: 'error',
      message,
    });
  }

  warn(column: string, value: string, message: string): void {
    this.issues.push({
      file: this.file,
      row: this.row.row,
      column,
      value,
      severity: 'warning',
      message,
    });
  }

  /** The trimmed cell, empty when missing. */
  text(column: string): string {
    return this.row.cells.get(column) ?? '';
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
    if (!DECIMAL.test(value)) {
      complain(`${column} must be a decimal number (like 35.68), not "${value}".`);
      return null;
    }
    const number = Number(value);
    if (number < min || number > max) {
      const extra = hint?.(number);
      complain(
        `${column} must be between ${min} and ${max}, not ${value}.${extra ? ` ${extra}` : ''}`,
      );
      return null;
    }
    return number;
  }

  /** A whole number ≥ 0; a warning and null when it is not one. */
  count(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    if (WHOLE.test(value) || GROUPED_WHOLE.test(value)) return Number(value.replace(/[, ]/g, ''));
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
