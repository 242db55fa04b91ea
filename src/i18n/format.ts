/**
 * Numbers, dates and year ranges written the way each language writes them, through `Intl`.
 * Dates in the data are calendar days (`2017-11-27`), so they are formatted in UTC: a day never
 * shifts with the reader's time zone.
 */

import type { Language } from '../state/language';

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** `1234` → `1,234` in the language's digits and separators. */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/** The locale dates are written in: British English keeps the app's `27 Nov 2017`. */
const DATE_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', ja: 'ja' };
const MONTH_STYLE: Readonly<Record<Language, 'short' | 'long'>> = { en: 'short', ja: 'long' };

/** A date of the data (`2017`, `2017-11` or `2017-11-27`) as a UTC day and the fields it has. */
function partialDate(iso: string, language: Language) {
  const [year, month, dayOfMonth] = iso.split('-');
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = MONTH_STYLE[language];
  if (month && dayOfMonth) options.day = 'numeric';
  const date = new Date(Date.UTC(Number(year), Number(month || 1) - 1, Number(dayOfMonth || 1)));
  return { date, options, precision: iso.split('-').length };
}

/**
 * A day or a span of days as the data has them (`2017`, `2017-11`, `2017-11-27`): `27 Nov – 1 Dec
 * 2017` in English, `2017年11月27日〜12月1日` in Japanese (a year is not repeated within one
 * year). An empty `end`, or one equal to `start`, gives the one date.
 */
export function formatDateSpan(start: string, end: string, language: Language): string {
  const locale = DATE_LOCALE[language];
  const from = partialDate(start, language);
  const text = (date: { date: Date; options: Intl.DateTimeFormatOptions }) =>
    new Intl.DateTimeFormat(locale, date.options).format(date.date);
  if (end === '' || end === start) return text(from);
  const to = partialDate(end, language);
  if (from.precision !== to.precision)
    return `${text(from)}${language === 'ja' ? '〜' : ' – '}${text(to)}`;
  if (language === 'en')
    return new Intl.DateTimeFormat(locale, from.options).formatRange(from.date, to.date);
  // ICU writes Japanese ranges with slashes (2017/11/27～2017/12/01); officers write 年月日.
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const tail = sameYear ? { ...to.options, year: undefined } : to.options;
  return `${text(from)}〜${new Intl.DateTimeFormat(locale, tail).format(to.date)}`;
}

/**
 * A span of years: `2013–2016` or `2013–` (still running) in English, `2013〜2016年` or
 * `2013年〜` in Japanese; a single year when both ends are equal.
 */
export function formatYearSpan(from: number, to: number | null, language: Language): string {
  if (language === 'ja') {
    if (to === null) return `${from}年〜`;
    return from === to ? `${from}年` : `${from}〜${to}年`;
  }
  if (to === null) return `${from}–`;
  return from === to ? `${from}` : `${from}–${to}`;
}
