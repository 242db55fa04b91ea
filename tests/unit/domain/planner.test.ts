/**
 * The pairing planner on small datasets whose right ranking is known by hand, each isolating one
 * part of the score; then its reasons on the bundled data, and the gaps and loads lists.
 */
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../src/domain/dataset';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import {
  DEFAULT_WEIGHTS,
  partnerLoads,
  partnershipGaps,
  planningIndex,
  suggestPartners,
  type PlanOptions,
  type Suggestion,
  type Weights,
} from '../../../src/domain/planner';
import type { City, Partnership, Workshop } from '../../../src/domain/types';
import { loadBundled } from '../../support/bundled';
import { makeCity, makePartnership, makeWorkshop } from '../../support/records';

const jp = (id: string) => makeCity({ id, name: id, country: 'JP' });
const vn = (id: string) => makeCity({ id, name: id, country: 'VN' });
const across: PlanOptions = { weights: DEFAULT_WEIGHTS, scope: 'across', limit: 10 };
const only = (part: keyof Weights): Weights => ({
  themeFit: 0,
  proximity: 0,
  capacity: 0,
  continuity: 0,
  [part]: 1,
});

function suggest(
  cities: City[],
  workshops: Workshop[],
  partnerships: Partnership[],
  cityId: string,
  options: PlanOptions = across,
) {
  return suggestPartners(
    planningIndex(createDataset(cities, workshops, partnerships), DEFAULT_FILTERS),
    cityId,
    options,
  );
}
const idsOf = (suggestions: readonly Suggestion[]) => suggestions.map((s) => s.cityId);
const find = (suggestions: readonly Suggestion[], id: string) =>
  suggestions.find((s) => s.cityId === id)!;

describe('each part of the score, alone, moves a candidate as a planner would expect', () => {
  it('a candidate that has shown a theme the city sought ranks above one that has not', () => {
    const cities = [vn('learner'), jp('a-other'), jp('z-match')];
    const workshops = [
      makeWorkshop({ id: 'w-learn', themes: ['waste'], participantCityIds: ['learner'] }),
      makeWorkshop({ id: 'w-waste', themes: ['waste'], hostCityIds: ['z-match'] }),
      makeWorkshop({ id: 'w-energy', themes: ['energy'], hostCityIds: ['a-other'] }),
    ];
    const { suggestions } = suggest(cities, workshops, [], 'learner');
    // The id would put a-other first; the theme puts z-match first.
    expect(idsOf(suggestions)).toEqual(['z-match', 'a-other']);
    expect(find(suggestions, 'z-match').parts.themeFit).toBeGreaterThan(0);
    expect(find(suggestions, 'a-other').parts.themeFit).toBe(0);
    const theme = find(suggestions, 'z-match').reasons.find((r) => r.kind === 'theme');
    expect(theme).toEqual({
      kind: 'theme',
      theme: 'waste',
      sought: [{ kind: 'workshop', id: 'w-learn' }],
      shown: [{ kind: 'workshop', id: 'w-waste' }],
    });
  });

  it('a candidate met at a workshop ranks above an equal one never met, and the workshop is named', () => {
    const cities = [vn('learner'), jp('a-stranger'), jp('z-met')];
    const workshops = [
      makeWorkshop({
        id: 'w-met',
        themes: ['waste'],
        hostCityIds: ['z-met'],
        participantCityIds: ['learner'],
      }),
      makeWorkshop({ id: 'w-alone', themes: ['waste'], hostCityIds: ['a-stranger'] }),
    ];
    const { suggestions } = suggest(cities, workshops, [], 'learner');
    expect(idsOf(suggestions)).toEqual(['z-met', 'a-stranger']);
    expect(find(suggestions, 'z-met').parts.proximity).toBeGreaterThan(0);
    expect(find(suggestions, 'a-stranger').parts.proximity).toBe(0);
    expect(find(suggestions, 'z-met').parts.themeFit).toBe(
      find(suggestions, 'a-stranger').parts.themeFit,
    );
    expect(find(suggestions, 'z-met').reasons).toContainEqual({
      kind: 'sharedWorkshop',
      workshop: { kind: 'workshop', id: 'w-met' },
      cityRole: 'participant',
      candidateRole: 'host',
    });
  });

  it('a common neighbour raises proximity, and names the records on each side', () => {
    const cities = [vn('learner'), vn('peer'), jp('a-far'), jp('z-near')];
    const workshops = [
      makeWorkshop({ id: 'w-1', participantCityIds: ['learner', 'peer'] }),
      makeWorkshop({ id: 'w-2', hostCityIds: ['a-far'] }),
    ];
    const partnerships = [
      makePartnership({ id: 'p-near-peer', cityAId: 'z-near', cityBId: 'peer' }),
    ];
    const { suggestions } = suggest(cities, workshops, partnerships, 'learner', {
      ...across,
      weights: only('proximity'),
    });
    expect(idsOf(suggestions)).toEqual(['z-near']);
    expect(find(suggestions, 'z-near').reasons).toEqual([
      {
        kind: 'commonNeighbour',
        cityId: 'peer',
        viaCity: [{ kind: 'workshop', id: 'w-1' }],
        viaCandidate: [{ kind: 'partnership', id: 'p-near-peer' }],
      },
    ]);
  });

  it('a candidate that carries partners already falls behind an equal one that carries none', () => {
    const cities = [vn('learner'), jp('a-busy'), jp('z-free'), vn('o1'), vn('o2'), vn('o3')];
    const workshops = ['a-busy', 'z-free'].map((host) =>
      makeWorkshop({
        id: `w-${host}`,
        themes: ['waste'],
        hostCityIds: [host],
        participantCityIds: ['learner'],
      }),
    );
    const partnerships = ['o1', 'o2', 'o3'].map((o) =>
      makePartnership({ id: `p-${o}`, cityAId: 'a-busy', cityBId: o }),
    );
    const { suggestions } = suggest(cities, workshops, partnerships, 'learner');
    expect(idsOf(suggestions)).toEqual(['z-free', 'a-busy']);
    const [free, busy] = suggestions;
    expect(busy!.parts.capacity).toBeLessThan(free!.parts.capacity);
    expect({ ...busy!.parts, capacity: 0 }).toEqual({ ...free!.parts, capacity: 0 });
    expect(busy!.reasons).toContainEqual({ kind: 'load', partners: 3 });
  });

  it('a candidate last active long ago falls behind an equal one active lately', () => {
    const cities = [vn('learner'), jp('a-stale'), jp('z-recent')];
    const workshops = [
      ['a-stale', '2012-05-01'],
      ['z-recent', '2022-05-01'],
    ].map(([host, date]) =>
      makeWorkshop({
        id: `w-${host}`,
        themes: ['waste'],
        startDate: date,
        hostCityIds: [host!],
        participantCityIds: ['learner'],
      }),
    );
    const { suggestions } = suggest(cities, workshops, [], 'learner');
    expect(idsOf(suggestions)).toEqual(['z-recent', 'a-stale']);
    const [recent, stale] = suggestions;
    expect(stale!.parts.continuity).toBeLessThan(recent!.parts.continuity);
    expect(recent!.reasons).toContainEqual({ kind: 'recent', cityYear: 2022, candidateYear: 2022 });
  });
});

