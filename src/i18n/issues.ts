/**
 * The loader's issues and the notices about data, in words: an issue's code and params through
 * the `issues` catalogue, the report around them through `report`. io/ returns codes, never
 * sentences; the CLI (English unless `--lang`), the app (the language being read) and the
 * `--json` report's `message` all word them here, with a `t` of the language wanted.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../state/language';
import { EN } from './catalogue';
import { createTranslator } from './core';
import type { OmittedLink } from '../io/export';
import {
  ISSUE_CODES,
  SEVERITIES,
  type FileCounts,
  type InputKind,
  type Issue,
  type IssueCode,
  type Severity,
} from '../io/issues';
import type { LoadResult } from '../io/load';
import { reportFiles, type IssueGroup } from '../io/report';

/** The namespaces the report's words come from; `useTranslation(REPORT_NAMESPACES)` in React. */
export const REPORT_NAMESPACES = ['report', 'issues', 'cli', 'terms'] as const;

/** A `t` that knows the report's namespaces (keys written with their namespace: `issues:none`). */
export type ReportT = TFunction<typeof REPORT_NAMESPACES>;

/** The report's `t` in `language`, for code outside React (the CLI). */
export function reportTranslator(language: Language): ReportT {
  return createTranslator(language).getFixedT(language, REPORT_NAMESPACES);
}

/** A list in the language's way: `a, b` / `a、b`; the language's "nothing" when empty. */
function list(t: ReportT, items: readonly string[]): string {
  return items.length === 0 ? t('issues:none') : items.join(t('issues:listSeparator'));
}

/**
 * The interpolation values of an issue: its place and its params, lists joined. Numbers stay
 * numbers, for the catalogue's `{{count, number}}` and its plurals.
 */
function variables(t: ReportT, issue: Issue): object {
  const params = Object.entries(issue.params).map(([name, param]: [string, unknown]) => [
    name,
    Array.isArray(param) ? list(t, param as string[]) : param,
  ]);
  const { file, row, column, value } = issue;
  return {
    file,
    row,
    column,
    value,
    ...Object.fromEntries(params),
    ...nearestSentence(t, issue.params),
  };
}

/**
 * The sentence on the nearest country of a point at sea. It has a plural of its own, worded
 * here: nested in the catalogue with `$t(…, {"count": {{km}}})`, it broke once a group of
 * issues elided the distance (`…` is not JSON) and showed its raw key.
 */
function nearestSentence(t: ReportT, params: object): { seaNearest?: string } {
  if (!('nearest' in params) || !('km' in params)) return {};
  const { nearest, km } = params as { nearest: unknown; km: unknown };
  if (typeof km !== 'number' || typeof nearest !== 'string')
    return { seaNearest: t('issues:seaNearestVaries') };
  return { seaNearest: t('issues:seaNearest', { count: km, nearest }) };
}

/** The catalogue's name of a code's text: `invalid-utf8_one` and `not-a-date_warning` word a code. */
type CodeOf<Key> = Key extends `${infer Code}_${'one' | 'other' | 'warning'}` ? Code : Key;

/** Every code, as one the English catalogue words: a code without a text fails to compile here. */
const WORDED_CODES: readonly CodeOf<keyof typeof EN.issues.code>[] = ISSUE_CODES;

/** Codes whose warning says more than their error: what was ignored (`not-a-date_warning`). */
const WITH_WARNING_TEXT: ReadonlySet<IssueCode> = new Set(
  WORDED_CODES.filter((code) => Object.hasOwn(EN.issues.code, `${code}_warning`)),
);

/** `t` for a key chosen at run time: i18next's types check variables of keys written out. */
type RuntimeT = (key: `issues:code.${string}`, options: object) => string;

/**
 * An issue as a sentence in the language of `t`: `lat must be between -90 and 90, not 95.`
 * A warning reads the code's `_warning` text where it has one (it says what was ignored). The
 * catalogue test checks that each text uses only the variables its code has.
 */
