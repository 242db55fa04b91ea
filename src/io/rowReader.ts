/** Reads typed values out of one CSV row, collecting an issue for every cell it cannot use. */
import { isPartialDate } from '../domain/dates';
import type { CsvRow } from './csv';
import type { Issue } from './issues';

/** Whole years a file may name. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;
// Thousands separators as spreadsheets write them: 1,234,567 or 1 234 567.
const GROUPED_WHOLE = /^\d{1,3}([, ]\d{3})+$/;

/** Typed access to a row's cells; every problem becomes an issue naming file, row and column. */
export interface RowReader {
  readonly issues: Issue[];
  /** True once an error (not a warning) has been reported for this row. */
  hasError(): boolean;
  error(column: string, value: string, message: string): void;
  warn(column: string, value: string, message: string): void;
  /** The trimmed cell, empty when missing. */
  text(column: string): string;
  /** The trimmed cell; an error when empty. */
  required(column: string): string;
  /** `;`-separated list, trimmed, empties and repeats dropped. */
  list(column: string): string[];
  /** A decimal number within [min, max]; an error (required) or warning (optional) otherwise. */
  decimal(
    column: string,
    min: number,
    max: number,
    required: boolean,
    hint?: (n: number) => string,
  ): number | null;
  /** A whole number ≥ 0; a warning and null when it is not one. */
  count(column: string): number | null;
  /** A whole year within `YEAR_RANGE`; a warning and null when it is not one. */
  year(column: string): number | null;
  /** A partial date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); an error or warning when it is not one. */
  date(column: string, required: boolean): string;
}

/** A reader over `row` of `file` (a file name such as `cities.csv`). */
export function rowReader(file: string, row: CsvRow): RowReader {
  const issues: Issue[] = [...row.issues];
  const report =
    (severity: Issue['severity']) => (column: string, value: string, message: string) => {
      issues.push({ file, row: row.row, column, value, severity, message });
    };
  const error = report('error');
  const warn = report('warning');
  const text = (column: string) => row.cells.get(column) ?? '';

  return {
    issues,
    hasError: () => issues.some((issue) => issue.severity === 'error'),
    error,
    warn,
    text,
    required(column) {
      const value = text(column);
      if (value === '') error(column, value, `${column} is required but empty.`);
      return value;
    },
    list(column) {
      return [
        ...new Set(
          text(column)
            .split(';')
            .map((item) => item.trim())
            .filter(Boolean),
        ),
      ];
    },
    decimal(column, min, max, required, hint) {
      const value = text(column);
      const complain = required ? error : warn;
      const ignored = required ? '' : ' It is ignored.';
      if (value === '') {
        if (required) error(column, value, `${column} is required but empty.`);
        return null;
      }
      if (!DECIMAL.test(value)) {
        complain(
          column,
          value,
          `${column} must be a decimal number (like 35.68), not "${value}".${ignored}`,
        );
        return null;
      }
      const number = Number(value);
      if (number < min || number > max) {
        const extra = hint ? ` ${hint(number)}` : '';
        complain(
          column,
          value,
          `${column} must be between ${min} and ${max}, not ${value}.${extra}${ignored}`,
        );
        return null;
      }
      return number;
    },
    count(column) {
      const value = text(column);
      if (value === '') return null;
      if (WHOLE.test(value) || GROUPED_WHOLE.test(value)) return Number(value.replace(/[, ]/g, ''));
      warn(column, value, `${column} must be a whole number ≥ 0, not "${value}". It is ignored.`);
      return null;
    },
    year(column) {
      const value = text(column);
      if (value === '') return null;
      const year = Number(value);
      if (WHOLE.test(value) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) return year;
      warn(
        column,
        value,
        `${column} must be a whole year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, not "${value}". It is treated as unknown.`,
      );
      return null;
    },
    date(column, required) {
      const value = text(column);
      if (value === '') {
        if (required) error(column, value, `${column} is required but empty.`);
        return '';
      }
      if (isPartialDate(value)) return value;
      const message = `${column} must be a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not "${value}".`;
      if (required) error(column, value, message);
      else warn(column, value, `${message} It is ignored.`);
      return '';
    },
  };
}
