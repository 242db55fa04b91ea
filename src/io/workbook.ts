/**
 * Excel workbooks → the CSV texts the loader reads. Each sheet is placed as one of the inputs
 * (cities, workshops, partnerships, a table of pairs) by its header or its name, and becomes the
 * text a CSV export of it would be (see `sheetText.ts`); problems with the workbook as a whole, or
 * with a sheet it cannot place, are issues. The spreadsheet library (SheetJS) is loaded with a
 * dynamic `import()`, so that it is a chunk of its own, fetched only when a workbook arrives.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { decodeText } from './decode';
import { identifyFile } from './identify';
import { INPUT_KINDS, issueAt, type InputKind, type Issue } from './issues';
import type { DatasetTexts } from './load';
import { cellAddress, cellText, csvCell, type CellReading, type SheetGrid } from './sheetText';

/** What a workbook gave: each placed sheet's CSV text and shown name by kind, and its problems. */
export interface WorkbookRead {
  texts: DatasetTexts;
  /** `Book.xlsx › 都市`: the workbook's name, U+203A, and the sheet's. */
  names: Partial<Record<InputKind, string>>;
  issues: Issue[];
}

/** Options of `readWorkbook`. */
export interface WorkbookOptions {
  /** Called now and then with the share of the reading done, 0..1. */
  onProgress?(done: number): void;
}

type Xlsx = typeof import('@e965/xlsx');

let library: Promise<Xlsx> | undefined;

/**
 * SheetJS's mini build (xlsx, xlsm, ods; ≈ 280 kB), loaded once. A CommonJS bundle: Node and the
 * bundler hand it over as the module's default export.
 */
function loadLibrary(): Promise<Xlsx> {
  library ??= import('@e965/xlsx/dist/xlsx.mini.min.js').then(
    (module) => ((module as { default?: Xlsx }).default ?? module) as Xlsx,
  );
  return library;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The header of an OLE compound file: Excel 97–2003, or an encrypted Office file. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_NAME = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/**
 * True for a file to open as a workbook: a ZIP or OLE file by its first bytes, or a file named
 * like one (a `.xlsx` that is really text is then read as text by `readWorkbook`, with a warning).
 */
export function isWorkbook(name: string, bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE) || WORKBOOK_NAME.test(name);
}

/** How a sheet is shown in issues and the report: `Book.xlsx › 都市`. */
export function sheetName(workbook: string, sheet: string): string {
  return `${workbook} \u203A ${sheet}`;
}

/**
 * Reads a workbook's sheets into CSV texts by kind. Never throws: a workbook that cannot be read
 * (encrypted, corrupt, an old `.xls`, a web page) gives an error issue and no texts.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  name: string,
  options: WorkbookOptions = {},
): Promise<WorkbookRead> {
  const progress = (done: number) => options.onProgress?.(done);
  const result: WorkbookRead = { texts: {}, names: {}, issues: [] };
  const fail = (code: WorkbookFailure): WorkbookRead => {
    result.issues.push(issueAt('error', { file: name, row: 0 }, code));
    return result;
  };
  progress(0);
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, OLE)) return readAsText(bytes, name);
  const xlsx = await loadLibrary();
  progress(0.05);
  if (startsWith(bytes, OLE)) {
    // An encrypted xlsx is an OLE container holding the encrypted ZIP as `EncryptedPackage`.
    return fail(isEncrypted(xlsx, bytes) ? 'workbook-encrypted' : 'workbook-unsupported');
  }
  // The library can loop for ever on a ZIP without its end record (a truncated download).
  if (!hasZipEnd(bytes)) return fail('workbook-corrupt');
  let workbook: WorkBook;
  try {
    // Dense rows, raw values and number formats; the library formats no text we do not use.
    workbook = xlsx.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) return fail('workbook-encrypted');
    // The mini build has no reader for the binary .xlsb: it fails on the parser it lacks.
    if (/is not defined/.test(message)) return fail('workbook-unsupported');
    return fail('workbook-corrupt');
  }
  progress(0.7);
  const reading: CellReading = {
    date1904: Boolean(workbook.Workbook?.WBProps?.date1904),
    isDateFormat: (format) => Boolean(xlsx.SSF.is_date(format)),
  };
  placeSheets(workbook, name, reading, result, (done) => progress(0.7 + 0.3 * done));
  progress(1);
  return result;
}

/** The codes of a workbook that cannot be read at all. */
type WorkbookFailure =
  'workbook-encrypted' | 'workbook-unsupported' | 'workbook-corrupt' | 'workbook-web-page';

