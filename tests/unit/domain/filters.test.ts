import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  matchesThemes,
  partnershipInYears,
  recordFilter,
  workshopInYears,
} from '../../../src/domain/filters';
import type { Partnership, Workshop } from '../../../src/domain/types';
import { datasetFacets } from '../../../src/domain/facets';
import { buildNetwork } from '../../../src/domain/network';
import { loadBundled } from '../../support/bundled';
const ws = (startDate: string, endDate = '') => ({ startDate, endDate }) as Workshop;
const ps = (startYear: number | null, endYear: number | null = null) =>
  ({ startYear, endYear }) as Partnership;

describe('time semantics', () => {
  it('keeps a workshop whose dates overlap the range, including one spanning New Year', () => {
    expect(workshopInYears(ws('2017-11-27', '2017-12-01'), { from: 2017, to: 2017 })).toBe(true);
    expect(workshopInYears(ws('2019-12-30', '2020-01-02'), { from: 2020, to: 2021 })).toBe(true);
    expect(workshopInYears(ws('2019-12-30', '2020-01-02'), { from: 2021, to: 2022 })).toBe(false);
    expect(workshopInYears(ws('2016'), { from: 2017, to: 2018 })).toBe(false);
  });

  it('counts a partnership active from its start year, open-ended without an end year', () => {
    expect(partnershipInYears(ps(2013), { from: 2020, to: 2020 })).toBe(true);
    expect(partnershipInYears(ps(2013), { from: 2010, to: 2012 })).toBe(false);
    expect(partnershipInYears(ps(2013, 2015), { from: 2016, to: 2020 })).toBe(false);
    expect(partnershipInYears(ps(2013, 2015), { from: 2015, to: 2015 })).toBe(true);
  });

  it('keeps a partnership of unknown start year in every range', () => {
    expect(partnershipInYears(ps(null), { from: 1990, to: 1991 })).toBe(true);
  });
});

describe('themes', () => {
  it('matches a record with any selected theme, and everything when none is selected', () => {
    expect(matchesThemes(['waste', 'energy'], ['water', 'energy'])).toBe(true);
    expect(matchesThemes(['waste'], ['water'])).toBe(false);
    expect(matchesThemes([], [])).toBe(true);
    expect(matchesThemes([], ['water'])).toBe(false);
  });
});

const bundled = loadBundled().dataset;

describe('record filters', () => {
  it('hides partnerships of unknown year only when asked', () => {
    const unknown = bundled.partnerships.find((p) => p.startYear === null)!;
    expect(
      recordFilter({ ...DEFAULT_FILTERS, years: { from: 1990, to: 1991 } }).partnership(unknown),
    ).toBe(true);
    expect(recordFilter({ ...DEFAULT_FILTERS, unknownYears: false }).partnership(unknown)).toBe(
      false,
    );
  });

  it('keeps partnerships by status, and only workshops when an organiser is chosen', () => {
    const ended = bundled.partnerships.find((p) => p.status === 'ended')!;
    expect(recordFilter({ ...DEFAULT_FILTERS, statuses: ['active'] }).partnership(ended)).toBe(
      false,
    );
    const byIges = recordFilter({ ...DEFAULT_FILTERS, organisers: ['IGES'] });
    expect(bundled.partnerships.some(byIges.partnership)).toBe(false);
    expect(bundled.workshops.filter(byIges.workshop).map((w) => w.id)).toContain(
      'ws-2017-11-osaka',
    );
  });

  it('keeps records of the chosen programme and funder', () => {
    const ccac = recordFilter({
      ...DEFAULT_FILTERS,
      programmes: ['CCAC Municipal Solid Waste Initiative'],
    });
    expect(bundled.workshops.filter(ccac.workshop).map((w) => w.id)).toEqual([
      'ws-2018-05-kitakyushu',
    ]);
  });

  it('an empty selection of link kinds or statuses shows no link', () => {
    expect(buildNetwork(bundled, { ...DEFAULT_FILTERS, edgeKinds: [] }).edges).toEqual([]);
    const noStatus = buildNetwork(bundled, {
      ...DEFAULT_FILTERS,
      statuses: [],
      edgeKinds: ['partnership'],
    });
    expect(noStatus.edges).toEqual([]);
  });

  it('shows only the slice while a filter is active, or the rest faded on request', () => {
    const waste = { ...DEFAULT_FILTERS, themes: ['waste'] };
    const slice = buildNetwork(bundled, waste);
    const faded = buildNetwork(bundled, { ...waste, fadeOutside: true });
    expect(slice.nodes.every((n) => n.links > 0 && !n.outside)).toBe(true);
    expect(faded.nodes).toHaveLength(bundled.cities.length);
    const outside = faded.nodes.filter((n) => n.outside);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.every((n) => n.links === 0)).toBe(true);
    expect(faded.nodes.length - outside.length).toBe(slice.nodes.length);
    // Asking to hide isolated cities hides them even when the rest would be faded.
    const hidden = buildNetwork(bundled, { ...waste, fadeOutside: true, hideIsolated: true });
    expect(hidden.nodes.map((n) => n.id)).toEqual(slice.nodes.map((n) => n.id));
  });

  it('shows every city when nothing is filtered', () => {
    const network = buildNetwork(bundled, DEFAULT_FILTERS);
    expect(network.nodes).toHaveLength(bundled.cities.length);
    expect(network.nodes.some((n) => n.outside)).toBe(false);
  });
});

describe('facets of the bundled data', () => {
  it('are counted once per dataset: the filter panel and the address get the same answer', () => {
    expect(datasetFacets(bundled)).toBe(datasetFacets(bundled));
    const copy = { ...bundled };
    expect(datasetFacets(copy)).not.toBe(datasetFacets(bundled));
    expect(datasetFacets(copy)).toEqual(datasetFacets(bundled));
  });

  const facets = datasetFacets(bundled);

  it('counts records per theme, most used first', () => {
    const waste = facets.themes.find((t) => t.value === 'waste')!;
    const expected = [...bundled.workshops, ...bundled.partnerships].filter((r) =>
      r.themes.includes('waste'),
    ).length;
    expect(waste.count).toBe(expected);
    for (let i = 1; i < facets.themes.length; i++) {
      expect(facets.themes[i - 1]!.count).toBeGreaterThanOrEqual(facets.themes[i]!.count);
    }
  });

  it('spans the years of the records, one histogram entry per year', () => {
    expect(facets.yearExtent).toEqual([2004, 2024]);
    expect(facets.activity).toHaveLength(21);
    expect(facets.activity.find((a) => a.year === 2017)?.workshops).toBe(3);
    expect(facets.unknownYearPartnerships).toBe(5);
  });

  it('groups countries by region', () => {
    expect(facets.countries.japan.map((c) => c.value)).toEqual(['JP']);
    expect(facets.countries.elsewhere.map((c) => c.value)).toEqual(['PW']);
    expect(facets.countries['southeast-asia'].map((c) => c.value)).toContain('VN');
  });
});
