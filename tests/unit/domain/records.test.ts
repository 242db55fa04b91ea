import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import {
  linkHighlight,
  pairRecords,
  recordHighlight,
  recordsInSlice,
  searchPartnerships,
  searchWorkshops,
  sliceWhenRead,
  workshopCities,
} from '../../../src/domain/records';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const bundled = loadBundled().dataset;
const OSAKA_2017 = 'ws-2017-11-osaka';
const ids = (cities: readonly { id: string }[]) => cities.map((city) => city.id);

describe('the Nov 2017 Osaka training, by role', () => {
  const workshop = bundled.workshopById.get(OSAKA_2017)!;

  it('has hosts Osaka and Amagasaki, lecturers Toyama and Toyota, and four participating cities', () => {
    const roles = workshopCities(bundled, workshop);
    expect(ids(roles.host)).toEqual(['osaka', 'amagasaki']);
    expect(ids(roles.resource)).toEqual(['toyama', 'toyota']);
    expect(ids(roles.participant)).toEqual([
      'bandung',
      'quezon-city',
      'can-tho',
      'ho-chi-minh-city',
    ]);
  });

  it('brings its eight cities and the links it draws to the front, each city with its role', () => {
    const network = buildNetwork(bundled, DEFAULT_FILTERS);
    const highlight = recordHighlight(bundled, network, { kind: 'workshop', id: OSAKA_2017 })!;
    expect(highlight.cityIds.size).toBe(8);
    expect(highlight.roles.get('amagasaki')).toBe('host');
    expect(highlight.roles.get('toyota')).toBe('resource');
    expect(highlight.roles.get('can-tho')).toBe('participant');
    // 4 participants × 4 hosts and lecturers, and 6 pairs of participants.
    expect(highlight.edgeIds.size).toBe(16 + 6);
    for (const id of highlight.edgeIds) {
      const edge = network.edges.find((e) => e.id === id)!;
      expect(edge.workshops).toContain(workshop);
    }
  });

  it('has no links to bring forward when the filters leave it out, but keeps its cities', () => {
    const network = buildNetwork(bundled, { ...DEFAULT_FILTERS, themes: ['waste'] });
    const highlight = recordHighlight(bundled, network, { kind: 'workshop', id: OSAKA_2017 })!;
    expect(highlight.edgeIds.size).toBe(0);
    expect(highlight.cityIds.size).toBe(8);
  });

  it('is null for an id the data does not have', () => {
    const network = buildNetwork(bundled, DEFAULT_FILTERS);
    expect(recordHighlight(bundled, network, { kind: 'workshop', id: 'nope' })).toBeNull();
    expect(recordHighlight(bundled, network, { kind: 'partnership', id: 'nope' })).toBeNull();
  });
});

describe('a partnership and a link, highlighted', () => {
  const network = buildNetwork(bundled, DEFAULT_FILTERS);

  it('a partnership brings its two cities and its one link forward', () => {
    const highlight = recordHighlight(bundled, network, {
      kind: 'partnership',
      id: 'p-osaka-ho-chi-minh-city',
    })!;
    expect([...highlight.cityIds].sort()).toEqual(['ho-chi-minh-city', 'osaka']);
    expect([...highlight.edgeIds]).toEqual(['partnership:ho-chi-minh-city~osaka']);
    expect(highlight.roles.get('osaka')).toBe('partner');
  });

  it('a link brings its two cities forward with no roles, and is null once filtered away', () => {
    const highlight = linkHighlight(network, 'workshop:bandung~osaka')!;
    expect([...highlight.cityIds].sort()).toEqual(['bandung', 'osaka']);
    expect(highlight.roles.size).toBe(0);
    const noWorkshops = buildNetwork(bundled, { ...DEFAULT_FILTERS, edgeKinds: ['partnership'] });
    expect(linkHighlight(noWorkshops, 'workshop:bandung~osaka')).toBeNull();
  });
});

