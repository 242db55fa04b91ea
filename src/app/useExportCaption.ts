/** What exported images, charts and the report say about themselves, in the reader's language. */
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import type { Filters } from '../domain/filters';
import { filterWords } from '../i18n/filterWords';
import { formatDateSpan } from '../i18n/format';
import type { Language } from '../state/language';
import type { Origin } from '../state/vocabulary';
import type { ExportCaption } from '../ui/exportCaption';

/** Today as a calendar day (`2026-11-29`), in the reader's time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A data address as an image may print it: host and path, never its query or fragment (which
 * may hold a token).
 */
function shortAddress(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return url;
  }
}

/**
 * The caption of what leaves the app now: title, filters in words, data source, today's date.
 * Called by the composition root, above the translation provider: it words through `translator`.
 */
export function useExportCaption(
  filters: Filters,
  origin: Origin,
  language: Language,
  translator: i18n,
): ExportCaption {
  const day = today();
  return useMemo(() => {
    const tShell = translator.getFixedT(language, 'shell');
    const tSlice = translator.getFixedT(language, 'slice');
    const source =
      origin.kind === 'bundled'
        ? tSlice('source.bundled')
        : tSlice('source.other', {
            name: origin.kind === 'url' ? shortAddress(origin.url) : origin.name,
          });
    return {
      title: tShell('title'),
      filter: filterWords(tSlice, filters, language),
      source,
      date: formatDateSpan(day, '', language),
    };
  }, [translator, filters, origin, language, day]);
}
