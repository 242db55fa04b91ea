/** CSV text → rows of named cells, with the problems of the text itself (not of its values). */
import Papa from 'papaparse';
import type { ColumnHead } from './column';
import { COLUMNS, mapHeaders, type HeaderMatch } from './columns';
import { unescapeFormula } from './formula';
import {
  fileName,
  hasErrors,
  issueAt,
  type DataFile,
  type Issue,
  type IssueCode,
  type ParamsArgument,
} from './issues';
import type { CsvRow } from './rowReader';
import { CONTROL, controlIssue, tableRow, withoutControls, type RowShape } from './tableRow';

export type { CsvRow } from './rowReader';

/** A parsed file: its rows, and problems with the file as a whole. */
export interface CsvTable {
  rows: CsvRow[];
  /** Contract columns the header has. */
  columns: Set<string>;
  issues: Issue[];
  /** The delimiter detected from the header line (`,` when the file has no header). */
  delimiter: string;
  /** The header's row as a spreadsheet numbers it (blank lines above it are skipped). */
  headerRow: number;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * What a file's header is read against: the name issues give the file, the columns it knows
 * (required ones must be there) and how its written headers map onto them. A data file's is its
 * contract (`contractOf`); a pair table brings its own (see `pairTable.ts`).
 */
export interface CsvContract {
  /** The file's name in issues (`cities.csv`, `Book.xlsx › 都市`). */
  name: string;
  columns: readonly ColumnHead[];
  mapHeaders(headers: readonly string[]): HeaderMatch[];
}

/** The contract of `file`, shown under `name` (default `cities.csv` …). */
export function contractOf(file: DataFile, name: string = fileName(file)): CsvContract {
  return { name, columns: COLUMNS[file], mapHeaders: (headers) => mapHeaders(file, headers) };
}

/** What reading a file's header found: its columns, delimiter and row, and the rows read. */
export interface CsvHead {
  /** Contract columns the header has. */
  columns: Set<string>;
  /** The delimiter detected from the header line (`,` when the file has no header). */
  delimiter: string;
  /** The header's row as a spreadsheet numbers it (blank lines above it are skipped). */
  headerRow: number;
  /** Data rows read, blank ones left out. */
  rowCount: number;
}

/**
 * Splits CSV text into rows (see `readCsv`), all kept. Never throws.
 */
export function parseCsv(text: string, file: DataFile | CsvContract): CsvTable {
  const rows: CsvRow[] = [];
  const issues: Issue[] = [];
  const head = readCsv(text, file, issues, (row) => rows.push(row));
  return {
    rows,
    columns: head.columns,
    issues,
    delimiter: head.delimiter,
    headerRow: head.headerRow,
  };
}

/**
 * Reads CSV text row by row: `visit` gets each data row (blank ones left out) as papaparse
 * splits it, with the share of the text read so far, so no row's cells outlive their visit
 * unless kept; 50,000 rows held to the end cost more in garbage collection than splitting them.
 * Papaparse reads with no type guessing (a cell stays the exact text, so `01234` keeps its
 * zero). The delimiter is the one the header line uses most; a UTF-8 BOM and CRLF line ends are
 * accepted. Problems of the text and the header go to `issues` before the first row is visited.
 * Never throws.
 */
export function readCsv(
  text: string,
  file: DataFile | CsvContract,
  issues: Issue[],
  visit: (row: CsvRow, done: number) => void,
): CsvHead {
  const contract = typeof file === 'string' ? contractOf(file) : file;
  const name = contract.name;
  // This file's own issues start here (`issues` may hold other files' before it).
  const start = issues.length;
  const withoutBom = text.replace(/^\uFEFF/, '');
  // Blank lines above the header are skipped, and counted so row numbers stay the spreadsheet's.
  const leadingBlank = /^(?:[ \t]*\r?\n|[ \t]*\r)*/.exec(withoutBom)![0];
  const raw = withoutBom.slice(leadingBlank.length);
  // An empty file has no header to point at: its problem is reported at row 1.
  const headerRow = raw.trim() === '' ? 1 : 1 + (leadingBlank.match(/\r?\n|\r/g)?.length ?? 0);
  const fileIssue = (code: 'not-text' | 'empty-file'): CsvHead => {
    issues.push(issueAt('error', { file: name, row: headerRow }, code));
    return { columns: new Set(), delimiter: ',', headerRow, rowCount: 0 };
  };
  if (looksBinary(raw)) return fileIssue('not-text');
  if (raw.trim() === '') return fileIssue('empty-file');
  const delimiter = detectDelimiter(raw);
  const { body, newline } = normaliseLineEnds(raw, delimiter);
  const hasControls = CONTROL.test(body);

  let shape: RowShape | undefined;
  let columns = new Set<string>();
  let index = 0;
  let rowCount = 0;
  // Rows as arrays: a cell is found by its column's position, so papaparse builds no object per
  // row, never renames a repeated header, and a header such as "__proto__" touches no prototype.
  // In step mode each row's broken quotes come with it (their `row` counts within the step).
  Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    newline,
    step: ({ data: cells, errors, meta }) => {
      const quoteErrors = errors.filter((error) => error.type === 'Quotes');
      if (shape === undefined) {
        const header = readHeader(cells, contract, hasControls, headerRow, issues);
        for (const error of quoteErrors) issues.push(headerQuoteIssue(name, headerRow, error));
        shape = { name, delimiter, hasControls, ...header.shape };
        columns = header.columns;
        return;
      }
      index++;
      const row = headerRow + index;
      const quoteIssues = quoteErrors.flatMap((error) => quoteIssue(name, row, error) ?? []);
      const tabled = tableRow(shape, row, cells, quoteIssues.length ? quoteIssues : undefined);
      if (!tabled) return;
      rowCount++;
      visit(tabled, meta.cursor / body.length);
    },
  });

  if (rowCount === 0 && !hasErrors(issues.slice(start))) {
    issues.push(issueAt('warning', { file: name, row: headerRow }, 'no-data-rows'));
  }
  return { columns, delimiter, headerRow, rowCount };
}

