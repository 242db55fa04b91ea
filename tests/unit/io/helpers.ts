/** Small shared helpers for the loader tests (not a test file itself). */
import { expect } from 'vitest';
import type { Issue } from '../../../src/io/issues';
import type { LoadResult } from '../../../src/io/load';

/** Joins lines into CSV text with `\n` line ends. */
export const csv = (...lines: string[]): string => lines.join('\n');

/** A valid cities.csv used as the reference list by the workshop and partnership tests. */
export const CITIES = csv(
  'id,name,country,lat,lon',
  'tokyo,Tokyo,JP,35.68,139.69',
  'hanoi,Hanoi,VN,21.03,105.85',
  'vientiane,Vientiane,LA,17.97,102.63',
);

/** The issues of `file` at spreadsheet row `row`. */
export function issuesAt(result: LoadResult, file: string, row: number): Issue[] {
  return result.issues.filter((issue) => issue.file === file && issue.row === row);
}

/** Every issue of `file`. */
export function issuesOf(result: LoadResult, file: string): Issue[] {
  return result.issues.filter((issue) => issue.file === file);
}

/** Errors only. */
export function errorsOf(result: LoadResult, file?: string): Issue[] {
  return result.issues.filter(
    (issue) => issue.severity === 'error' && (file === undefined || issue.file === file),
  );
}

/** A matcher for the issue of `file` at `row`/`column`, its message matching `message`. */
export const issueIn =
  (file: string) =>
  (row: number, column: string, value: string, severity: 'error' | 'warning', message: RegExp) => ({
    file,
    row,
    column,
    value,
    severity,
    message: expect.stringMatching(message),
  });
