/** The filters in words, for what leaves the app (images, charts, the report, scenes). */
import type { TFunction } from 'i18next';
import type { Filters } from '../domain/filters';
import type { Language } from '../state/language';

/**
 * `filters` as one line in `language`: "All records" when nothing is filtered, else each active
 * filter in turn ("Themes: waste, energy · 2016–2019 · Countries: Japan, Indonesia").
 */
export function filterWords(t: TFunction<'slice'>, filters: Filters, language: Language): string {
  void t;
  void filters;
  void language;
  return '';
}
