/** Draft pairings: made per pair, drawn as proposed partnerships of their own look, and measured. */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { draftImpact, draftPartnership, makeDraft, withDrafts } from '../../../src/domain/drafts';
import { linkLook } from '../../../src/domain/encoding';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { buildNetwork } from '../../../src/domain/network';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const WHEN = '2024-05-06T07:08:09.000Z';

/**
 * Osaka hosts a 2019 workshop for Bandung, Hue and Cebu. Osaka and Bandung are partners; Osaka
 * and Hue were (ended). Kitakyushu has no partner. Before any draft: one overseas city has a
 * Japanese partner (Bandung, in one country), two workshop cities have none (Hue, Cebu).
 */
const dataset = createDataset(
  [
    makeCity({ id: 'osaka', name: 'Osaka' }),
    makeCity({ id: 'kitakyushu', name: 'Kitakyushu' }),
    makeCity({ id: 'bandung', name: 'Bandung', country: 'ID' }),
    makeCity({ id: 'hue', name: 'Hue', country: 'VN' }),
    makeCity({ id: 'cebu', name: 'Cebu', country: 'PH' }),
  ],
  [
    makeWorkshop({
      id: 'w1',
      startDate: '2019-05-01',
      hostCityIds: ['osaka'],
      participantCityIds: ['bandung', 'hue', 'cebu'],
    }),
  ],
  [
    makePartnership({ id: 'p1', cityAId: 'osaka', cityBId: 'bandung', startYear: 2015 }),
    makePartnership({
      id: 'p2',
      cityAId: 'osaka',
      cityBId: 'hue',
      startYear: 2010,
      endYear: 2014,
      status: 'ended',
    }),
  ],
);

describe('makeDraft', () => {
  it('names a draft by its pair whichever way round it is picked, keeping the order given', () => {
    const draft = makeDraft('osaka', 'cebu', ['waste'], WHEN);
    expect(draft).toEqual({
      id: 'draft:cebu~osaka',
      cityAId: 'osaka',
      cityBId: 'cebu',
      themes: ['waste'],
      createdAt: WHEN,
    });
    expect(makeDraft('cebu', 'osaka', [], WHEN).id).toBe(draft.id);
  });
});

describe('draftPartnership', () => {
  it('is a proposed partnership marked as a draft, starting in the year it was drafted', () => {
    const themes = ['waste', 'energy'];
    const partnership = draftPartnership(makeDraft('osaka', 'cebu', themes, WHEN));
    expect(partnership).toMatchObject({
      id: 'draft:cebu~osaka',
      cityAId: 'osaka',
      cityBId: 'cebu',
      themes,
      status: 'proposed',
      draft: true,
      startYear: 2024,
      endYear: null,
      programme: '',
      funder: '',
    });
    expect(partnership.themes).not.toBe(themes);
  });

  it('has no start year when the date it was drafted has none', () => {
    expect(draftPartnership(makeDraft('osaka', 'cebu', [], 'yesterday')).startYear).toBeNull();
  });
});

