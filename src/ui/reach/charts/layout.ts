/**
 * Sizes and styles the reach charts share. A chart is laid out for the width it is shown at, so
 * its text keeps its size in a narrow column and a wide page alike; text is measured by estimate,
 * not by the DOM, so a chart lays out the same in jsdom, in the page and in its downloaded file.
 * Every style is an SVG attribute, so the file renders standalone as it does on the page.
 */

/** The font of every chart, as an SVG `font-family` attribute (the app bundles both). */
export const CHART_FONT = 'Noto Sans, Noto Sans JP, sans-serif';
/** Width a chart is laid out for before its box is measured (and where it cannot be), in SVG units. */
export const DEFAULT_WIDTH = 560;
/** Narrowest and widest layouts: below, the chart scales down; above, it scales up. */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 560;
/** Tick labels and notes, in SVG units. */
export const SMALL_TEXT = 11;
/** Axis titles and legend labels, in SVG units. */
export const TEXT_SIZE = 12;
/** Height of a line of `TEXT_SIZE` text, in SVG units. */
export const LINE = 15;
/** Text in the chart (dark grey: 4.5:1 and more on white). */
export const TEXT_COLOR = '#333333';
/** Secondary text (notes, the filter line): still 4.5:1 on white. */
export const MUTED_COLOR = '#595959';
/** Axis lines and ticks. */
export const AXIS_COLOR = '#767676';
/** Grid lines behind the marks. */
export const GRID_COLOR = '#e6e6e6';

/** Characters drawn a full em wide: CJK scripts, kana and full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The width of `text` at `fontSize`, estimated from its characters (Noto Sans: about 0.6 em a
 * Latin letter, a full em a CJK one); generous, so labels laid out by it do not collide.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (char === ' ') ems += 0.28;
    else if (/[il.,:;'|!()[\]·]/u.test(char)) ems += 0.32;
    else if (/[A-Z0-9mwMW]/u.test(char)) ems += 0.66;
    else ems += 0.56;
  }
  return ems * fontSize;
}

/**
 * `text` broken into lines no wider than `width` at `fontSize`: between words where it has
 * spaces, else between characters (Japanese has no spaces). A word longer than a line stays whole.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const spaced = text.includes(' ');
  const pieces = spaced ? text.split(' ') : Array.from(text);
  const joiner = spaced ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece : `${line}${joiner}${piece}`;
    if (line !== '' && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = piece;
    } else line = candidate;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Steps between labelled years, smallest first: round years only. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * The years to label on an axis from `first` to `last` when a year takes `yearWidth` units: every
 * year when the labels fit, else every 2nd, 5th, 10th … round year, so no two labels overlap.
 */
export function yearTicks(first: number, last: number, yearWidth: number): number[] {
  const needed = textWidth('0000', SMALL_TEXT) + 8;
  const step = YEAR_STEPS.find((s) => s * yearWidth >= needed) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  // A short span with no round year in it still names where it starts.
  return ticks.length > 0 ? ticks : [first];
}

/** An item of a chart's legend. */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Fill opacity of the swatch (1 unless said). */
  opacity?: number;
}

/** A legend item placed in the chart, at the top left of its swatch. */
export interface PlacedLegendItem extends LegendItem {
  x: number;
  y: number;
}

/** Height of a legend row, in SVG units. */
export const LEGEND_ROW = 18;
/** Side of a legend swatch, in SVG units. */
export const SWATCH = 10;

/**
 * The legend's items in rows from `left`, wrapping before `right`: each item a swatch and its
 * label; returns the placed items and the height of the rows.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  left: number,
  right: number,
): { items: PlacedLegendItem[]; height: number } {
  const placed: PlacedLegendItem[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const width = SWATCH + 5 + textWidth(item.label, TEXT_SIZE);
    if (x > left && x + width > right) {
      row += 1;
      x = left;
    }
    placed.push({ ...item, x, y: row * LEGEND_ROW });
    x += width + 14;
  }
  return { items: placed, height: items.length === 0 ? 0 : (row + 1) * LEGEND_ROW };
}

/** Integer ticks of a count axis (no "0.5 cities"), at most about `count` of them. */
export function countTicks(ticks: (count: number) => number[], count = 5): number[] {
  return ticks(count).filter(Number.isInteger);
}

/** `text` cut with an ellipsis to fit `width` at `fontSize` (whole when it fits). */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}
