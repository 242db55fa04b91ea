/** Synthetic datasets of any size, shaped like the programme's, for benchmarks. */
import { createDataset, type Dataset } from '../domain/dataset';
import type { City, Partnership, Workshop } from '../domain/types';
import { seededRandom } from '../domain/random';

const THEMES = [
  'waste',
  'low-carbon',
  'energy',
  'water',
  'transport',
  'climate-policy',
  'green-growth',
];

/**
 * `cities` places spread over Japan and Southeast Asia (a fifth in Japan), `partnerships`
 * random pairs between a Japanese and an overseas city, and `workshops` each hosted in Japan
 * with 4–8 overseas participants.
 */
export function syntheticDataset(
  cities: number,
  partnerships: number,
  workshops: number,
  seed = 1,
): Dataset {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const cityList: City[] = [];
  for (let i = 0; i < cities; i++) {
    const japanese = i % 5 === 0;
    cityList.push({
      id: `c${i}`,
      name: `City ${i}`,
      localName: '',
      country: japanese ? 'JP' : pick(['ID', 'PH', 'VN', 'TH', 'MY', 'MM', 'KH', 'LA']),
      region: '',
      lat: japanese ? 31 + next() * 12 : -9 + next() * 30,
      lon: japanese ? 129 + next() * 13 : 95 + next() * 32,
      kind: 'city',
      population: null,
      source: '',
      notes: '',
      extra: {},
    });
  }
  const japanese = cityList.filter((c) => c.country === 'JP').map((c) => c.id);
  const overseas = cityList.filter((c) => c.country !== 'JP').map((c) => c.id);
  const partnershipList: Partnership[] = [];
  for (let i = 0; i < partnerships; i++) {
    const start = 1995 + Math.floor(next() * 30);
    partnershipList.push({
      id: `p${i}`,
      cityAId: pick(japanese),
      cityBId: pick(overseas),
      themes: [pick(THEMES), pick(THEMES)],
      startYear: next() < 0.05 ? null : start,
      endYear: next() < 0.3 ? start + Math.floor(next() * 8) : null,
      type: 'mou',
      status: 'active',
      programme: '',
      funder: '',
      description: '',
      source: '',
      notes: '',
      extra: {},
    });
  }
  const workshopList: Workshop[] = [];
  for (let i = 0; i < workshops; i++) {
    const year = 2010 + Math.floor(next() * 15);
    const participants = Array.from({ length: 4 + Math.floor(next() * 5) }, () => pick(overseas));
    workshopList.push({
      id: `w${i}`,
      title: `Workshop ${i}`,
      themes: [pick(THEMES)],
      startDate: `${year}-0${1 + Math.floor(next() * 9)}-10`,
      endDate: '',
      hostCityIds: [pick(japanese)],
      participantCityIds: [...new Set(participants)],
      resourceCityIds: next() < 0.5 ? [pick(japanese)] : [],
      participants: null,
      organisers: [],
      funder: '',
      programme: '',
      url: '',
      source: '',
      notes: '',
      extra: {},
    });
  }
  return createDataset(cityList, workshopList, partnershipList);
}

/** Sizes and seed of `plannerDataset`. */
export interface PlannerDataOptions {
  japanese: number;
  overseas: number;
  workshops: number;
  partnerships: number;
  seed: number;
}

const PLANNER_THEMES = [...THEMES, 'resilience', 'education', 'sdgs'];
const FIRST_YEAR = 2005;
const LAST_YEAR = 2024;

/** A city of the generator, with what drives its choices. */
interface Agent {
  city: City;
  /** Theme → interest, summing to 1. */
  interests: Map<string, number>;
  /** How much the city does: few cities do much (a Pareto tail). */
  activity: number;
  /** Years it takes part in the programme (inclusive). */
  from: number;
  to: number;
}

