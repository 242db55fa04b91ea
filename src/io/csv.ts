/** CSV text → rows of named cells, with the problems of the text itself (not of its values). */
import Papa from 'papaparse';
import type { ExtraColumns } from '../domain/types';
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

/**
 * Splits CSV text into rows. Papaparse reads it with `header: true` and no type guessing (a
 * cell stays the exact text, so `01234` keeps its zero). The delimiter is the one the header
 * line uses most; a UTF-8 BOM and CRLF line ends are accepted. Never throws.
 */
export function parseCsv(text: string, file: DataFile | CsvContract): CsvTable {
  const contract = typeof file === 'string' ? contractOf(file) : file;
  const name = contract.name;
  const issues: Issue[] = [];
  const withoutBom = text.replace(/^\uFEFF/, '');
  // Blank lines above the header are skipped, and counted so row numbers stay the spreadsheet's.
  const leadingBlank = /^(?:[ \t]*\r?\n|[ \t]*\r)*/.exec(withoutBom)![0];
  const raw = withoutBom.slice(leadingBlank.length);
  // An empty file has no header to point at: its problem is reported at row 1.
  const headerRow = raw.trim() === '' ? 1 : 1 + (leadingBlank.match(/\r?\n|\r/g)?.length ?? 0);
  const fileIssue = (code: 'not-text' | 'empty-file'): CsvTable => {
    issues.push(issueAt('error', { file: name, row: headerRow }, code));
    return { rows: [], columns: new Set(), issues, delimiter: ',', headerRow };
  };
  if (looksBinary(raw)) return fileIssue('not-text');
  if (raw.trim() === '') return fileIssue('empty-file');
  const delimiter = detectDelimiter(raw);
  const { body, newline } = normaliseLineEnds(raw, delimiter);

  // Every column is keyed by its position (`#3`), so that papaparse never renames a repeat and
  // a header such as "__proto__" cannot touch the row object's prototype. Headers are mapped
  // onto the contract once all are known, since an exact name wins over an alias anywhere.
  const written: string[] = [];
  // eslint-disable-next-line no-restricted-syntax -- papaparse's row objects; keys are our `#index` names, never data.
  const result = Papa.parse<Record<string, string | string[] | undefined>>(body, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    newline,
    transformHeader: (header, index) => {
      written[index] = header;
      return `#${index}`;
    },
  });

  const fields = result.meta.fields ?? [];
  // A header escaped against formula injection (`'=x`) means the text after the apostrophe.
  // Control characters are invisible and never meant: they are taken out, with a warning.
  const hasControls = CONTROL.test(body);
  const headerTexts = fields.map((_, index) => {
    const header = written[index] ?? '';
    const clean = hasControls ? withoutControls(header) : header;
    if (clean !== header) {
      issues.push(controlIssue(name, headerRow, '', header, clean.trim()));
    }
    return unescapeFormula(clean.trim());
  });
  const matches = contract.mapHeaders(headerTexts);
  // Contract column by key; the other keys are extra columns, named in `extraNames`.
  const columnOf = new Map<string, string>();
  const extraNames = new Map<string, string>();
  const usedExtraNames = new Set<string>();
  const known = contract.columns.map((c) => c.name);
  const headerWarning = <C extends IssueCode>(
    column: string,
    value: string,
    code: C,
    ...params: ParamsArgument<C>
  ) =>
    issues.push(issueAt('warning', { file: name, row: headerRow, column, value }, code, ...params));
  fields.forEach((key, index) => {
    const match = matches[index];
    const header = written[index] ?? '';
    if (match?.kind === 'column') {
      columnOf.set(key, match.column);
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
    extraNames.set(key, extraName);
  });

  const columns = new Set(columnOf.values());
  const headers = fields.map((_, index) => written[index]?.trim() ?? '');
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

  const firstDataRow = headerRow + 1;
  const shapeIssues = new Map<number, Issue[]>();
  for (const error of result.errors) {
    if (error.type === 'Delimiter' || error.row === undefined) continue;
    // Field-count errors count data rows from 0; quote errors count the header as row 0.
    if (error.type === 'Quotes' && error.row === 0) {
      issues.push(headerQuoteIssue(name, headerRow, error));
      continue;
    }
    const dataIndex = error.type === 'Quotes' ? error.row - 1 : error.row;
    const issue = shapeIssue(
      name,
      firstDataRow + dataIndex,
      error,
      result.data[dataIndex],
      fields.length,
      delimiter,
    );
    if (!issue) continue;
    const list = shapeIssues.get(dataIndex) ?? [];
    list.push(issue);
    shapeIssues.set(dataIndex, list);
  }

  const rows: CsvRow[] = [];
  result.data.forEach((record, index) => {
    const cells = new Map<string, string>();
    const extra: ExtraColumns = {};
    let blank = true;
    const problems = [...(shapeIssues.get(index) ?? [])];
    for (const field of fields) {
      const value = record[field];
      let cell = typeof value === 'string' ? value.trim() : '';
      const column = columnOf.get(field);
      if (hasControls && CONTROL.test(cell)) {
        const clean = withoutControls(cell).trim();
        const columnName = column ?? extraNames.get(field) ?? '';
        problems.push(controlIssue(name, firstDataRow + index, columnName, cell, clean));
        cell = clean;
      }
      if (cell !== '') blank = false;
      if (column !== undefined) cells.set(column, cell);
      // defineProperty, so that a column named "__proto__" is kept as data like any other.
      else
        Object.defineProperty(extra, extraNames.get(field) ?? field, {
          value: cell,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    const overflow = record.__parsed_extra;
    if (Array.isArray(overflow) && overflow.some((v) => v.trim() !== '')) blank = false;
    // Blank lines (and the final line end) are not rows of data, unless they hold a broken quote
    // or control characters (reported above).
    if (blank && problems.length === 0) return;
    rows.push({ row: firstDataRow + index, cells, extra, issues: problems, delimiter });
  });

  if (rows.length === 0 && !hasErrors(issues)) {
    issues.push(issueAt('warning', { file: name, row: headerRow }, 'no-data-rows'));
  }
  return { rows, columns, issues, delimiter, headerRow };
}

/** C0 control characters but tab, LF and CR, DEL, and C1 controls: never text a person wrote. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** `text` with every control character (see `CONTROL`) removed. */
function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
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

function controlIssue(
  file: string,
  row: number,
  column: string,
  value: string,
  clean: string,
): Issue {
  const characters = [...new Set(value.match(CONTROLS))].map(
    (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return issueAt('warning', { file, row, column, value }, 'control-characters', {
    characters,
    clean,
  });
}

function headerQuoteIssue(file: string, row: number, error: Papa.ParseError): Issue {
  const unclosed = error.code === 'MissingQuotes';
  // An unclosed quote swallows every row into the header; a malformed one only garbles a name.
  return unclosed
    ? issueAt('error', { file, row }, 'header-quote-unclosed')
    : issueAt('warning', { file, row }, 'header-quote-malformed');
}

function shapeIssue(
  file: string,
  row: number,
  error: Papa.ParseError,
  record: { __parsed_extra?: unknown } | undefined,
  expected: number,
  delimiter: string,
): Issue | null {
  if (error.code === 'TooManyFields') {
    const overflow = record?.__parsed_extra;
    const extra = Array.isArray(overflow) ? overflow.join(delimiter) : '';
    return issueAt('error', { file, row, value: extra }, 'too-many-cells', { expected });
  }
  if (error.code === 'MissingQuotes') {
    return issueAt('error', { file, row }, 'quote-unclosed');
  }
  if (error.code === 'InvalidQuotes') {
    return issueAt('error', { file, row }, 'quote-malformed');
  }
  // Too few cells: the missing ones read as empty, and the value checks say what that breaks.
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
