/**
 * The formula-injection escape (OWASP CSV injection), both ways: `escapeFormula` for export,
 * `unescapeFormula` for import. One module, so that the two can never disagree.
 */

/**
 * Where a spreadsheet may start a cell inside our text: at its start, and after any character it
 * may take as a delimiter (`,`, `;`, tab: which one depends on the locale and the user) or as a
 * line end. Quoting does not protect those inside a cell: a quote counts only at the start of a
 * cell, so a reader splitting `x,"a;@SUM(1)"` at `;` gets `@SUM(1)"`.
 */
const CELL_START = String.raw`(?<=^|[,;\t\r\n])`;

/**
 * What a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR, possibly after
 * quotes (`""=x` after a delimiter reads as an empty quoted cell followed by `=x`) and after
 * apostrophes (escaping text that already starts with `'=` keeps the escape reversible).
 */
const FORMULA = String.raw`['"]*[=+\-@\t\r]`;

const NEEDS_ESCAPE = new RegExp(`${CELL_START}(?=${FORMULA})`, 'g');
const ESCAPED = new RegExp(`${CELL_START}'(?=${FORMULA})`, 'g');

/**
 * Text a spreadsheet will not run as a formula, whichever of `,`, `;` or tab it splits on: every
 * place where it could start a cell and find a formula gets a `'` (`a;@SUM(1)` → `a;'@SUM(1)`).
 */
export function escapeFormula(text: string): string {
  return text.replace(NEEDS_ESCAPE, "'");
}

/** Undoes `escapeFormula`: drops the one `'` it put at each place where a cell could start. */
export function unescapeFormula(text: string): string {
  // Every cell read passes here; most hold no apostrophe at all.
  return text.includes("'") ? text.replace(ESCAPED, '') : text;
}
