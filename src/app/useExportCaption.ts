/** What exported images, charts and the report say about themselves, in the reader's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../domain/filters';
import { filterWords } from '../i18n/filterWords';
import type { Language } from '../state/language';
import type { Origin } from '../state/vocabulary';
import type { ExportCaption } from '../ui/exportCaption';

/** The caption of what leaves the app now: title, filters in words, data source, today's date. */
export function useExportCaption(
  filters: Filters,
  origin: Origin,
  language: Language,
): ExportCaption {
  const { t } = useTranslation(['shell', 'slice']);
  const { t: tSlice } = useTranslation('slice');
  const day = new Date().toDateString();
  return useMemo(() => {
    const source =
      origin.kind === 'bundled'
        ? tSlice('source.bundled')
        : tSlice('source.other', { name: origin.kind === 'url' ? origin.url : origin.name });
    return {
      title: t('shell:title'),
      filter: filterWords(tSlice, filters, language),
      source,
      date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(day)),
    };
  }, [t, tSlice, filters, origin, language, day]);
}