/** The ZIP's end-of-central-directory record, in the last 64 kB + 22 bytes as the format puts it. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 0xffff - 22);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    )
      return true;
  }
  return false;
}

function isEncrypted(xlsx: Xlsx, bytes: Uint8Array): boolean {
  try {
    const container = xlsx.CFB.read(bytes, { type: 'array' }) as { FileIndex: { name: string }[] };
    return container.FileIndex.some((entry) => entry.name === 'EncryptedPackage');
  } catch {
    return false;
  }
}

/**
 * A "workbook" that is really text: a web page (an error) or a CSV file saved under a workbook's
 * name, which is read as the CSV it is, as the kind its name or header says.
 */
function readAsText(bytes: Uint8Array, name: string): WorkbookRead {
  const result: WorkbookRead = { texts: {}, names: {}, issues: [] };
  const place = { file: name, row: 0 };
  const sample = decodeText(bytes.subarray(0, 4096)).text;
  // UTF-16 text has a NUL in every other byte: its BOM tells it from a binary file.
  if (bytes.length === 0 || (!isUtf16(bytes) && bytes.subarray(0, 4096).includes(0))) {
    result.issues.push(issueAt('error', place, 'workbook-corrupt'));
  } else if (/^\s*(<!doctype html|<html|<head|<body)|<html[\s>]/i.test(sample.slice(0, 2048))) {
    result.issues.push(issueAt('error', place, 'workbook-web-page'));
  } else {
    const kind = identifyFile(name, decodeText(bytes).text);
    result.issues.push(issueAt(kind ? 'warning' : 'error', place, 'workbook-is-text'));
    if (kind) {
      // The bytes, not the text: the loader decodes them and says which encoding it found.
      result.texts[kind] = bytes;
      result.names[kind] = name;
    }
  }
  return result;
}

/** True when the bytes start with a UTF-16 byte order mark (either byte order). */
function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/** Rows looked at, past blank ones, for a header row below titles and notes. */
const HEADER_SEARCH_ROWS = 10;