describe('the weights', () => {
  // a-themes showed the theme the learner sought; z-met only sat beside it at a workshop.
  const cities = [vn('learner'), jp('a-themes'), jp('z-met')];
  const workshops = [
    makeWorkshop({ id: 'w-1', themes: ['waste'], participantCityIds: ['learner', 'z-met'] }),
    makeWorkshop({ id: 'w-2', themes: ['waste'], hostCityIds: ['a-themes'] }),
  ];

  it('change the order: theme fit alone puts one candidate first, proximity alone the other', () => {
    const byTheme = suggest(cities, workshops, [], 'learner', {
      ...across,
      weights: only('themeFit'),
    });
    const byProximity = suggest(cities, workshops, [], 'learner', {
      ...across,
      weights: only('proximity'),
    });
    expect(idsOf(byTheme.suggestions)).toEqual(['a-themes']);
    expect(idsOf(byProximity.suggestions)).toEqual(['z-met']);
    // A part with weight zero gives no reason.
    expect(byProximity.suggestions[0]!.reasons.map((r) => r.kind)).toEqual(['sharedWorkshop']);
  });

  it('all zero give no suggestion, and say why', () => {
    const result = suggest(cities, workshops, [], 'learner', {
      ...across,
      weights: only('themeFit'),
    });
    expect(result.none).toBeNull();
    const zero = { themeFit: 0, proximity: 0, capacity: 0, continuity: 0 };
    expect(suggest(cities, workshops, [], 'learner', { ...across, weights: zero })).toMatchObject({
      suggestions: [],
      none: 'allWeightsZero',
    });
    // Negative or missing numbers count as zero, never as a reason to throw.
    const broken = { themeFit: -1, proximity: Number.NaN, capacity: 0, continuity: 0 };
    expect(suggest(cities, workshops, [], 'learner', { ...across, weights: broken }).none).toBe(
      'allWeightsZero',
    );
  });
});

