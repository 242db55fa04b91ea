/** Short figures about a dataset and what a filter state leaves in view; the UI words them. */
import type { Dataset } from './dataset';
import type { Network } from './network';

/**
 * `1 city`, `2 cities`: a count with its English noun in the right number.
 * @deprecated English only: word counts through the catalogue (`{{count, number}}` plurals).
 * Kept while callers in other areas move to the catalogue; remove when none is left.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}

/** How many records of each kind a dataset holds. */
export interface DatasetCounts {
  cities: number;
  workshops: number;
  partnerships: number;
}

/** What a filter state leaves in view: cities shown out of all, and the links between them. */
export interface NetworkCounts {
  shownCities: number;
  totalCities: number;
  links: number;
}

/** The records in `dataset`, by kind (the status line's "47 cities · 8 workshops · 24 partnerships"). */
export function datasetCounts(dataset: Dataset): DatasetCounts {
  return {
    cities: dataset.cities.length,
    workshops: dataset.workshops.length,
    partnerships: dataset.partnerships.length,
  };
}

/**
 * The cities and links `network` shows out of `dataset` ("showing 14 of 47 cities · 23 links");
 * cities drawn faded outside the slice are not counted as shown.
 */
export function networkCounts(dataset: Dataset, network: Network): NetworkCounts {
  let outside = 0;
  for (const node of network.nodes) if (node.outside) outside += 1;
  return {
    shownCities: network.nodes.length - outside,
    totalCities: dataset.cities.length,
    links: network.edges.length,
  };
}