describe('withDrafts', () => {
  it('gives back the very same dataset when there are no drafts, so nothing recomputes', () => {
    expect(withDrafts(dataset, [])).toEqual({ dataset, missing: [] });
    expect(withDrafts(dataset, []).dataset).toBe(dataset);
  });

  it('adds the drafts as proposed partnerships, drawn in the draft look', () => {
    const draft = makeDraft('kitakyushu', 'cebu', ['waste'], WHEN);
    const { dataset: drafted, missing } = withDrafts(dataset, [draft]);
    expect(missing).toEqual([]);
    expect(drafted.partnerships).toHaveLength(3);
    expect(drafted.partnershipById.get(draft.id)?.status).toBe('proposed');
    expect(drafted.partnershipsByCity.get('cebu')?.map((p) => p.id)).toEqual([draft.id]);
    // The input is left as it was, and its list of cities is the drafts' own: what is made once
    // per list of cities (the map's cluster index) is kept.
    expect(dataset.partnerships).toHaveLength(2);
    expect(drafted.cities).toBe(dataset.cities);
    expect(drafted.cityById).toBe(dataset.cityById);

    const edge = buildNetwork(drafted, DEFAULT_FILTERS).edges.find(
      (e) => e.id === 'partnership:cebu~kitakyushu',
    );
    expect(edge && linkLook(edge)).toBe('draft');
  });

  it('keeps a draft whose city the data lacks apart, undrawn, and adds a pair once', () => {
    const gone = makeDraft('osaka', 'atlantis', [], WHEN);
    const twice = makeDraft('osaka', 'cebu', [], WHEN);
    const { dataset: drafted, missing } = withDrafts(dataset, [gone, twice, twice]);
    expect(missing).toEqual([gone]);
    expect(drafted.partnerships.filter((p) => p.draft).map((p) => p.id)).toEqual([twice.id]);
  });

  it('gives back the same dataset when every draft names a missing city', () => {
    const gone = makeDraft('osaka', 'atlantis', [], WHEN);
    expect(withDrafts(dataset, [gone]).dataset).toBe(dataset);
  });
});

describe('draftImpact', () => {
  const before = { overseasWithJapanesePartner: 1, countriesReached: 1, overseasWithoutPartner: 2 };

  it('counts overseas cities and countries reached, and who is left without a partner, before and after', () => {
    const drafts = [
      makeDraft('kitakyushu', 'hue', ['waste'], WHEN),
      makeDraft('cebu', 'osaka', [], WHEN),
    ];
    expect(draftImpact(dataset, drafts, DEFAULT_FILTERS)).toEqual({
      before,
      after: { overseasWithJapanesePartner: 3, countriesReached: 3, overseasWithoutPartner: 0 },
      loads: [
        { cityId: 'osaka', before: 1, after: 2 },
        { cityId: 'kitakyushu', before: 0, after: 1 },
      ],
    });
  });

  it('counts the drafts even when the filters hide proposed partnerships', () => {
    const filters = { ...DEFAULT_FILTERS, statuses: ['active', 'ended'] as const };
    const impact = draftImpact(dataset, [makeDraft('osaka', 'hue', [], WHEN)], filters);
    expect(impact.before).toEqual(before);
    expect(impact.after).toEqual({
      overseasWithJapanesePartner: 2,
      countriesReached: 2,
      overseasWithoutPartner: 1,
    });
    expect(impact.loads).toEqual([{ cityId: 'osaka', before: 1, after: 2 }]);
  });

  it('changes nothing for a draft with a missing city, a pair already partners, or two Japanese cities', () => {
    const drafts = [
      makeDraft('osaka', 'atlantis', [], WHEN),
      makeDraft('bandung', 'osaka', [], WHEN),
      makeDraft('osaka', 'kitakyushu', [], WHEN),
    ];
    expect(draftImpact(dataset, drafts, DEFAULT_FILTERS)).toEqual({
      before,
      after: before,
      loads: [],
    });
  });

  it('measures the slice of the filters: a theme filter leaves out the records without it', () => {
    const filters = { ...DEFAULT_FILTERS, themes: ['energy'] };
    const impact = draftImpact(dataset, [makeDraft('osaka', 'cebu', [], WHEN)], filters);
    // Neither the workshop nor Osaka–Bandung works on energy; the draft still counts.
    expect(impact.before).toEqual({
      overseasWithJapanesePartner: 0,
      countriesReached: 0,
      overseasWithoutPartner: 0,
    });
    expect(impact.after).toEqual({
      overseasWithJapanesePartner: 1,
      countriesReached: 1,
      overseasWithoutPartner: 0,
    });
    expect(impact.loads).toEqual([{ cityId: 'osaka', before: 0, after: 1 }]);
  });
});