export function issueText(t: ReportT, issue: Issue): string {
  const variant = issue.severity === 'warning' && WITH_WARNING_TEXT.has(issue.code);
  const key = `issues:code.${issue.code}${variant ? '_warning' : ''}` as const;
  return (t as unknown as RuntimeT)(key, variables(t, issue));
}

/** True when two param values are the same (lists item by item). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/**
 * What the issues of a group share, as one sentence: the text of its first issue, with the
 * value and every param that differs from row to row written as `…`
 * (`population must be a whole number ≥ 0, not "…". It is ignored.`).
 */
export function groupText(t: ReportT, group: IssueGroup): string {
  const [first, ...rest] = group.issues;
  if (!first) return '';
  const elided = t('issues:elided');
  const params = Object.fromEntries(
    Object.entries(first.params).map(([name, param]: [string, unknown]) => {
      const varies = rest.some((issue) => !same(Reflect.get(issue.params, name), param));
      return [name, varies ? elided : param];
    }),
  );
  const value = rest.some((issue) => issue.value !== first.value) ? elided : first.value;
  return issueText(t, { ...first, value, params } as Issue);
}

/** `error` / `エラー`. */
export function severityText(t: ReportT, severity: Severity): string {
  return t(`report:severity.${severity}`);
}

/** `1 error` / `エラー1件`. */
export function errorsText(t: ReportT, count: number): string {
  return t('report:errors', { count });
}

/** `2 warnings` / `警告2件`. */
export function warningsText(t: ReportT, count: number): string {
  return t('report:warnings', { count });
}

/** `1 row` / `1行`. */
export function rowsText(t: ReportT, count: number): string {
  return t('report:rows', { count });
}