describe('the records of the current filters', () => {
  // Two workshops and two partnerships, one of each in 2015 and in 2020.
  const dataset = createDataset(
    [
      makeCity({ id: 'a', country: 'JP' }),
      makeCity({ id: 'b', country: 'VN' }),
      makeCity({ id: 'c', country: 'TH' }),
    ],
    [
      makeWorkshop({
        id: 'w2015',
        startDate: '2015-12-20',
        endDate: '2016-01-10',
        hostCityIds: ['a'],
        participantCityIds: ['b'],
      }),
      makeWorkshop({
        id: 'w2020',
        startDate: '2020',
        hostCityIds: ['a'],
        participantCityIds: ['c'],
      }),
    ],
    [
      makePartnership({ id: 'p2015', cityAId: 'a', cityBId: 'b', startYear: 2015, endYear: 2016 }),
      makePartnership({ id: 'pOpen', cityAId: 'a', cityBId: 'c', startYear: 2020 }),
    ],
  );
  const slice = (filters: Partial<Filters>) => {
    const { workshops, partnerships } = recordsInSlice(dataset, { ...DEFAULT_FILTERS, ...filters });
    return { workshops: ids(workshops), partnerships: ids(partnerships) };
  };

  it('keeps every record without filters', () => {
    expect(slice({})).toEqual({ workshops: ['w2015', 'w2020'], partnerships: ['p2015', 'pOpen'] });
  });

  it('follows the network’s years: a workshop overlapping the range, a partnership active in it', () => {
    // The 2015 workshop ran into January 2016; the 2015 partnership ended in 2016.
    expect(slice({ years: { from: 2016, to: 2016 } })).toEqual({
      workshops: ['w2015'],
      partnerships: ['p2015'],
    });
    expect(slice({ years: { from: 2021, to: 2030 } })).toEqual({
      workshops: [],
      partnerships: ['pOpen'],
    });
  });

  it('agrees with the network on every year of the bundled data', () => {
    for (let year = 2004; year <= 2026; year++) {
      const filters = { ...DEFAULT_FILTERS, years: { from: year, to: year } };
      const network = buildNetwork(bundled, filters);
      const drawn = new Set(network.edges.flatMap((e) => [...e.workshops, ...e.partnerships]));
      const { workshops, partnerships } = recordsInSlice(bundled, filters);
      // Every record on a drawn link is in the table; a record in the table draws a link
      // unless it has no pair of cities to draw.
      for (const record of drawn) expect([...workshops, ...partnerships]).toContain(record);
      for (const partnership of partnerships) expect(drawn.has(partnership)).toBe(true);
    }
  });

  it('are worked out when first read, once, so that a filter change in the map pays nothing', () => {
    let scans = 0;
    const counted = {
      ...bundled,
      get partnerships() {
        scans++;
        return bundled.partnerships;
      },
    };
    const filters = { ...DEFAULT_FILTERS, themes: ['waste'] };
    const slice = sliceWhenRead(counted, filters);
    expect(scans).toBe(0);
    expect(slice.workshops).toEqual(recordsInSlice(bundled, filters).workshops);
    expect(slice.partnerships).toEqual(recordsInSlice(bundled, filters).partnerships);
    expect(slice.partnerships.length).toBeGreaterThan(0);
    expect(slice.partnerships).toBe(slice.partnerships);
    expect(scans).toBe(1);
  });

  it('follows the kinds of link and the countries', () => {
    expect(slice({ edgeKinds: ['partnership'] }).workshops).toEqual([]);
    expect(slice({ edgeKinds: ['co-attendance'] }).partnerships).toEqual([]);
    expect(slice({ countries: ['TH'] })).toEqual({ workshops: ['w2020'], partnerships: ['pOpen'] });
  });
});

describe('finding records', () => {
  it('finds a workshop by a word of its title, in any case and without diacritics', () => {
    const found = searchWorkshops(bundled.workshops, 'pilot training');
    expect(found.map((w) => w.id)).toContain(OSAKA_2017);
    expect(searchWorkshops(bundled.workshops, '   ')).toEqual([]);
  });

  it('finds partnerships by either city, by English or local name', () => {
    const byEnglish = searchPartnerships(bundled, bundled.partnerships, 'ho chi minh');
    expect(byEnglish.map((p) => p.id)).toContain('p-osaka-ho-chi-minh-city');
    const byLocal = searchPartnerships(bundled, bundled.partnerships, '大阪');
    expect(byLocal.map((p) => p.id)).toContain('p-osaka-ho-chi-minh-city');
    expect(byLocal.every((p) => p.cityAId === 'osaka' || p.cityBId === 'osaka')).toBe(true);
  });
});

describe('the records between two cities', () => {
  it('gathers every kind of link between the pair of a clicked link, each record once', () => {
    const network = buildNetwork(bundled, DEFAULT_FILTERS);
    const pair = pairRecords(network, 'partnership:osaka~quezon-city')!;
    expect(pair.kinds[0]).toBe('partnership');
    expect([...pair.kinds].sort()).toEqual(['co-attendance', 'partnership', 'workshop']);
    expect(pair.partnerships.map((p) => p.id)).toEqual(['p-osaka-quezon-city']);
    expect(pair.workshops.map((w) => w.id)).toContain(OSAKA_2017);
    expect(new Set(pair.workshops).size).toBe(pair.workshops.length);
    expect(linkHighlight(network, 'partnership:osaka~quezon-city')!.edgeIds).toEqual(pair.edgeIds);
  });
});
