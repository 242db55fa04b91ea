/**
 * The status line's words: the domain counts the records and what is in view (`summary.ts`),
 * the catalogue words the counts in the chosen language, plurals and digits included.
 */
import type { TFunction } from 'i18next';
import type { DatasetCounts, NetworkCounts } from '../domain/summary';

/** "47 cities · 8 workshops · 24 partnerships" (「47都市・研修8件・連携24件」). */
export function datasetSummaryText(t: TFunction<'shell'>, counts: DatasetCounts): string {
  return t('status.dataset', {
    cities: t('count.cities', { ns: 'terms', count: counts.cities }),
    workshops: t('count.workshops', { ns: 'terms', count: counts.workshops }),
    partnerships: t('count.partnerships', { ns: 'terms', count: counts.partnerships }),
  });
}

/** "showing 45 of 47 cities · 152 links" (「47都市中45都市を表示・つながり152本」). */
export function networkSummaryText(t: TFunction<'shell'>, counts: NetworkCounts): string {
  return t('status.network', {
    shown: counts.shownCities,
    cities: t('count.cities', { ns: 'terms', count: counts.totalCities }),
    links: t('count.links', { ns: 'terms', count: counts.links }),
  });
}

/** The whole status line: the dataset, then what the filters leave in view. */
export function statusText(
  t: TFunction<'shell'>,
  dataset: DatasetCounts,
  network: NetworkCounts,
): string {
  return t('status.line', {
    dataset: datasetSummaryText(t, dataset),
    network: networkSummaryText(t, network),
  });
}
