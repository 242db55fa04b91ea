/**
 * One data row of a CSV table: papaparse's array of cells, trimmed and cleaned in place, read
 * by column name through the file's layout. No Map or object is built per row for the cells,
 * which matters at tens of thousands of rows (see `npm run bench`).
 */
import type { ExtraColumns } from '../domain/types';
import { issueAt, type Issue } from './issues';
import type { CsvRow, RowCells } from './rowReader';

/** What every row of one file shares: where each column stands, and how to report. */
export interface RowShape {
  /** The file's name in issues. */
  name: string;
  delimiter: string;
  /** True when the text holds any control character (most files hold none). */
  hasControls: boolean;
  /** How many cells the header has. */
  width: number;
  /** Contract column → position of its cell. */
  layout: ReadonlyMap<string, number>;
  /** Position → name of each extra column, in order. */
  extraNames: readonly (readonly [number, string])[];
}

/** Rows without problems share one empty list, and rows of files without extra columns one `extra`. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const NO_EXTRA: ExtraColumns = Object.freeze({});

/**
 * The row at spreadsheet row `row` from papaparse's `cells` (changed in place), with the broken
 * quotes found on it; null when it is blank and has no problem (blank lines, the final line end).
 */
export function tableRow(
  shape: RowShape,
  row: number,
  cells: string[],
  quoteIssues: readonly Issue[] | undefined,
): CsvRow | null {
  const { name, width } = shape;
  let problems: Issue[] | undefined = quoteIssues ? [...quoteIssues] : undefined;
  let blank = true;
  if (cells.length > width) {
    const overflow = cells.slice(width);
    const value = overflow.join(shape.delimiter);
    const place = { file: name, row, value };
    (problems ??= []).push(issueAt('error', place, 'too-many-cells', { expected: width }));
    if (overflow.some((cell) => cell.trim() !== '')) blank = false;
    cells.length = width;
  }
  // Too few cells: the missing ones read as empty, and the value checks say what that breaks.
  for (let index = cells.length; index < width; index++) cells.push('');
  for (let index = 0; index < width; index++) {
    let cell = cells[index]!.trim();
    if (shape.hasControls && CONTROL.test(cell)) {
      const clean = withoutControls(cell).trim();
      (problems ??= []).push(controlIssue(name, row, columnName(shape, index), cell, clean));
      cell = clean;
    }
    if (cell !== '') blank = false;
    cells[index] = cell;
  }
  if (blank && problems === undefined) return null;
  const extra = shape.extraNames.length === 0 ? NO_EXTRA : extraOf(shape, cells);
  return new TableRow(row, shape, cells, extra, problems ?? NO_ISSUES);
}

/** The contract column or extra header at `index`, for issues. */
function columnName(shape: RowShape, index: number): string {
  for (const [column, at] of shape.layout) if (at === index) return column;
  return shape.extraNames.find(([at]) => at === index)?.[1] ?? '';
}

function extraOf(shape: RowShape, cells: readonly string[]): ExtraColumns {
  const extra: ExtraColumns = {};
  for (const [index, extraName] of shape.extraNames) {
    // defineProperty, so that a column named "__proto__" is kept as data like any other.
    Object.defineProperty(extra, extraName, {
      value: cells[index],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return extra;
}

/**
 * A parsed row, which is also its own cells (read by column name through the layout the whole
 * file shares): one object per row.
 */
class TableRow implements CsvRow, RowCells {
  // Own properties rather than getters, so that a copy by spread (`{ ...row }`) keeps them.
  readonly cells: RowCells = this;
  readonly delimiter: string;

  constructor(
    readonly row: number,
    private readonly shape: RowShape,
    private readonly values: readonly string[],
    readonly extra: ExtraColumns,
    readonly issues: readonly Issue[],
  ) {
    this.delimiter = shape.delimiter;
  }

  get(column: string): string | undefined {
    const index = this.shape.layout.get(column);
    return index === undefined ? undefined : this.values[index];
  }

  has(column: string): boolean {
    return this.shape.layout.has(column);
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const [column, index] of this.shape.layout) yield [column, this.values[index]!];
  }
}

/** C0 control characters but tab, LF and CR, DEL, and C1 controls: never text a person wrote. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** `text` with every control character (see `CONTROL`) removed. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The warning that control characters were taken out of `value`, leaving `clean`. */
export function controlIssue(
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
