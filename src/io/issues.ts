/** Problems found in input files, as values the app and the CLI can show. */

/** The three files of a dataset, by the name the contract gives them. */
export const DATA_FILES = ['cities', 'workshops', 'partnerships'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** `cities` → `cities.csv`. */
export function fileName(file: DataFile): string {
  return `${file}.csv`;
}

export const SEVERITIES = ['error', 'warning'] as const;
/** `error` rejects the row (or the file); `warning` keeps it and says what was ignored. */
export type Severity = (typeof SEVERITIES)[number];

/** One problem, located as a spreadsheet shows it. */
export interface Issue {
  /** File name, e.g. `cities.csv`. */
  file: string;
  /** Spreadsheet row: the header is row 1, the first data row is row 2; 0 when not in a row (a URL, a request). */
  row: number;
  /** The contract's column name (`lat`), or empty when the whole row or file is at fault. */
  column: string;
  /** The offending text as written (may be empty). */
  value: string;
  severity: Severity;
  message: string;
}

/** Where an issue is: file name, spreadsheet row, and the column and value when a cell is at fault. */
export interface IssuePlace {
  file: string;
  row: number;
  /** Empty (the default) when the whole row or file is at fault. */
  column?: string;
  /** The offending text as written; empty by default. */
  value?: string;
}

/** The one way to make an issue: `severity` and `message` at `place`. */
export function issueAt(severity: Severity, place: IssuePlace, message: string): Issue {
  const { file, row, column = '', value = '' } = place;
  return { file, row, column, value, severity, message };
}

/** How many data rows a file had, and what became of them. `rows = accepted + rejected`. */
export interface FileCounts {
  rows: number;
  accepted: number;
  rejected: number;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
