/**
 * What the first draw of a loaded dataset needs, worked out ahead while the page stays
 * responsive: drawn in one go, a dataset of 100,000 links held the page for over a second.
 */
import type { Dataset } from '../domain/dataset';
import { datasetFacets } from '../domain/facets';
import { prepareLinks } from '../domain/network';
import type { Preparing } from '../workers/loadParts';

/**
 * Makes `dataset`'s link index (in slices), its facets and its cities' cluster index, each in
 * tasks of its own (the last two are single tasks: about 0.1 and 0.2 s at 10,000 cities). The
 * clusters' code comes with the map's, loaded on first use. The planner's drafts make a dataset
 * of their own, whose link index is made when first drawn, in one go; it keeps the same list of
 * cities, and so this cluster index.
 */
export async function prepareViews(
  dataset: Dataset,
  { pause, progress }: Preparing,
): Promise<void> {
  await prepareLinks(dataset, pause);
  progress(0.5);
  await pause();
  datasetFacets(dataset);
  progress(0.6);
  const { citiesIndex } = await import('../domain/clusters');
  await pause();
  citiesIndex(dataset.cities);
  progress(1);
}
