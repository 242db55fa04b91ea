/** The `--json` report of a load, the CSV download of its issues, and issues grouped by kind. */
import { csvText } from './export';
import {
  hasErrors,
  INPUT_KINDS,
  inputName,
  type FileCounts,
  type InputKind,
  type Issue,
  type IssueCode,
  type Severity,
} from './issues';
import type { LoadResult } from './load';

/** An issue with its sentence in one language, as the `--json` report and the download give it. */
export type WordedIssue = Issue & { message: string };

/** Words an issue (see `issueText` in `src/i18n/issues.ts`); io/ has codes, never sentences. */
export type IssueWording = (issue: Issue) => string;

/** The `--json` shape of `npm run validate`. */
export interface ValidationJson {
  ok: boolean;
  files: Partial<Record<InputKind, FileCounts>>;
  issues: WordedIssue[];
}

/**
 * The machine-readable summary: `ok` is false when any issue is an error. Each issue keeps its
 * code and params (what scripts read) and gets its `message` from `word`.
 */
export function validationJson(result: LoadResult, word: IssueWording): ValidationJson {
  return {
    ok: !hasErrors(result.issues),
    files: result.files,
    issues: result.issues.map((issue) => ({ ...issue, message: word(issue) })),
  };
}

/** The issues as a CSV report (file, row, column, value, severity, code, message), formula-safe. */
export function issuesCsv(issues: readonly Issue[], word: IssueWording): string {
  return csvText(
    ['file', 'row', 'column', 'value', 'severity', 'code', 'message'],
    issues.map((i) => [i.file, i.row, i.column, i.value, i.severity, i.code, word(i)]),
  );
}

/** Issues of one kind in one file: one severity, one code, one column, in the order found. */
export interface IssueGroup {
  /** Unique within its file. */
  key: string;
  severity: Severity;
  code: IssueCode;
  /** The column every issue of the group is in; empty for the whole row or file. */
  column: string;
  issues: Issue[];
}

/** One file's issues (file `''` for problems not in a file, such as a data address), by kind. */
export interface FileIssues {
  file: string;
  groups: IssueGroup[];
}

/**
 * Groups issues by file, then by severity, code and column, keeping the order in which each
 * file and kind first occurs; `severity` keeps only issues of that severity. One pass, linear
 * time: 200,000 issues group as fast as they can be read.
 */
export function groupIssues(issues: readonly Issue[], severity?: Severity): FileIssues[] {
  const files = new Map<string, { file: FileIssues; groups: Map<string, IssueGroup> }>();
  for (const issue of issues) {
    if (severity && issue.severity !== severity) continue;
    let entry = files.get(issue.file);
    if (!entry) {
      entry = { file: { file: issue.file, groups: [] }, groups: new Map() };
      files.set(issue.file, entry);
    }
    // Severity and code hold no `|`, so the key is unambiguous whatever the column is named.
    const key = `${issue.severity}|${issue.code}|${issue.column}`;
    let group = entry.groups.get(key);
    if (!group) {
      const { code, column } = issue;
      group = { key, severity: issue.severity, code, column, issues: [] };
      entry.groups.set(key, group);
      entry.file.groups.push(group);
    }
    // Appending in place: copying the group on every issue made large reports quadratic.
    group.issues.push(issue);
  }
  return [...files.values()].map((entry) => entry.file);
}

/** One file a report speaks of: its name, and its counts when it is an input that was read. */
export interface ReportFile {
  file: string;
  counts?: FileCounts;
  /** The input it is (its counts say `cities` for a table of pairs); none for a workbook or an address. */
  kind?: InputKind;
}

/**
 * The files a load's report speaks of, in the order it shows them: each input read (by the name
 * it was given), then every other file an issue names (a workbook, a data address), in the
 * order first named.
 */
export function reportFiles(result: Pick<LoadResult, 'files' | 'issues' | 'names'>): ReportFile[] {
  const files: ReportFile[] = [];
  const seen = new Set<string>();
  for (const kind of INPUT_KINDS) {
    const counts = result.files[kind];
    const file = result.names?.[kind] ?? inputName(kind);
    if (!counts && !result.issues.some((issue) => issue.file === file)) continue;
    files.push(counts ? { file, counts, kind } : { file, kind });
    seen.add(file);
  }
  for (const issue of result.issues) {
    if (seen.has(issue.file)) continue;
    seen.add(issue.file);
    files.push({ file: issue.file });
  }
  return files;
}
