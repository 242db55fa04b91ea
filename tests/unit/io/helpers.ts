/** Small shared helpers for the loader tests (not a test file itself). */
import { expect } from 'vitest';
import { issueText, reportTranslator } from '../../../src/i18n/issues';
import type { Issue, IssueCode } from '../../../src/io/issues';
import {
  loadDataset as loadCodes,
  type DatasetTexts,
  type LoadOptions,
  type LoadResult,
} from '../../../src/io/load';
import type { WordedIssue } from '../../../src/io/report';

const english = reportTranslator('en');

/** An issue with its English sentence, as `npm run validate -- --json` gives it. */
export const inEnglish = (issue: Issue): WordedIssue => ({
  ...issue,
  message: issueText(english, issue),
});

/** A load whose issues carry their English sentences. */
export type EnglishLoad = Omit<LoadResult, 'issues'> & { issues: WordedIssue[] };

/**
 * `loadDataset`, each issue worded in English: io/ returns codes and params, and the tests read
 * the English catalogue's sentence for each, as a user of the CLI does.
 */
export function loadDataset(texts: DatasetTexts, options?: LoadOptions): EnglishLoad {
  const result = loadCodes(texts, options);
  return { ...result, issues: result.issues.map(inEnglish) };
}

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
export function issuesAt<I extends Issue>(result: { issues: I[] }, file: string, row: number): I[] {
  return result.issues.filter((issue) => issue.file === file && issue.row === row);
}

/** Every issue of `file`. */
export function issuesOf<I extends Issue>(result: { issues: I[] }, file: string): I[] {
  return result.issues.filter((issue) => issue.file === file);
}

/** Errors only. */
export function errorsOf<I extends Issue>(result: { issues: I[] }, file?: string): I[] {
  return result.issues.filter(
    (issue) => issue.severity === 'error' && (file === undefined || issue.file === file),
  );
}

/**
 * A matcher for the issue of `file` at `row`/`column`, its English message matching `message`
 * (and its code `code`, when given).
 */
export const issueIn =
  (file: string) =>
  (
    row: number,
    column: string,
    value: string,
    severity: 'error' | 'warning',
    message: RegExp,
    code?: IssueCode,
  ) => ({
    file,
    row,
    column,
    value,
    severity,
    code: code ?? expect.any(String),
    params: expect.any(Object),
    message: expect.stringMatching(message),
  });
