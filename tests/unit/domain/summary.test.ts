import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/domain/network';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { datasetCounts, networkCounts } from '../../../src/domain/summary';
import { translatorFor } from '../../../src/i18n/core';
import { datasetSummaryText, networkSummaryText, statusText } from '../../../src/i18n/summary';
import { loadBundled } from '../../support/bundled';

const dataset = loadBundled().dataset;
const network = buildNetwork(dataset, {
  ...DEFAULT_FILTERS,
  themes: ['waste'],
  hideIsolated: true,
});
const english = translatorFor('en');
const japanese = translatorFor('ja');

describe('the status figures', () => {
  it('are counts, not sentences: records by kind, cities in view of all, links', () => {
    expect(datasetCounts(dataset)).toEqual({
      cities: dataset.cities.length,
      workshops: dataset.workshops.length,
      partnerships: dataset.partnerships.length,
    });
    expect(networkCounts(dataset, network)).toEqual({
      shownCities: network.nodes.length,
      totalCities: dataset.cities.length,
      links: network.edges.length,
    });
    expect(network.nodes.length).toBeLessThan(dataset.cities.length);
  });

  it('counts only the cities in the slice, even with the others drawn faded', () => {
    // Waste: the cities with a waste record (independently: those at either end of a link).
    const waste = { ...DEFAULT_FILTERS, themes: ['waste'] };
    const slice = buildNetwork(dataset, waste);
    const linked = new Set(slice.edges.flatMap((edge) => [edge.source, edge.target]));
    const faded = buildNetwork(dataset, { ...waste, fadeOutside: true });
    expect(networkCounts(dataset, faded)).toEqual({
      shownCities: linked.size,
      totalCities: 47,
      links: slice.edges.length,
    });
    expect(networkCounts(dataset, slice)).toEqual(networkCounts(dataset, faded));
    expect(linked.size).toBe(20);
  });

  it('read in English with the nouns in the right number', () => {
    const counts = { cities: 47, workshops: 8, partnerships: 24 };
    expect(datasetSummaryText(english, counts)).toBe('47 cities · 8 workshops · 24 partnerships');
    expect(datasetSummaryText(english, { cities: 1, workshops: 1, partnerships: 0 })).toBe(
      '1 city · 1 workshop · 0 partnerships',
    );
    expect(networkSummaryText(english, { shownCities: 45, totalCities: 47, links: 152 })).toBe(
      'showing 45 of 47 cities · 152 links',
    );
    expect(networkSummaryText(english, { shownCities: 1, totalCities: 1, links: 1 })).toBe(
      'showing 1 of 1 city · 1 link',
    );
  });

  it('read in Japanese with counters and Japanese punctuation', () => {
    expect(
      statusText(
        japanese,
        { cities: 47, workshops: 8, partnerships: 24 },
        { shownCities: 45, totalCities: 47, links: 152 },
      ),
    ).toBe('47都市・研修8件・連携24件 — 47都市中45都市を表示・つながり152本');
  });

  it('group thousands as each language does', () => {
    const big = { shownCities: 1234, totalCities: 20000, links: 56789 };
    expect(networkSummaryText(english, big)).toBe('showing 1,234 of 20,000 cities · 56,789 links');
    expect(networkSummaryText(japanese, big)).toBe('20,000都市中1,234都市を表示・つながり56,789本');
  });
});
