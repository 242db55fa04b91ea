/**
 * Problems found in input files, as values the app and the CLI can show. An issue carries a
 * stable `code` and its `params`, never a sentence: the words come from the catalogue of the
 * reader's language (`src/i18n/issues.ts`), so scripts read codes and people read their language.
 */

/** The three files of a dataset, by the name the contract gives them. */
export const DATA_FILES = ['cities', 'workshops', 'partnerships'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/**
 * Every kind of input the loader reads: the three files, and a single table of pairs (two
 * places per row, from which cities and partnerships are derived; see `pairTable.ts`).
 */
export const INPUT_KINDS = [...DATA_FILES, 'pairs'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** The name an input is shown by unless told otherwise: `cities` → `cities.csv`, `pairs` → `pairs.csv`. */
export function inputName(kind: InputKind): string {
  return `${kind}.csv`;
}

/** `cities` → `cities.csv`. */
export function fileName(file: DataFile): string {
  return `${file}.csv`;
}

export const SEVERITIES = ['error', 'warning'] as const;
/** `error` rejects the row (or the file); `warning` keeps it and says what was ignored. */
export type Severity = (typeof SEVERITIES)[number];

/**
 * Every code an issue can have, in the order data/README.md lists them. A code is part of the
 * `--json` contract: never rename one; add a new code for a new kind of problem.
 */
export const ISSUE_CODES = [
  // The file as a whole.
  'missing-cities',
  'not-text',
  'empty-file',
  'no-data-rows',
  'encoding-guessed',
  'invalid-utf8',
  // The header row.
  'missing-column',
  'repeated-column',
  'alias-taken',
  'unknown-column',
  'header-quote-unclosed',
  'header-quote-malformed',
  // A row's shape and characters.
  'too-many-cells',
  'quote-unclosed',
  'quote-malformed',
  'control-characters',
  // A cell's value.
  'required',
  'not-a-number',
  'out-of-range',
  'swapped-coordinates',
  'not-a-count',
  'too-large',
  'not-a-year',
  'not-a-date',
  'end-before-start',
  'unknown-country',
  'unknown-city',
  'same-city',
  'unknown-status',
  'not-a-web-address',
  'duplicate-id',
  // The data address (`?data=`) and fetching its files.
  'data-empty',
  'data-not-absolute',
  'data-not-http',
  'fetch-failed',
  'fetch-status',
  'fetch-web-page',
  'fetch-broken',
  'fetch-timeout',
  // Pair tables
  'pair-header-unknown',
  'pair-city-conflict',
  'data-file-unknown',
  // Workbooks
  'workbook-encrypted',
  'workbook-unsupported',
  'workbook-corrupt',
  'workbook-web-page',
  'workbook-is-text',
  'workbook-empty',
  'workbook-no-sheet',
  'workbook-sheet-skipped',
  'workbook-repeated-sheet',
  'cell-error',
  // Countries as written
  'countries-from-coordinates',
  'country-inferred',
  'country-contradicts-coordinates',
  'coordinates-at-sea',
  'country-inferred-nearest',
] as const;
/** A kind of problem, stable across versions and languages (see `ISSUE_CODES`). */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** No parameters: the issue's file, row, column and value say it all. */
type None = Readonly<Record<never, never>>;

/**
 * The parameters of each code, beyond the issue's own file, row, column and value. Lists stay
 * lists (each language joins them its own way); numbers stay numbers.
 */
export interface IssueParamsByCode {
  'missing-cities': None;
  'not-text': None;
  'empty-file': None;
  'no-data-rows': None;
  /** The WHATWG label of the encoding the file was read in (`shift_jis`). */
  'encoding-guessed': { readonly encoding: string };
  /** How many characters show as U+FFFD. */
  'invalid-utf8': { readonly count: number };
  /** The headers the file has. */
  'missing-column': { readonly found: readonly string[] };
  'repeated-column': None;
  'alias-taken': None;
  /** The columns the file knows. */
  'unknown-column': { readonly known: readonly string[] };
  'header-quote-unclosed': None;
  'header-quote-malformed': None;
  /** How many columns the header has. */
  'too-many-cells': { readonly expected: number };
  'quote-unclosed': None;
  'quote-malformed': None;
  /** The characters removed (`U+0007`), and the text that is left. */
  'control-characters': { readonly characters: readonly string[]; readonly clean: string };
  required: None;
  'not-a-number': None;
  'out-of-range': { readonly min: number; readonly max: number };
  'swapped-coordinates': { readonly min: number; readonly max: number };
  'not-a-count': None;
  /** The largest whole number kept exactly. */
  'too-large': { readonly max: number };
  'not-a-year': { readonly min: number; readonly max: number };
  'not-a-date': None;
  /** The column the end is compared with (`start_year`), and its value. */
  'end-before-start': { readonly startColumn: string; readonly start: string };
  'unknown-country': None;
  'unknown-city': None;
  /** The city both ends name. */
  'same-city': { readonly city: string };
  /** The values the column takes. */
  'unknown-status': { readonly allowed: readonly string[] };
  'not-a-web-address': None;
  /** The row that first used the id. */
  'duplicate-id': { readonly firstRow: number };
  'data-empty': None;
  'data-not-absolute': None;
  /** The scheme given instead (`javascript:`). */
  'data-not-http': { readonly protocol: string };
  'fetch-failed': None;
  /** The server's answer (`404`); the status text is empty over HTTP/2. */
  'fetch-status': { readonly status: number; readonly statusText: string };
  'fetch-web-page': None;
  'fetch-broken': None;
  /** How long the app waited. */
  'fetch-timeout': { readonly seconds: number };
  // Pair tables
  /** The headers the file has (none names both ends' names and coordinates). */
  'pair-header-unknown': { readonly found: readonly string[] };
  /** The city's name, the row that first placed it, how far apart the two places are (km), and the id of the second city. */
  'pair-city-conflict': {
    readonly city: string;
    readonly firstRow: number;
    readonly km: number;
    readonly id: string;
  };
  /** A single file at the data address is neither a workbook nor a CSV whose header tells its kind. */
  'data-file-unknown': None;
  // Workbooks
  'workbook-encrypted': None;
  'workbook-unsupported': None;
  'workbook-corrupt': None;
  'workbook-web-page': None;
  'workbook-is-text': None;
  'workbook-empty': None;
  /** The names of the workbook's sheets. */
  'workbook-no-sheet': { readonly sheets: readonly string[] };
  'workbook-sheet-skipped': None;
  /** The sheet (or file) that already gave the same table. */
  'workbook-repeated-sheet': { readonly first: string };
  /** The cell's address (`C5`); the value is the error it holds (`#REF!`). */
  'cell-error': { readonly cell: string };
  // Countries as written
  'countries-from-coordinates': None;
  /** The country (ISO alpha-2) the city's coordinates lie in, which is used. */
  'country-inferred': { readonly country: string };
  /**
   * The country written (ISO alpha-2), the one the coordinates lie in, and whether swapping lat
   * and lon would put the city in the written country.
   */
  'country-contradicts-coordinates': {
    readonly country: string;
    readonly found: string;
    readonly swapped: boolean;
  };
  /**
   * The country written (ISO alpha-2), the coordinates, which lie in no country and over 25 km
   * from the one written, the nearest country within 1,000 km ('' when none) and its distance in
   * km (0 when none), and whether swapping lat and lon would put the city in the written country.
   */
  'coordinates-at-sea': {
    readonly country: string;
    readonly lat: number;
    readonly lon: number;
    readonly nearest: string;
    readonly km: number;
    readonly swapped: boolean;
  };
  /**
   * The country (ISO alpha-2) nearest the coordinates, over 25 km but within 300 km off its
   * coast, which is used for a city whose country is empty or unknown; its distance in km.
   */
  'country-inferred-nearest': {
    readonly country: string;
    readonly lat: number;
    readonly lon: number;
    readonly km: number;
  };
}

// A code without its parameters, or parameters without their code, is a compile error.
type ParamsCheck = { [C in IssueCode]: IssueParamsByCode[C] };

/** The parameters of issues of code `C`. */
export type IssueParams<C extends IssueCode = IssueCode> = ParamsCheck[C];

/** Where an issue is: file name, spreadsheet row, and the column and value when a cell is at fault. */
export interface IssuePlace {
  file: string;
  row: number;
  /** Empty (the default) when the whole row or file is at fault. */
  column?: string;
  /** The offending text as written; empty by default. */
  value?: string;
}

/** What every issue has, whatever its code. */
interface IssueBase {
  /** File name, e.g. `cities.csv`; empty when not in a file (the data address). */
  file: string;
  /** Spreadsheet row: the header is row 1, the first data row is row 2; 0 when not in a row (a URL, a request). */
  row: number;
  /** The contract's column name (`lat`), or empty when the whole row or file is at fault. */
  column: string;
  /** The offending text as written (may be empty). */
  value: string;
  severity: Severity;
}

/** An issue of code `C`, with that code's parameters. */
export type IssueOf<C extends IssueCode> = IssueBase & { code: C; params: IssueParams<C> };

/** One problem, located as a spreadsheet shows it, as a code and its parameters. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** The parameters argument of code `C`: left out when the code has none. */
export type ParamsArgument<C extends IssueCode> = keyof IssueParams<C> extends never
  ? []
  : [params: IssueParams<C>];

/** The one way to make an issue: `severity` and `code` (with its `params`) at `place`. */
export function issueAt<C extends IssueCode>(
  severity: Severity,
  place: IssuePlace,
  code: C,
  ...[params]: ParamsArgument<C>
): Issue {
  const { file, row, column = '', value = '' } = place;
  // Key order is the `--json` report's: place, severity, then what the problem is.
  return { file, row, column, value, severity, code, params: params ?? {} } as IssueOf<C> as Issue;
}

/**
 * How many data rows a file had, and what became of them. `rows = accepted + rejected`. For a
 * pair table, `accepted` counts the rows that became partnerships, and `cities` the cities
 * derived from them.
 */
export interface FileCounts {
  rows: number;
  accepted: number;
  rejected: number;
  /** Pair tables only: the cities derived from the rows used (merged ones counted once). */
  cities?: number;
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
