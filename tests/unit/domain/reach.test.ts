/**
 * The reach figures a funder reads: every figure on the bundled data equals a count written here
 * (from data/*.csv, read by hand and checked with a separate script) or made here by a loop of
 * its own over the raw records; a slice never reaches further than the whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { themePalette } from '../../../src/domain/palette';
import {
  activityByYear,
  NO_THEME,
  OTHER_THEMES,
  overseasGrowth,
  reachOf,
} from '../../../src/domain/reach';
import { recordsInSlice, type RecordSlice } from '../../../src/domain/records';
import { EDGE_KINDS, PARTNERSHIP_STATUSES } from '../../../src/domain/types';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const bundled = loadBundled().dataset;
const whole = recordsInSlice(bundled, DEFAULT_FILTERS);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const osakaAlone: RecordSlice = {
  workshops: [bundled.workshopById.get('ws-2017-11-osaka')!],
  partnerships: [],
};

describe('the reach of the Nov 2017 Osaka training alone', () => {
  const reach = reachOf(bundled, osakaAlone);

  it('reaches 4 overseas cities in 3 countries, and 4 Japanese cities in every role', () => {
    // Participants; hosts Osaka and Amagasaki; lecturers Toyama and Toyota. Sorted by name.
    expect(ids(reach.overseasCities)).toEqual([
      'bandung',
      'can-tho',
      'ho-chi-minh-city',
      'quezon-city',
    ]);
    expect(ids(reach.japaneseCities)).toEqual(['amagasaki', 'osaka', 'toyama', 'toyota']);
    expect(reach.overseasCountries.map((c) => [c.country, c.cities.length])).toEqual([
      ['VN', 2],
      ['ID', 1],
      ['PH', 1],
    ]);
    expect(reach.countries.map((c) => c.country)).toEqual(['JP', 'VN', 'ID', 'PH']);
  });

  it('trained 7 people, and no workshop lacks a figure', () => {
    expect(reach.peopleTrained).toBe(7);
    expect(ids(reach.workshopsWithPeople)).toEqual(['ws-2017-11-osaka']);
    expect(reach.workshopsWithoutPeople).toEqual([]);
    expect(reach.activePartnerships).toEqual([]);
    expect(reach.newPartnershipsByYear).toEqual([]);
    expect(reach.empty).toBe(false);
  });

  it('grows to 4 overseas cities in its one year, and stacks its two themes in 2017', () => {
    expect(overseasGrowth(bundled, osakaAlone)).toEqual([{ year: 2017, cities: 4 }]);
    const activity = activityByYear(osakaAlone, ['low-carbon', 'waste']);
    // climate-policy has no colour here: it goes to "other".
    expect(activity).toEqual({
      themes: ['low-carbon', OTHER_THEMES],
      years: [{ year: 2017, counts: [1, 1] }],
      undated: 0,
      earlier: 0,
    });
  });
});

describe('the reach of the whole bundled data', () => {
  const reach = reachOf(bundled, whole);

  it('counts the cities the raw records name, Japanese and overseas', () => {
    // An independent count: every city id of every raw record, classified by its country.
    const named = new Set<string>();
    for (const w of bundled.workshops)
      for (const id of [...w.hostCityIds, ...w.participantCityIds, ...w.resourceCityIds])
        named.add(id);
    for (const p of bundled.partnerships) named.add(p.cityAId).add(p.cityBId);
    const japanese = [...named].filter((id) => bundled.cityById.get(id)?.country === 'JP');
    const overseas = [...named].filter((id) => {
      const country = bundled.cityById.get(id)?.country;
      return country !== undefined && country !== 'JP';
    });
    expect(ids(reach.japaneseCities).sort()).toEqual(japanese.sort());
    expect(ids(reach.overseasCities).sort()).toEqual(overseas.sort());
    // Read from data/*.csv: 47 cities, of which tabanan and thai-nguyen have no record.
    expect(reach.japaneseCities).toHaveLength(18);
    expect(reach.overseasCities).toHaveLength(27);
  });

  it('reaches 9 overseas countries, Indonesia first with 8 cities', () => {
    expect(reach.overseasCountries.map((c) => [c.country, c.cities.length])).toEqual([
      ['ID', 8],
      ['VN', 5],
      ['MM', 3],
      ['PH', 3],
      ['TH', 3],
      ['MY', 2],
      ['KH', 1],
      ['LA', 1],
      ['PW', 1],
    ]);
    expect(reach.countries[0]).toMatchObject({ country: 'JP' });
  });

  it('has 8 workshops that trained 239 people (14+70+7+4+14+30+60+40), in date order', () => {
    expect(reach.workshops).toHaveLength(8);
    expect(reach.peopleTrained).toBe(239);
    expect(reach.workshopsWithoutPeople).toEqual([]);
    expect(reach.workshops[0]!.id).toBe('ws-2017-01-kitakyushu');
    expect(reach.workshops.at(-1)!.id).toBe('ws-2020-12-online');
  });

  it('has 23 active partnerships, and 19 that began in a known year, by year', () => {
    expect(reach.activePartnerships).toHaveLength(23);
    expect(reach.activePartnerships.map((p) => p.id)).not.toContain('p-kitakyushu-cebu-city');
    // Every partnership of the data is in the whole, active or not (the report map draws them).
    expect(reach.partnerships).toHaveLength(24);
    expect(reach.newPartnershipsByYear.map((y) => [y.year, y.partnerships.length])).toEqual([
      [2004, 1],
      [2011, 1],
      [2012, 2],
      [2013, 2],
      [2014, 1],
      [2015, 3],
      [2016, 3],
      [2018, 1],
      [2019, 1],
      [2020, 2],
      [2022, 1],
      [2024, 1],
    ]);
  });

  it('draws activity from 2004 to 2024, gaps as zeros, 5 partnerships without a year', () => {
    const activity = activityByYear(
      whole,
      themePalette(bundled).themes.map((t) => t.theme),
    );
    expect(activity.years.map((y) => y.year)).toEqual(
      Array.from({ length: 21 }, (_, i) => 2004 + i),
    );
    expect(activity.undated).toBe(5);
    const in2005 = activity.years.find((y) => y.year === 2005)!;
    expect(in2005.counts.every((count) => count === 0)).toBe(true);
    // p-kitakyushu-mandalay has no theme but no year either: no "none" stack.
    expect(activity.themes).not.toContain(NO_THEME);
  });

  it('stacks each record once per theme: a column is the sum of its records’ stacks', () => {
    const palette = themePalette(bundled).themes.map((t) => t.theme);
    const activity = activityByYear(whole, palette);
    const expected = new Map<number, number>();
    const add = (year: number, themes: readonly string[]) => {
      const stacks = new Set(themes.map((t) => (palette.includes(t) ? t : 'other')));
      expected.set(year, (expected.get(year) ?? 0) + Math.max(stacks.size, 1));
    };
    for (const w of bundled.workshops) add(Number(w.startDate.slice(0, 4)), w.themes);
    for (const p of bundled.partnerships)
      if (p.startYear !== null && p.status !== 'proposed') add(p.startYear, p.themes);
    for (const { year, counts } of activity.years)
      expect(
        counts.reduce((a, b) => a + b, 0),
        String(year),
      ).toBe(expected.get(year) ?? 0);
  });

  it('grows without falling, from Surabaya in 2004 to every overseas city with a year', () => {
    const growth = overseasGrowth(bundled, whole);
    expect(growth[0]).toEqual({ year: 2004, cities: 1 });
    for (let i = 1; i < growth.length; i++)
      expect(growth[i]!.cities).toBeGreaterThanOrEqual(growth[i - 1]!.cities);
    const dated = new Set<string>();
    for (const w of bundled.workshops)
      for (const id of [...w.hostCityIds, ...w.participantCityIds, ...w.resourceCityIds])
        dated.add(id);
    for (const p of bundled.partnerships)
      if (p.startYear !== null) dated.add(p.cityAId).add(p.cityBId);
    const overseas = [...dated].filter((id) => bundled.cityById.get(id)?.country !== 'JP');
    expect(growth.at(-1)).toEqual({ year: 2024, cities: overseas.length });
    // Iskandar Malaysia has only partnerships of unknown year: 26 of the 27 have a year.
    expect(overseas).toHaveLength(26);
  });
});

describe('what counts and what does not', () => {
  const dataset = createDataset(
    [
      makeCity({ id: 'kyoto', name: 'Kyoto', country: 'JP' }),
      makeCity({ id: 'hanoi', name: 'Hanoi', country: 'VN' }),
      makeCity({ id: 'hue', name: 'Hue', country: 'VN' }),
      makeCity({ id: 'cebu', name: 'Cebu', country: 'PH' }),
    ],
    [
      makeWorkshop({
        id: 'w-2019',
        startDate: '2019-05',
        hostCityIds: ['kyoto'],
        participantCityIds: ['hanoi', 'ghost'],
        participants: 12,
        themes: ['waste', 'rare'],
      }),
      makeWorkshop({ id: 'w-2016', startDate: '2016', participantCityIds: ['hue'] }),
    ],
    [
      makePartnership({
        id: 'p-ended',
        cityAId: 'kyoto',
        cityBId: 'hue',
        status: 'ended',
        startYear: 2014,
      }),
      makePartnership({
        id: 'p-proposed',
        cityAId: 'kyoto',
        cityBId: 'cebu',
        status: 'proposed',
        startYear: 2021,
      }),
      makePartnership({ id: 'p-unknown', cityAId: 'kyoto', cityBId: 'hanoi', themes: ['water'] }),
    ],
  );
  const all: RecordSlice = {
    workshops: [...dataset.workshops],
    partnerships: [...dataset.partnerships],
  };

  it('counts every end of every record, skips unknown ids, and keeps workshops without a figure apart', () => {
    const reach = reachOf(dataset, all);
    expect(ids(reach.overseasCities)).toEqual(['cebu', 'hanoi', 'hue']);
    expect(ids(reach.japaneseCities)).toEqual(['kyoto']);
    expect(reach.peopleTrained).toBe(12);
    expect(ids(reach.workshopsWithoutPeople)).toEqual(['w-2016']);
    expect(ids(reach.workshops)).toEqual(['w-2016', 'w-2019']);
    expect(ids(reach.activePartnerships)).toEqual(['p-unknown']);
  });

  it('lists a partnership as new in its start year only once it has begun (not proposed)', () => {
    expect(
      reachOf(dataset, all).newPartnershipsByYear.map((y) => [y.year, ids(y.partnerships)]),
    ).toEqual([[2014, ['p-ended']]]);
  });

  it('stacks activity: coloured themes, then other, then none; proposed left out', () => {
    expect(activityByYear(all, ['water', 'waste'])).toEqual({
      themes: ['waste', OTHER_THEMES, NO_THEME],
      years: [
        { year: 2014, counts: [0, 0, 1] },
        { year: 2015, counts: [0, 0, 0] },
        { year: 2016, counts: [0, 0, 1] },
        { year: 2017, counts: [0, 0, 0] },
        { year: 2018, counts: [0, 0, 0] },
        { year: 2019, counts: [1, 1, 0] },
      ],
      undated: 1,
      earlier: 0,
    });
  });

  it('counts an overseas city from its first dated record', () => {
    // Hue from 2014 (partnership), Hanoi from 2019; Cebu only in a 2021 proposal: not reached.
    expect(overseasGrowth(dataset, all)).toEqual([
      { year: 2014, cities: 1 },
      { year: 2015, cities: 1 },
      { year: 2016, cities: 1 },
      { year: 2017, cities: 1 },
      { year: 2018, cities: 1 },
      { year: 2019, cities: 2 },
    ]);
  });

  it('is empty, with no series, when the slice holds no record', () => {
    const none: RecordSlice = { workshops: [], partnerships: [] };
    expect(reachOf(dataset, none)).toMatchObject({
      empty: true,
      overseasCities: [],
      countries: [],
    });
    expect(activityByYear(none, ['waste'])).toEqual({
      themes: [],
      years: [],
      undated: 0,
      earlier: 0,
    });
    expect(overseasGrowth(dataset, none)).toEqual([]);
  });
});

describe('a year range', () => {
  const range = { from: 2019, to: 2020 };
  const slice = recordsInSlice(bundled, { ...DEFAULT_FILTERS, years: range });
  const reach = reachOf(bundled, slice, range);

  it('counts as new only the partnerships that began in it', () => {
    // Independently, from the rows: partnerships (not proposed) starting in 2019 or 2020.
    const began = bundled.partnerships.filter(
      (p) =>
        p.status !== 'proposed' &&
        p.startYear !== null &&
        p.startYear >= 2019 &&
        p.startYear <= 2020,
    );
    const counted = reach.newPartnershipsByYear.flatMap((y) => y.partnerships);
    expect(ids(counted).sort()).toEqual(ids(began).sort());
    expect(reach.years).toEqual(range);
  });

  it('counts as active the partnerships active at some time in it, ended since or not', () => {
    expect(reach.activePartnerships.every((p) => p.status !== 'proposed')).toBe(true);
    expect(ids(reach.activePartnerships).sort()).toEqual(
      ids(slice.partnerships.filter((p) => p.status !== 'proposed')).sort(),
    );
  });

  it('still shows the cities reached before a year in which nothing began', () => {
    // No record of the bundled data began in 2021; partnerships begun earlier are active in it.
    const year = { from: 2021, to: 2021 };
    const quiet = recordsInSlice(bundled, { ...DEFAULT_FILTERS, years: year });
    const overseas = reachOf(bundled, quiet, year).overseasCities.length;
    expect(overseas).toBeGreaterThan(0);
    const growth = overseasGrowth(bundled, quiet, year);
    expect(growth.map((point) => point.year)).toEqual([2021]);
    expect(growth[0]!.cities).toBeGreaterThan(0);
    const activity = activityByYear(quiet, [], year);
    expect(activity.years).toEqual([]);
    expect(activity.earlier).toBe(
      quiet.partnerships.filter((p) => p.status !== 'proposed' && p.startYear !== null).length +
        quiet.workshops.length,
    );
  });

  it('draws activity and growth within it, growth counting the cities reached before', () => {
    const activity = activityByYear(slice, [], range);
    expect(activity.years.every(({ year }) => year >= 2019 && year <= 2020)).toBe(true);
    const growth = overseasGrowth(bundled, slice, range);
    expect(growth.map(({ year }) => year)).toEqual([2019, 2020]);
    // Reached before 2019 and still in the slice: counted from the first year shown.
    expect(growth[0]!.cities).toBeGreaterThan(0);
    expect(growth.at(-1)!.cities).toBe(overseasGrowth(bundled, slice).at(-1)!.cities);
  });
});

describe('any slice of the bundled data', () => {
  const themes = [
    ...new Set([...bundled.workshops, ...bundled.partnerships].flatMap((r) => r.themes)),
  ];
  const countries = [...new Set(bundled.cities.map((c) => c.country))];
  const funders = [
    ...new Set([...bundled.workshops, ...bundled.partnerships].map((r) => r.funder)),
  ];
  const filters = fc
    .record({
      themes: fc.subarray(themes, { maxLength: 3 }),
      years: fc.option(
        fc
          .tuple(fc.integer({ min: 2000, max: 2026 }), fc.integer({ min: 0, max: 10 }))
          .map(([from, length]) => ({ from, to: from + length })),
      ),
      unknownYears: fc.boolean(),
      countries: fc.subarray(countries, { maxLength: 3 }),
      edgeKinds: fc.subarray([...EDGE_KINDS]),
      statuses: fc.subarray([...PARTNERSHIP_STATUSES]),
      programmes: fc.constant([]),
      organisers: fc.constantFrom([], ['IGES'], ['MOEJ']),
      funders: fc.subarray(funders, { maxLength: 2 }),
      hideIsolated: fc.boolean(),
    })
    // What the arbitrary does not vary stays as by default.
    .map((varied): Filters => ({ ...DEFAULT_FILTERS, ...varied }));
  const all = reachOf(bundled, whole);
  const allGrowth = overseasGrowth(bundled, whole);

  it('reaches every city its records name, and never further than the whole', () => {
    fc.assert(
      fc.property(filters, (f) => {
        const slice = recordsInSlice(bundled, f);
        const reach = reachOf(bundled, slice, f.years);
        // Every city a record of the slice names is reached, and the slice is empty only when it has no record.
        const reached = new Set(ids([...reach.japaneseCities, ...reach.overseasCities]));
        for (const w of slice.workshops)
          for (const id of [...w.hostCityIds, ...w.participantCityIds, ...w.resourceCityIds])
            expect(reached.has(id), id).toBe(true);
        for (const p of slice.partnerships)
          expect(reached.has(p.cityAId) && reached.has(p.cityBId), p.id).toBe(true);
        expect(reach.empty).toBe(slice.workshops.length + slice.partnerships.length === 0);
        const within = (part: readonly { id: string }[], of: readonly { id: string }[]) =>
          part.every((item) => of.some((o) => o.id === item.id));
        expect(within(reach.japaneseCities, all.japaneseCities)).toBe(true);
        expect(within(reach.overseasCities, all.overseasCities)).toBe(true);
        expect(reach.overseasCountries.length).toBeLessThanOrEqual(all.overseasCountries.length);
        expect(reach.workshops.length).toBeLessThanOrEqual(all.workshops.length);
        expect(reach.peopleTrained).toBeLessThanOrEqual(all.peopleTrained);
        // Active in a year range may include partnerships ended since: still among the whole's.
        expect(within(reach.activePartnerships, all.partnerships)).toBe(true);
        if (!f.years) expect(within(reach.activePartnerships, all.activePartnerships)).toBe(true);
        // What happens in time is counted within the filtered years only.
        const inYears = (year: number) => !f.years || (year >= f.years.from && year <= f.years.to);
        for (const { year } of reach.newPartnershipsByYear)
          expect(inYears(year), String(year)).toBe(true);
        for (const { year } of activityByYear(slice, [], f.years).years)
          expect(inYears(year), String(year)).toBe(true);
        const growth = overseasGrowth(bundled, slice, f.years);
        for (const { year } of growth) expect(inYears(year), String(year)).toBe(true);
        const grown = growth.at(-1)?.cities ?? 0;
        expect(grown).toBeLessThanOrEqual(allGrowth.at(-1)!.cities);
        expect(grown).toBeLessThanOrEqual(reach.overseasCities.length);
      }),
      { numRuns: 200 },
    );
  });
});