describe('when there is nothing to suggest, the result says why', () => {
  it('an unknown city', () => {
    expect(suggest([vn('learner'), jp('a')], [], [], 'nowhere')).toEqual({
      suggestions: [],
      none: 'unknownCity',
      city: { themes: 0, workshops: 0, partners: 0 },
    });
  });

  it('no Japanese city in the data, across the divide; other scopes still suggest', () => {
    const cities = [vn('learner'), vn('peer')];
    expect(suggest(cities, [], [], 'learner').none).toBe('noJapaneseCity');
    expect(
      idsOf(suggest(cities, [], [], 'learner', { ...across, scope: 'any' }).suggestions),
    ).toEqual(['peer']);
  });

  it('no overseas city in the data, for a Japanese city across the divide', () => {
    expect(suggest([jp('a'), jp('b')], [], [], 'a').none).toBe('noOverseasCity');
  });

  it('every candidate is a partner already', () => {
    const partnerships = [makePartnership({ id: 'p', cityAId: 'a', cityBId: 'learner' })];
    expect(suggest([vn('learner'), jp('a')], [], partnerships, 'learner').none).toBe(
      'noCandidates',
    );
  });
});

describe('existing ties', () => {
  const cities = [vn('learner'), jp('active'), jp('ended'), jp('proposed'), jp('free')];
  const partnerships = [
    makePartnership({ id: 'p-active', cityAId: 'active', cityBId: 'learner', themes: ['waste'] }),
    makePartnership({ id: 'p-ended', cityAId: 'learner', cityBId: 'ended', status: 'ended' }),
    makePartnership({
      id: 'p-proposed',
      cityAId: 'proposed',
      cityBId: 'learner',
      status: 'proposed',
    }),
  ];

  it('active and ended partners are never suggested; a proposed pair is suggested and marked', () => {
    const { suggestions } = suggest(cities, [], partnerships, 'learner');
    expect(idsOf(suggestions).sort()).toEqual(['free', 'proposed']);
    expect(find(suggestions, 'proposed').proposed).toEqual({
      kind: 'partnership',
      id: 'p-proposed',
    });
    expect(find(suggestions, 'free').proposed).toBeNull();
  });

  it('stay excluded when a filter hides the partnership (a filter narrows the evidence only)', () => {
    const index = planningIndex(createDataset(cities, [], partnerships), {
      ...DEFAULT_FILTERS,
      themes: ['energy'],
    });
    expect(idsOf(suggestPartners(index, 'learner', across).suggestions)).not.toContain('active');
  });
});

describe('a city that brings little', () => {
  it('with no theme, workshop or partner still gets suggestions by capacity and continuity', () => {
    const cities = [vn('newcomer'), jp('a-idle'), jp('m-busy'), jp('z-active'), vn('other')];
    const workshops = [
      makeWorkshop({ id: 'w', startDate: '2020-01-01', hostCityIds: ['z-active'] }),
    ];
    const partnerships = [makePartnership({ id: 'p', cityAId: 'm-busy', cityBId: 'other' })];
    const result = suggest(cities, workshops, partnerships, 'newcomer');
    expect(result.city).toEqual({ themes: 0, workshops: 0, partners: 0 });
    expect(result.none).toBeNull();
    // Active lately first, then free of partners, then one that carries a partner.
    expect(idsOf(result.suggestions)).toEqual(['z-active', 'a-idle', 'm-busy']);
    for (const s of result.suggestions) {
      expect(s.parts.themeFit).toBe(0);
      expect(s.parts.proximity).toBe(0);
    }
  });
});

describe('on the bundled data', () => {
  const dataset = loadBundled().dataset;
  const index = planningIndex(dataset, DEFAULT_FILTERS);
  const canTho = suggestPartners(index, 'can-tho', { ...across, limit: 5 });

  it('Can Tho gets Japanese cities only, none of them a partner already', () => {
    const partners = dataset.partnerships
      .filter((p) => p.status !== 'proposed' && [p.cityAId, p.cityBId].includes('can-tho'))
      .flatMap((p) => [p.cityAId, p.cityBId]);
    expect(canTho.suggestions).toHaveLength(5);
    for (const { cityId } of canTho.suggestions) {
      expect(dataset.cityById.get(cityId)!.country).toBe('JP');
      expect(partners).not.toContain(cityId);
    }
    expect(canTho.city).toEqual({ themes: 2, workshops: 1, partners: 0 });
  });

  it('Toyama and Toyota, lecturers at the Nov 2017 Osaka training Can Tho attended, cite it', () => {
    for (const lecturer of ['toyama', 'toyota']) {
      const suggestion = find(canTho.suggestions, lecturer);
      expect(suggestion).toBeDefined();
      expect(suggestion.reasons).toContainEqual({
        kind: 'sharedWorkshop',
        workshop: { kind: 'workshop', id: 'ws-2017-11-osaka' },
        cityRole: 'participant',
        candidateRole: 'resource',
      });
    }
  });

  it("the training's hosts come first: they showed its themes and met Can Tho there", () => {
    expect(idsOf(canTho.suggestions).slice(0, 1)).toEqual(['osaka']);
    const osaka = find(canTho.suggestions, 'osaka');
    expect(osaka.reasons).toContainEqual({
      kind: 'theme',
      theme: 'low-carbon',
      sought: [{ kind: 'workshop', id: 'ws-2017-11-osaka' }],
      shown: [
        { kind: 'workshop', id: 'ws-2017-11-osaka' },
        { kind: 'partnership', id: 'p-osaka-ho-chi-minh-city' },
        { kind: 'partnership', id: 'p-osaka-quezon-city' },
      ],
    });
  });

  it('a year filter that leaves out the training leaves Can Tho with nothing to bring', () => {
    const later = planningIndex(dataset, { ...DEFAULT_FILTERS, years: { from: 2019, to: 2024 } });
    const result = suggestPartners(later, 'can-tho', across);
    expect(result.city).toEqual({ themes: 0, workshops: 0, partners: 0 });
    for (const s of result.suggestions)
      expect(s.reasons.map((r) => r.kind)).not.toContain('sharedWorkshop');
  });
});

