/** CSV text → rows of named cells, with the problems of the text itself (not of its values). */
import Papa from 'papaparse';
import { COLUMNS, normaliseHeader } from './columns';
import { fileName, type DataFile, type Issue } from './issues';

/** One data row: the contract's cells by column name, the unknown ones by their header. */
export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: Map<string, string>;
  extra: Record<string, string>;
  /** Problems with the row's shape (too many cells, broken quotes). */
  issues: Issue[];
}

/** A parsed file: its rows, and problems with the file as a whole. */
export interface CsvTable {
  rows: CsvRow[];
  /** Contract columns the header has. */
  columns: Set<string>;
  issues: Issue[];
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Splits CSV text into rows. Papaparse reads it with `header: true` and no type guessing (a
 * cell stays the exact text, so `01234` keeps its zero). The delimiter is the one the header
 * line uses most; a UTF-8 BOM and CRLF line ends are accepted. Never throws.
 */
export function parseCsv(text: string, file: DataFile): CsvTable {
  const name = fileName(file);
  const issues: Issue[] = [];
  const withoutBom = text.replace(/^\uFEFF/, '');
  // Blank lines above the header are skipped, and counted so row numbers stay the spreadsheet's.
  const leadingBlank = /^(?:[ \t]*\r?\n|[ \t]*\r)*/.exec(withoutBom)![0];
  const body = withoutBom.slice(leadingBlank.length);
  // An empty file has no header to point at: its problem is reported at row 1.
  const headerRow = body.trim() === '' ? 1 : 1 + (leadingBlank.match(/\r?\n|\r/g)?.length ?? 0);
  const fileIssue = (message: string): CsvTable => {
    issues.push({ file: name, row: headerRow, column: '', value: '', severity: 'error', message });
    return { rows: [], columns: new Set(), issues };
  };
  if (looksBinary(body)) {
    return fileIssue(
      `${name} is not CSV text (it looks like a binary file); export it as CSV (UTF-8).`,
    );
  }
  if (body.trim() === '')
    return fileIssue(`${name} is empty: it needs a header row and data rows.`);
  const delimiter = detectDelimiter(body);

  const known = new Set(COLUMNS[file].map((c) => c.name));
  const seenHeaders = new Set<string>();
  const extraNames = new Map<string, string>();
  const result = Papa.parse<Record<string, string | string[] | undefined>>(body, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    // Contract columns are keyed by their contract name. Every other column gets a key of its
    // own (`#3`), so that papaparse never renames a repeat and a header such as "__proto__"
    // cannot touch the row object's prototype; `extraNames` keeps the header as written.
    transformHeader: (header, index) => {
      const normalised = normaliseHeader(header);
      if (known.has(normalised) && !seenHeaders.has(normalised)) {
        seenHeaders.add(normalised);
        return normalised;
      }
      let extraName = header.trim();
      if (known.has(normalised) || [...extraNames.values()].includes(extraName)) {
        issues.push({
          file: name,
          row: headerRow,
          column: known.has(normalised) ? normalised : '',
          value: header,
          severity: 'warning',
          message: `Column "${header}" appears twice; the first one is used and this one is kept as an extra column.`,
        });
        extraName = `${extraName} (${index + 1})`;
      }
      const key = `#${index}`;
      extraNames.set(key, extraName);
      return key;
    },
  });

  const fields = result.meta.fields ?? [];
  const columns = new Set(fields.filter((f) => known.has(f)));
  const headers = fields.map((f) => extraNames.get(f) ?? f);
  for (const spec of COLUMNS[file]) {
    if (spec.required && !columns.has(spec.name)) {
      issues.push({
        file: name,
        row: headerRow,
        column: spec.name,
        value: '',
        severity: 'error',
        message: `The header has no "${spec.name}" column, which ${name} requires. Found: ${headers.join(', ') || 'nothing'}.`,
      });
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
    const extra: Record<string, string> = {};
    let blank = true;
    for (const field of fields) {
      const value = record[field];
      const cell = typeof value === 'string' ? value.trim() : '';
      if (cell !== '') blank = false;
      const extraName = extraNames.get(field);
      if (extraName === undefined) cells.set(field, cell);
      // defineProperty, so that a column named "__proto__" is kept as data like any other.
      else
        Object.defineProperty(extra, extraName, {
          value: cell,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    const overflow = record.__parsed_extra;
    if (Array.isArray(overflow) && overflow.some((v) => v.trim() !== '')) blank = false;
    const problems = shapeIssues.get(index) ?? [];
    // Blank lines (and the final line end) are not rows of data, unless they hold a broken quote.
    if (blank && problems.length === 0) return;
    rows.push({ row: firstDataRow + index, cells, extra, issues: problems });
  });

  if (rows.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push({
      file: name,
      row: headerRow,
      column: '',
      value: '',
      severity: 'warning',
      message: `${name} has a header but no data rows.`,
    });
  }
  return { rows, columns, issues };
}

function headerQuoteIssue(file: string, row: number, error: Papa.ParseError): Issue {
  const unclosed = error.code === 'MissingQuotes';
  return {
    file,
    row,
    column: '',
    value: '',
    // An unclosed quote swallows every row into the header; a malformed one only garbles a name.
    severity: unclosed ? 'error' : 'warning',
    message: unclosed
      ? 'A quoted header is never closed, so the whole file reads as its header; close the quote.'
      : 'A quote in the header is malformed (a quote inside a quoted cell must be doubled: "").',
  };
}

function shapeIssue(
  file: string,
  row: number,
  error: Papa.ParseError,
  record: Record<string, unknown> | undefined,
  expected: number,
  delimiter: string,
): Issue | null {
  if (error.code === 'TooManyFields') {
    const overflow = record?.__parsed_extra;
    const extra = Array.isArray(overflow) ? overflow.join(delimiter) : '';
    return {
      file,
      row,
      column: '',
      value: extra,
      severity: 'error',
      message: `Row has more cells than the header's ${expected} columns; a cell containing the delimiter probably needs quotes.`,
    };
  }
  if (error.code === 'MissingQuotes') {
    return {
      file,
      row,
      column: '',
      value: '',
      severity: 'error',
      message:
        'A quoted cell is never closed, so the rest of the file reads as one cell; close the quote.',
    };
  }
  if (error.code === 'InvalidQuotes') {
    return {
      file,
      row,
      column: '',
      value: '',
      severity: 'error',
      message:
        'A quote in this row is malformed (a quote inside a quoted cell must be doubled: "").',
    };
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
