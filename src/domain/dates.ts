/** Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the workshop file allows them. */

/** Whole years the data may name. */
export const YEAR_LIMITS = { min: 1900, max: 2100 } as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a real calendar date in one of the three accepted forms. */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  const [, , month, day] = m;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), monthNumber, 0)).getUTCDate();
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/** The year of a partial date; assumes `isPartialDate(text)`. */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}

/**
 * Compares two partial dates by the earliest day each can mean (`2017` < `2017-01-05`),
 * or by the latest when `asEnd` is set (so `2017` as an end date covers the whole year).
 */
export function partialDateBound(text: string, asEnd: boolean): string {
  const [year, month, day] = text.split('-');
  if (day !== undefined) return text;
  if (month !== undefined) {
    if (!asEnd) return `${year}-${month}-01`;
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, '0')}`;
  }
  return asEnd ? `${year}-12-31` : `${year}-01-01`;
}