describe('gaps and loads', () => {
  const cities = [
    jp('j-busy'),
    jp('j-idle'),
    jp('j-home'),
    vn('o-two'),
    vn('o-b'),
    vn('o-a'),
    vn('o-partnered'),
    vn('o-ended'),
    vn('o-nothing'),
  ];
  const workshops = [
    makeWorkshop({
      id: 'w-1',
      themes: ['waste'],
      hostCityIds: ['j-busy'],
      participantCityIds: ['o-two', 'o-b', 'o-partnered', 'o-ended'],
    }),
    makeWorkshop({
      id: 'w-2',
      themes: ['water'],
      hostCityIds: ['j-idle'],
      participantCityIds: ['o-two'],
    }),
    makeWorkshop({ id: 'w-3', themes: ['water'], participantCityIds: ['o-a'] }),
  ];
  const partnerships = [
    makePartnership({ id: 'p-1', cityAId: 'j-busy', cityBId: 'o-partnered', themes: ['waste'] }),
    makePartnership({
      id: 'p-2',
      cityAId: 'o-ended',
      cityBId: 'j-busy',
      status: 'ended',
      themes: ['water'],
    }),
    makePartnership({ id: 'p-3', cityAId: 'j-home', cityBId: 'j-busy' }),
    makePartnership({ id: 'p-4', cityAId: 'o-b', cityBId: 'j-idle', status: 'proposed' }),
  ];
  const index = planningIndex(createDataset(cities, workshops, partnerships), DEFAULT_FILTERS);

  it('lists overseas workshop cities without a Japanese partner, most workshops first, then by name', () => {
    const gaps = partnershipGaps(index, across);
    expect(gaps.map((g) => [g.cityId, g.workshops])).toEqual([
      ['o-two', 2],
      ['o-a', 1],
      ['o-b', 1],
    ]);
    // Each with its best suggestion across the divide: for o-two, a host it learned from.
    for (const gap of gaps) expect(gap.best?.cityId).toMatch(/^j-/);
    expect(gaps[0]!.best!.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'sharedWorkshop',
        workshop: { kind: 'workshop', id: 'w-1' },
      }),
    );
    // A proposed partnership does not close a gap; it marks the suggestion.
    expect(gaps.map((g) => g.cityId)).toContain('o-b');
    const forOb = suggestPartners(index, 'o-b', across).suggestions;
    expect(find(forOb, 'j-idle').proposed).toEqual({ kind: 'partnership', id: 'p-4' });
  });

  it('lists Japanese cities by the overseas partners they carry, most first, then by name', () => {
    expect(partnerLoads(index)).toEqual([
      { cityId: 'j-busy', partners: 2 },
      { cityId: 'j-home', partners: 0 },
      { cityId: 'j-idle', partners: 0 },
    ]);
  });

  it('follow the filters: with only waste records in view, o-two took part in one workshop', () => {
    const waste = planningIndex(index.dataset, { ...DEFAULT_FILTERS, themes: ['waste'] });
    // o-ended's partnership was on water: in this view, o-ended has no Japanese partner.
    expect(partnershipGaps(waste, across).map((g) => [g.cityId, g.workshops])).toEqual([
      ['o-b', 1],
      ['o-ended', 1],
      ['o-two', 1],
    ]);
    // Its best suggestion is still never the partner it has outside the view.
    const best = partnershipGaps(waste, across).find((g) => g.cityId === 'o-ended')!.best;
    expect(best?.cityId).toBe('j-home');
  });
});