/** How many of `issues` are errors and how many warnings. */
export function countSeverities(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/**
 * A file's counts (`cities.csv — 3 rows: 2 loaded, 1 rejected`), for the app's report (`page`)
 * or the CLI's (`text`); a table of pairs says the partnerships and cities derived from it.
 */
export function countsText(
  t: ReportT,
  file: string,
  counts: FileCounts,
  form: 'page' | 'text',
): string {
  const params = {
    file,
    rows: rowsText(t, counts.rows),
    accepted: counts.accepted,
    rejected: counts.rejected,
  };
  if (counts.cities !== undefined) {
    const cities = counts.cities;
    return form === 'page'
      ? t('report:pairCounts', { ...params, cities })
      : t('report:text.pairCounts', { ...params, cities });
  }
  return form === 'page' ? t('report:fileCounts', params) : t('report:text.fileCounts', params);
}

/**
 * `npm run validate`'s report for people, in the language of `t`: each file's counts, then its
 * issues with row, column and value, then a verdict line.
 */
export function validationText(t: ReportT, result: LoadResult): string {
  const lines: string[] = [];
  // Severities padded to one width, so that the places line up.
  const width = Math.max(...SEVERITIES.map((severity) => severityText(t, severity).length));
  for (const { file: name, counts } of reportFiles(result)) {
    // Problems not in a file (a data address) have no file name: the CLI never has those.
    if (name === '') continue;
    const issues = result.issues.filter((issue) => issue.file === name);
    lines.push(
      counts ? countsText(t, name, counts, 'text') : t('report:text.fileOnly', { file: name }),
    );
    for (const issue of issues) {
      const { row, column } = issue;
      const place = column
        ? t('report:text.rowColumn', { row, column })
        : t('report:text.row', { row });
      const line = t('report:text.line', {
        severity: severityText(t, issue.severity).padEnd(width),
        place: issue.value
          ? t('report:text.withValue', { place, value: JSON.stringify(issue.value) })
          : place,
        message: issueText(t, issue),
      });
      lines.push(`  ${line}`);
    }
  }
  const { errors, warnings } = countSeverities(result.issues);
  lines.push(
    errors > 0
      ? t('report:text.failed', {
          errors: errorsText(t, errors),
          warnings: warningsText(t, warnings),
        })
      : warnings > 0
        ? t('report:text.okWarnings', { warnings: warningsText(t, warnings) })
        : t('report:text.ok'),
  );
  return lines.join('\n');
}

/** Omitted links named in a note; the rest are counted (the file lists them all). */
const NOTE_NAMES = 5;

/**
 * "Left out 1 link whose two cities are at the same point: kita–port (partnership)." — what the
 * CLI prints and the app shows after a GeoJSON export; null when no link was left out.
 */
export function omittedLinksText(t: ReportT, omitted: readonly OmittedLink[]): string | null {
  if (omitted.length === 0) return null;
  const named: string[] = omitted.slice(0, NOTE_NAMES).map((link) =>
    t('report:omitted.link', {
      source: link.source,
      target: link.target,
      kind: t(`report:omitted.kind.${link.kind}`),
    }),
  );
  if (omitted.length > NOTE_NAMES)
    named.push(t('report:omitted.more', { count: omitted.length - NOTE_NAMES }));
  return t('report:omitted.note', { count: omitted.length, links: list(t, named) });
}

/**
 * Something the app says about the data it loads, imports, keeps or exports, as a code and
 * its values; `dataNoticeText` words it in the language being read.
 */
export type DataNotice =
  /** The import is shown, but the browser's storage refused to keep it. */
  | { kind: 'notKept' }
  | { kind: 'cancelled' }
  /** The import `name` gave no city: the data on screen is kept, its report says why. */
  | { kind: 'nothingLoaded'; name: string }
  /** The worker failed; `reason` is its error message. */
  | { kind: 'failed'; reason: string }
  /** The browser's storage did not answer; `bundled`: the bundled data is shown instead. */
  | { kind: 'storageTimeout'; seconds: number; bundled: boolean }
  /** The `?data=` address could not be used; the bundled data is shown instead. */
  | { kind: 'addressBundled' }
  /** The data of the `?data=` address `url` could not be loaded (`reason`); the bundled data is shown. */
  | { kind: 'addressFailed'; url: string; reason: string }
  /** More files were dropped than a dataset has. */
  | { kind: 'tooManyFiles'; given: number }
  /** Files that are no data file (`unknown`), or a second file of one kind (`twice`). */
  | {
      kind: 'unplacedFiles';
      unknown: readonly string[];
      twice: readonly { name: string; kind: InputKind | 'workbook' }[];
    }
  /** Links the last GeoJSON export left out. */
  | { kind: 'omittedLinks'; links: readonly OmittedLink[] };

/** A data notice as sentences in the language of `t`. */
export function dataNoticeText(t: ReportT, notice: DataNotice): string {
  switch (notice.kind) {
    case 'notKept':
      return t('report:notice.notKept');
    case 'cancelled':
      return t('report:notice.cancelled');
    case 'nothingLoaded':
      return t('report:notice.nothingLoaded', { name: notice.name });
    case 'failed':
      return t('report:notice.failed', { reason: notice.reason });
    case 'storageTimeout':
      return t(
        notice.bundled ? 'report:notice.storageTimeoutBundled' : 'report:notice.storageTimeout',
        {
          seconds: notice.seconds,
        },
      );
    case 'addressBundled':
      return t('report:notice.addressBundled');
    case 'addressFailed':
      return t('report:notice.addressFailed', { url: notice.url, reason: notice.reason });
    case 'tooManyFiles':
      return t('report:notice.tooManyFiles', { given: notice.given });
    case 'unplacedFiles': {
      const unknown =
        notice.unknown.length > 0 &&
        t('report:notice.unknownFiles', { names: list(t, notice.unknown) });
      const twice =
        notice.twice.length > 0 &&
        t('report:notice.sameKind', {
          files: list(
            t,
            notice.twice.map(({ name, kind }) => t('report:notice.fileOfKind', { name, kind })),
          ),
        });
      return unknown && twice
        ? t('report:notice.both', { first: unknown, second: twice })
        : unknown || twice || '';
    }
    case 'omittedLinks':
      return omittedLinksText(t, notice.links) ?? '';
  }
}
