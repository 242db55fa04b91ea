/** Short figures about a dataset, worded for people. */
import type { Dataset } from './dataset';
import type { Network } from './network';

/** `1 city`, `2 cities`: a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}

/** "47 cities · 8 workshops · 24 partnerships". */
export function datasetSummary(dataset: Dataset): string {
  return [
    plural(dataset.cities.length, 'city', 'cities'),
    plural(dataset.workshops.length, 'workshop'),
    plural(dataset.partnerships.length, 'partnership'),
  ].join(' · ');
}

/** "showing 45 of 47 cities · 152 links": what a filter state leaves in view. */
export function networkSummary(dataset: Dataset, network: Network): string {
  return `showing ${network.nodes.length.toLocaleString('en')} of ${plural(dataset.cities.length, 'city', 'cities')} · ${plural(network.edges.length, 'link')}`;
}
