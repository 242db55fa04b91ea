/** The status line's figures worded in English through the catalogue, as the page shows them. */
import type { Dataset } from '../../src/domain/dataset';
import type { Network } from '../../src/domain/network';
import { datasetCounts, networkCounts } from '../../src/domain/summary';
import { translatorFor } from '../../src/i18n/core';
import { datasetSummaryText, networkSummaryText } from '../../src/i18n/summary';

const english = translatorFor('en');

/** "47 cities · 8 workshops · 24 partnerships". */
export function datasetSummary(dataset: Dataset): string {
  return datasetSummaryText(english, datasetCounts(dataset));
}

/** "showing 45 of 47 cities · 152 links". */
export function networkSummary(dataset: Dataset, network: Network): string {
  return networkSummaryText(english, networkCounts(dataset, network));
}