/**
 * The written header `cells` read against the contract: contract columns by position, extra
 * ones named, and a warning or error in `issues` for each problem.
 */
function readHeader(
  cells: readonly string[],
  contract: CsvContract,
  hasControls: boolean,
  headerRow: number,
  issues: Issue[],
): { shape: Pick<RowShape, 'width' | 'layout' | 'extraNames'>; columns: Set<string> } {
  const name = contract.name;
  // A BOM before any header cell is dropped, as papaparse's header mode does.
  const written = cells.map((header) => header.replace(/^\uFEFF/, ''));
  // A header escaped against formula injection (`'=x`) means the text after the apostrophe.
  // Control characters are invisible and never meant: they are taken out, with a warning.
  const headerTexts = written.map((header) => {
    const clean = hasControls ? withoutControls(header) : header;
    if (clean !== header) {
      issues.push(controlIssue(name, headerRow, '', header, clean.trim()));
    }
    return unescapeFormula(clean.trim());
  });
  // Headers are mapped onto the contract once all are known, since an exact name wins over an
  // alias anywhere.
  const matches = contract.mapHeaders(headerTexts);
  // Contract column by position; the other positions are extra columns, named in `extraNames`.
  const columnAt: (string | undefined)[] = [];
  const extraNames = new Map<number, string>();
  const usedExtraNames = new Set<string>();
  const known = contract.columns.map((c) => c.name);
  const headerWarning = <C extends IssueCode>(
    column: string,
    value: string,
    code: C,
    ...params: ParamsArgument<C>
  ) =>
    issues.push(issueAt('warning', { file: name, row: headerRow, column, value }, code, ...params));
  written.forEach((header, index) => {
    const match = matches[index];
    if (match?.kind === 'column') {
      columnAt[index] = match.column;
      return;
    }
    let extraName = headerTexts[index] ?? '';
    const repeatsExactName = match?.kind === 'repeat' && !match.alias;
    if (repeatsExactName || usedExtraNames.has(extraName)) {
      headerWarning(repeatsExactName ? match.column : '', header, 'repeated-column');
      // Renamed, so that the two columns' cells do not share one name in `extra`.
      extraName = `${extraName} (${index + 1})`;
    } else if (match?.kind === 'repeat') {
      headerWarning(match.column, header, 'alias-taken');
    } else if (extraName !== '') {
      // A blank header (a trailing delimiter, as spreadsheets often write) is not worth a warning.
      headerWarning('', header, 'unknown-column', { known });
    }
    usedExtraNames.add(extraName);
    extraNames.set(index, extraName);
  });

  const layout = new Map<string, number>();
  columnAt.forEach((column, index) => {
    if (column !== undefined) layout.set(column, index);
  });
  const columns = new Set(layout.keys());
  const headers = written.map((header) => header.trim());
  for (const spec of contract.columns) {
    if (spec.required && !columns.has(spec.name)) {
      issues.push(
        issueAt('error', { file: name, row: headerRow, column: spec.name }, 'missing-column', {
          found: headers.filter(Boolean),
        }),
      );
    }
    if (spec.absentWarning && !columns.has(spec.name)) {
      const place = { file: name, row: headerRow, column: spec.name };
      issues.push(issueAt('warning', place, spec.absentWarning));
    }
  }
  return { shape: { width: written.length, layout, extraNames: [...extraNames] }, columns };
}

