/** A loaded dataset's first draw is prepared ahead: the link index, facets and cluster index. */
import { describe, expect, it, vi } from 'vitest';
import { prepareViews } from '../../../src/app/prepareViews';
import { citiesIndex } from '../../../src/domain/clusters';
import { datasetFacets } from '../../../src/domain/facets';
import { buildNetwork, prepareLinks } from '../../../src/domain/network';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { loadBundled } from '../../support/bundled';

const made: string[] = [];
vi.mock('../../../src/domain/network', async (original) => {
  const network = await original<typeof import('../../../src/domain/network')>();
  return {
    ...network,
    prepareLinks: vi.fn(async (...args: Parameters<typeof network.prepareLinks>) => {
      await network.prepareLinks(...args);
      made.push('links');
    }),
  };
});
vi.mock('../../../src/domain/facets', async (original) => {
  const facets = await original<typeof import('../../../src/domain/facets')>();
  return { ...facets, datasetFacets: vi.fn(facets.datasetFacets) };
});
vi.mock('../../../src/domain/clusters', async (original) => {
  const clusters = await original<typeof import('../../../src/domain/clusters')>();
  return { ...clusters, citiesIndex: vi.fn(clusters.citiesIndex) };
});

describe('prepareViews', () => {
  it("makes a dataset's link index, facets and cities' cluster index before its first draw", async () => {
    const { dataset } = loadBundled();
    const progress: number[] = [];
    await prepareViews(dataset, { pause: async () => {}, progress: (done) => progress.push(done) });
    expect(progress).toEqual([0.5, 0.6, 1]);
    expect(made).toEqual(['links']);
    expect(prepareLinks).toHaveBeenCalledWith(dataset, expect.any(Function));
    expect(datasetFacets).toHaveBeenCalledWith(dataset);
    expect(citiesIndex).toHaveBeenCalledWith(dataset.cities);
    // What was made is what the views use.
    expect(citiesIndex(dataset.cities)).toBe(vi.mocked(citiesIndex).mock.results[0]!.value);
    expect(datasetFacets(dataset)).toBe(vi.mocked(datasetFacets).mock.results[0]!.value);
    expect(buildNetwork(dataset, DEFAULT_FILTERS).edges.length).toBeGreaterThan(0);
  });
});