/** A sheet's name, for matching: lower case, full-width folded, no ` (2)` or `.csv`. */
function nameKey(sheet: string): string {
  return sheet
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/\.(csv|txt)$/, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** Sheet names of each kind, in English and Japanese (matched against `nameKey`). */
const SHEET_NAMES: Record<InputKind, RegExp> = {
  cities: /^(cit(y|ies)|places?|towns?|都市|都市一覧|都市リスト|自治体)$/,
  workshops: /^(workshops?|trainings?|events?|研修|研修一覧|ワークショップ)$/,
  partnerships: /^(partner(ship)?s?|links?|連携|連携一覧|パートナーシップ|提携)$/,
  pairs: /^(pairs?|pair list|city pairs|sister cities|ペア|姉妹都市)$/,
};

/** The kind a sheet's name says, if any. */
export function kindOfSheetName(sheet: string): InputKind | null {
  const key = nameKey(sheet);
  return INPUT_KINDS.find((kind) => SHEET_NAMES[kind].test(key)) ?? null;
}

/** One sheet as rows of cell texts, with its cached formula errors; columns from `first`. */
interface SheetRows {
  grid: SheetGrid;
  /** Rows (0-based) with a non-blank cell, in order. */
  filled: number[];
  /** The leftmost and rightmost columns with a non-blank cell. */
  first: number;
  last: number;
}

function sheetRows(sheet: WorkSheet | undefined, reading: CellReading): SheetRows | null {
  const grid = (sheet?.['!data'] ?? []) as readonly (readonly (CellObject | undefined)[])[];
  const filled: number[] = [];
  let first = Infinity;
  let last = -1;
  grid.forEach((row, index) => {
    let any = false;
    row?.forEach((cell, column) => {
      if (!cell) return;
      const { text, error } = cellText(cell, reading);
      if (text.trim() === '' && !error) return;
      any = true;
      first = Math.min(first, column);
      last = Math.max(last, column);
    });
    if (any) filled.push(index);
  });
  return filled.length === 0 ? null : { grid, filled, first, last };
}

/** The texts of row `index`'s cells from column `first` to `last`. */
function rowTexts(rows: SheetRows, index: number, reading: CellReading): string[] {
  const row = rows.grid[index];
  const texts: string[] = [];
  for (let column = rows.first; column <= rows.last; column++) {
    texts.push(cellText(row?.[column], reading).text.trim());
  }
  return texts;
}

/**
 * The header row (0-based) and the kind it says: the first of the first rows that a file's
 * header, skipping titles above it; when none is, the first filled row and no kind.
 */
function findHeader(
  rows: SheetRows,
  reading: CellReading,
): { row: number; kind: InputKind | null } {
  for (const index of rows.filled.slice(0, HEADER_SEARCH_ROWS)) {
    const line = rowTexts(rows, index, reading).map(csvCell).join(',');
    const kind = identifyFile('', line);
    if (kind) return { row: index, kind };
  }
  return { row: rows.filled[0]!, kind: null };
}

/**
 * The sheet as CSV text from its header row on. The rows above the header stay as blank lines,
 * so that the loader's row numbers are the sheet's; a cached error becomes an empty cell and a
 * warning naming the sheet, row, column and cell.
 */
function sheetCsv(
  rows: SheetRows,
  headerRow: number,
  reading: CellReading,
  file: string,
  issues: Issue[],
): string {
  const header = rowTexts(rows, headerRow, reading);
  const lines: string[] = new Array<string>(headerRow).fill('');
  const lastRow = rows.filled.at(-1)!;
  for (let index = headerRow; index <= lastRow; index++) {
    const row = rows.grid[index];
    const cells: string[] = [];
    for (let column = rows.first; column <= rows.last; column++) {
      const { text, error } = cellText(row?.[column], reading);
      if (error) {
        const place = {
          file,
          row: index + 1,
          column: header[column - rows.first] ?? '',
          value: error,
        };
        issues.push(issueAt('warning', place, 'cell-error', { cell: cellAddress(index, column) }));
      }
      cells.push(csvCell(text));
    }
    // A blank row stays a blank line, as in a CSV file; the loader skips it.
    lines.push(cells.every((cell) => cell === '') ? '' : cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Places each sheet with data by its header (or, failing that, its name) and converts it; the
 * first sheet of a kind wins. Reports a workbook without data, one with no sheet it can place,
 * and each sheet it leaves out.
 */
function placeSheets(
  workbook: WorkBook,
  name: string,
  reading: CellReading,
  result: WorkbookRead,
  onProgress: (done: number) => void,
): void {
  const firstOfKind = new Map<InputKind, string>();
  const skipped: string[] = [];
  let withData = 0;
  workbook.SheetNames.forEach((sheet, index) => {
    onProgress(index / workbook.SheetNames.length);
    const rows = sheetRows(workbook.Sheets[sheet], reading);
    if (!rows) return;
    withData++;
    const file = sheetName(name, sheet);
    const header = findHeader(rows, reading);
    const kind = header.kind ?? kindOfSheetName(sheet);
    if (!kind) {
      skipped.push(sheet);
      return;
    }
    const first = firstOfKind.get(kind);
    if (first !== undefined) {
      const place = { file, row: 0 };
      result.issues.push(issueAt('warning', place, 'workbook-repeated-sheet', { first }));
      return;
    }
    firstOfKind.set(kind, sheet);
    result.texts[kind] = sheetCsv(rows, header.row, reading, file, result.issues);
    result.names[kind] = file;
  });
  if (withData === 0) {
    result.issues.push(issueAt('error', { file: name, row: 0 }, 'workbook-empty'));
  } else if (firstOfKind.size === 0) {
    const place = { file: name, row: 0 };
    result.issues.push(
      issueAt('error', place, 'workbook-no-sheet', { sheets: [...workbook.SheetNames] }),
    );
  } else {
    for (const sheet of skipped) {
      const place = { file: sheetName(name, sheet), row: 0 };
      result.issues.push(issueAt('warning', place, 'workbook-sheet-skipped'));
    }
  }
  onProgress(1);
}