/**
 * The text with one kind of line end between rows, and that line end. Papaparse takes the first
 * line end it sees for every row, so a CRLF header with LF rows (or old Mac CRs among LFs) would
 * run rows together. A file that ends every line with CRLF is read as it is; any other file with
 * a CR gets LF after each row: each CRLF, CR or LF between rows is one line end before and after,
 * so row numbers stay the spreadsheet's. A line end inside a quoted cell is the cell's own text
 * and is kept as written. Quotes are read as papaparse reads them: a quote opens a quoted cell
 * only at the start of a cell, and closes it when followed (after spaces) by the delimiter, a
 * line end or the end of the text; a cell never closed runs to the end.
 */
export function normaliseLineEnds(
  text: string,
  delimiter: string,
): { body: string; newline: '\n' | '\r\n' } {
  if (!text.includes('\r')) return { body: text, newline: '\n' };
  if (!/\r(?!\n)|(?<!\r)\n/.test(text)) return { body: text, newline: '\r\n' };
  const parts: string[] = [];
  let from = 0;
  let cellStart = true;
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (cellStart && char === '"') {
      i = quotedCellEnd(text, i, delimiter);
      cellStart = false;
    } else if (char === '\r') {
      parts.push(text.slice(from, i), '\n');
      i += text[i + 1] === '\n' ? 2 : 1;
      from = i;
      cellStart = true;
    } else {
      cellStart = char === '\n' || char === delimiter;
      i++;
    }
  }
  parts.push(text.slice(from));
  return { body: parts.join(''), newline: '\n' };
}

/** Where the quoted cell opening at `open` ends: after its closing quote, or the text's end. */
function quotedCellEnd(text: string, open: number, delimiter: string): number {
  for (
    let quote = text.indexOf('"', open + 1);
    quote !== -1;
    quote = text.indexOf('"', quote + 1)
  ) {
    // A doubled quote is a quote inside the cell.
    if (text[quote + 1] === '"') {
      quote++;
      continue;
    }
    let after = quote + 1;
    while (after < text.length && text[after] !== delimiter && /[^\S\r\n]/.test(text[after]!)) {
      after++;
    }
    const next = text[after];
    if (next === undefined || next === delimiter || next === '\n' || next === '\r')
      return quote + 1;
    // A stray quote inside the cell (papaparse reports it): the cell goes on.
  }
  return text.length;
}

function headerQuoteIssue(file: string, row: number, error: Papa.ParseError): Issue {
  const unclosed = error.code === 'MissingQuotes';
  // An unclosed quote swallows every row into the header; a malformed one only garbles a name.
  return unclosed
    ? issueAt('error', { file, row }, 'header-quote-unclosed')
    : issueAt('warning', { file, row }, 'header-quote-malformed');
}

/** A broken quote in a data row at spreadsheet row `row`; null for any other parse error. */
function quoteIssue(file: string, row: number, error: Papa.ParseError): Issue | null {
  if (error.code === 'MissingQuotes') return issueAt('error', { file, row }, 'quote-unclosed');
  if (error.code === 'InvalidQuotes') return issueAt('error', { file, row }, 'quote-malformed');
  return null;
}

/** The delimiter the header line uses most (quoted text ignored); a comma when none is used. */
export function detectDelimiter(text: string): string {
  const headerLine = firstRecordLine(text);
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function firstRecordLine(text: string): string {
  let inQuotes = false;
  let line = '';
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if ((char === '\n' || char === '\r') && !inQuotes) break;
    else if (!inQuotes) line += char;
  }
  return line;
}

/** Binary files (spreadsheets saved as .xlsx, images …) hold NUL bytes or undecodable bytes. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const undecodable = sample.match(/\uFFFD/g)?.length ?? 0;
  return undecodable > 8 && undecodable > sample.length / 50;
}
