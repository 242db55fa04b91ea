/**
 * A worksheet's cells → the text a CSV export of it would hold, so that the loader reads a sheet
 * exactly as it reads a CSV file: dates as `YYYY-MM-DD`, numbers as plain decimals, formulas by
 * their cached value. Pure: the spreadsheet library stays in `workbook.ts`, which passes in its
 * test for date formats.
 */

/** A cell as the library reads it (dense mode, with number formats): type, value, format. */
export interface SheetCell {
  /** `s` text, `n` number, `b` boolean, `d` date, `e` error, `z` blank. */
  t: string;
  v?: unknown;
  /** The number format (`yyyy-mm-dd`, `General`). */
  z?: unknown;
  /** The formatted text, when the library made one. */
  w?: string;
}

/** Rows of cells, indexed from A1 (`grid[0][0]`); missing rows and cells are blank. */
export type SheetGrid = readonly (readonly (SheetCell | null | undefined)[] | null | undefined)[];

/** How cells are read: the workbook's date system and its test for date formats. */
export interface CellReading {
  /** True for a workbook that counts days from 1904 (old Mac Excel). */
  date1904: boolean;
  /** True when a number format shows a date or time (`yyyy-mm-dd`, `h:mm`). */
  isDateFormat(format: string): boolean;
}

/** A cell's text, and the error it holds (`#REF!`) when its cached value is an error. */
export interface CellText {
  text: string;
  error?: string;
}

/** Excel's error codes, as stored in a cell (the library keeps the number). */
const ERROR_NAMES = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

/** The text of one cell, as a CSV export would write it. */
export function cellText(cell: SheetCell | null | undefined, reading: CellReading): CellText {
  if (!cell) return { text: '' };
  const value = cell.v;
  switch (cell.t) {
    case 'e': {
      const name = typeof cell.w === 'string' && cell.w ? cell.w : ERROR_NAMES.get(Number(value));
      return { text: '', error: name ?? '#ERROR' };
    }
    case 'b':
      return { text: value ? 'TRUE' : 'FALSE' };
    case 'd':
      return { text: value instanceof Date ? dateOfUtc(value) : String(value ?? '') };
    case 'n': {
      if (typeof value !== 'number') return { text: '' };
      const format = typeof cell.z === 'string' ? cell.z : '';
      if (format && reading.isDateFormat(format)) return { text: serialText(value, reading) };
      return { text: numberText(value) };
    }
    default:
      return { text: value === undefined || value === null ? '' : String(value) };
  }
}

/**
 * A number as a plain decimal: rounded to the 15 significant digits a spreadsheet shows (so
 * 35.689500000000002 is 35.6895 again), and never in exponent form for ordinary values.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toPrecision(15)));
  return text.includes('e') ? withoutExponent(text) : text;
}

/** `1.5e-7` → `0.00000015`, `1.2e+21` → `1200000000000000000000`; far-off exponents stay. */
function withoutExponent(text: string): string {
  const [mantissa = '', exponentText = '0'] = text.split('e');
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > 30) return text;
  const sign = mantissa.startsWith('-') ? '-' : '';
  const unsigned = mantissa.replace(/^-/, '');
  const dot = unsigned.indexOf('.');
  const digits = unsigned.replace('.', '');
  const point = (dot === -1 ? unsigned.length : dot) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const DAY_MS = 86_400_000;

/**
 * A date serial → `YYYY-MM-DD` (the date of a date-time; a time of day alone → `HH:MM` or
 * `HH:MM:SS`). Computed in UTC from the serial, so no time zone can shift the day.
 */
function serialText(serial: number, reading: CellReading): string {
  const ms = Math.round(serial * DAY_MS);
  const day = Math.floor(ms / DAY_MS);
  if (day < 1 && !reading.date1904) return timeText(ms - day * DAY_MS);
  if (reading.date1904) return dateOfUtc(new Date(Date.UTC(1904, 0, 1) + day * DAY_MS));
  // Excel counts 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug).
  if (day === 60) return '1900-02-29';
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return dateOfUtc(new Date(epoch + day * DAY_MS));
}

function timeText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const shown = parts[2] === 0 ? parts.slice(0, 2) : parts;
  return shown.map((part) => String(part).padStart(2, '0')).join(':');
}

/** The calendar date of a Date the library made at UTC midnight of the cell's day. */
function dateOfUtc(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** A cell of CSV text: quoted when it holds a comma, a quote or a line end. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `0, 0` → `A1`. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}
