/**
 * Lower case without a new string per cell: `toLowerCase` makes a new string even when nothing
 * changes, and ids are mostly in lower case already. At 100,000 rows those strings add up.
 */

/** Any character that lower-casing may change: A–Z, and everything beyond ASCII. */
const MAY_CHANGE = /[A-Z\u0080-\uFFFF]/;

/** `text.toLowerCase()`: the same string itself when that changes nothing (`c12`). */
export function lowerCaseKey(text: string): string {
  return MAY_CHANGE.test(text) ? text.toLowerCase() : text;
}