/**
 * A dataset for the planner's leave-one-out benchmark, drawn by a stated mechanism. THE MECHANISM
 * IS AN ASSUMPTION about how city pairings form, not a finding; the benchmark on it tells whether
 * the planner reads that mechanism back, and the bundled data tells the rest:
 * - every city has interests in one to three themes, and an activity level (a few are hubs);
 *   some Japanese cities stop taking part after a while;
 * - a workshop is hosted by an active Japanese city (likelier the more active), on themes of its
 *   interests, with Japanese lecturers who share them, and overseas participants drawn more often
 *   when they share them (workshops mix cities, so some come for other reasons);
 * - a partnership starts in a year between an overseas city (likelier after workshops) and an
 *   active Japanese city it knows of (a few at random, and those it met at workshops), chosen with
 *   odds growing with activity, shared interests and shared workshops, and shrinking with the
 *   partners the Japanese city carries already. Its themes are the interests both share.
 */
export function plannerDataset(options: PlannerDataOptions): Dataset {
  const next = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T | undefined => {
    const weights = items.map(weight);
    let total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) return undefined;
    total *= next();
    for (let i = 0; i < items.length; i++) if ((total -= weights[i]!) <= 0) return items[i];
    return items[items.length - 1];
  };
  const agent = (i: number, japanese: boolean): Agent => {
    const interests = new Map<string, number>();
    const count = 1 + Math.floor(next() * 3);
    for (let t = 0; t < count; t++) {
      const theme = pick(PLANNER_THEMES);
      interests.set(theme, (interests.get(theme) ?? 0) + 0.2 + next());
    }
    const sum = [...interests.values()].reduce((a, b) => a + b, 0);
    for (const [theme, w] of interests) interests.set(theme, w / sum);
    const from = FIRST_YEAR + Math.floor(next() * 10);
    const stops = japanese && next() < 0.3;
    return {
      city: {
        id: `${japanese ? 'jp' : 'os'}${i}`,
        name: `${japanese ? 'Japanese' : 'Overseas'} city ${i}`,
        localName: '',
        country: japanese ? 'JP' : pick(['ID', 'PH', 'VN', 'TH', 'MY', 'MM', 'KH', 'LA']),
        region: '',
        lat: japanese ? 31 + next() * 12 : -9 + next() * 30,
        lon: japanese ? 129 + next() * 13 : 95 + next() * 32,
        kind: 'city',
        population: null,
        source: '',
        notes: '',
        extra: {},
      },
      interests,
      activity: 1 / Math.max(0.05, next()) ** 0.8,
      from,
      to: stops ? from + 3 + Math.floor(next() * 8) : LAST_YEAR,
    };
  };
  const japan = Array.from({ length: options.japanese }, (_, i) => agent(i, true));
  const overseas = Array.from({ length: options.overseas }, (_, i) => agent(i, false));
  const interest = (a: Agent, themes: readonly string[]) =>
    themes.reduce((sum, theme) => sum + (a.interests.get(theme) ?? 0), 0);
  const overlap = (a: Agent, b: Agent) =>
    [...a.interests].reduce((sum, [theme, w]) => sum + Math.min(w, b.interests.get(theme) ?? 0), 0);
  const actives = new Map<number, Agent[]>();
  const activeIn = (year: number) => {
    const cached = actives.get(year) ?? japan.filter((a) => a.from <= year && year <= a.to);
    actives.set(year, cached);
    return cached;
  };
  // Sampling a few cities keeps big datasets fast; each draw is weighted as the mechanism says.
  const sample = <T>(list: readonly T[], n: number, weight: (item: T) => number): T[] => {
    const chosen = new Set<T>();
    for (let i = 0; i < n * 3 && chosen.size < Math.min(n, list.length); i++) {
      const few = Array.from({ length: Math.min(20, list.length) }, () => pick(list));
      const one = weighted(few, (item) => (chosen.has(item) ? 0 : weight(item)));
      if (one !== undefined) chosen.add(one);
    }
    return [...chosen];
  };

  const workshops: Workshop[] = [];
  const met = new Map<Agent, Map<Agent, number>>();
  const attended = new Map<Agent, number>();
  for (let i = 0; i < options.workshops; i++) {
    const year = FIRST_YEAR + 3 + Math.floor(next() * (LAST_YEAR - FIRST_YEAR - 2));
    const active = activeIn(year);
    const host = weighted(active.length > 0 ? active : japan, (a) => a.activity)!;
    const themes = [
      ...new Set([
        weighted([...host.interests.keys()], (t) => host.interests.get(t)!)!,
        ...(next() < 0.3 ? [pick(PLANNER_THEMES)] : []),
      ]),
    ];
    const lecturers = sample(
      active.filter((a) => a !== host),
      Math.floor(next() * 3),
      (a) => a.activity * interest(a, themes),
    );
    const participants = sample(
      overseas,
      3 + Math.floor(next() * 6),
      (a) => 0.15 + interest(a, themes),
    );
    for (const p of participants) {
      attended.set(p, (attended.get(p) ?? 0) + 1);
      const contacts = met.get(p) ?? new Map<Agent, number>();
      for (const j of [host, ...lecturers]) contacts.set(j, (contacts.get(j) ?? 0) + 1);
      met.set(p, contacts);
    }
    workshops.push({
      id: `w${i}`,
      title: `Workshop ${i}`,
      themes,
      startDate: `${year}-0${1 + Math.floor(next() * 9)}-10`,
      endDate: '',
      hostCityIds: [host.city.id],
      participantCityIds: participants.map((a) => a.city.id),
      resourceCityIds: lecturers.map((a) => a.city.id),
      participants: null,
      organisers: [],
      funder: '',
      programme: '',
      url: '',
      source: '',
      notes: '',
      extra: {},
    });
  }

  const partnerships: Partnership[] = [];
  const load = new Map<Agent, number>();
  const partnered = new Set<string>();
  // In order of time, so that the load a city carries is the load it carried then.
  const years = Array.from(
    { length: options.partnerships },
    () => FIRST_YEAR + 2 + Math.floor(next() * (LAST_YEAR - FIRST_YEAR - 1)),
  ).sort((a, b) => a - b);
  for (const [i, year] of years.entries()) {
    const city = sample(overseas, 1, (a) => a.activity * (0.3 + (attended.get(a) ?? 0)))[0]!;
    const contacts = met.get(city) ?? new Map<Agent, number>();
    const active = activeIn(year);
    const known = new Set([...Array.from({ length: 8 }, () => pick(active)), ...contacts.keys()]);
    const partner = weighted(
      [...known].filter(
        (j) => j.from <= year && year <= j.to && !partnered.has(`${j.city.id}~${city.city.id}`),
      ),
      (j) =>
        (j.activity * Math.exp(3 * overlap(city, j)) * (1 + 2 * (contacts.get(j) ?? 0))) /
        (1 + (load.get(j) ?? 0) / 3),
    );
    if (!partner) continue;
    partnered.add(`${partner.city.id}~${city.city.id}`);
    load.set(partner, (load.get(partner) ?? 0) + 1);
    const shared = [...city.interests.keys()].filter((t) => partner.interests.has(t));
    const ended = next() < 0.15;
    partnerships.push({
      id: `p${i}`,
      cityAId: partner.city.id,
      cityBId: city.city.id,
      themes: shared.length > 0 ? shared : [pick([...city.interests.keys()])],
      startYear: next() < 0.05 ? null : year,
      endYear: ended ? Math.min(LAST_YEAR, year + 1 + Math.floor(next() * 5)) : null,
      type: 'project',
      status: ended ? 'ended' : 'active',
      programme: '',
      funder: '',
      description: '',
      source: '',
      notes: '',
      extra: {},
    });
  }
  const cities = [...japan, ...overseas].map((a) => a.city);
  return createDataset(cities, workshops, partnerships);
}
