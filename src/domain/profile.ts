/** Everything the data says about one city, gathered for its profile. */
import type { Dataset, WorkshopInvolvement } from './dataset';
import { yearOf } from './dates';
import type { NetworkMetrics, SizeMetric } from './metrics';
import type { City, Partnership } from './types';

/** A partnership seen from one of its cities. */
export interface PartnerEntry {
  partner: City;
  partnership: Partnership;
}

/** A city's partnerships, workshops, themes and activity per year. */
export interface CityProfile {
  city: City;
  partners: PartnerEntry[];
  workshops: WorkshopInvolvement[];
  /** Themes of all its records, most frequent first. */
  themes: string[];
  /** Records starting per year, for a small timeline; years in order. */
  activity: { year: number; count: number }[];
  /** Partnerships with no known start year (not in `activity`). */
  unknownYears: number;
}

/** The profile of `cityId`, or null when the dataset has no such city. */
export function cityProfile(dataset: Dataset, cityId: string): CityProfile | null {
  const city = dataset.cityById.get(cityId);
  if (!city) return null;
  const partners: PartnerEntry[] = [];
  for (const partnership of dataset.partnershipsByCity.get(cityId) ?? []) {
    const partnerId = partnership.cityAId === cityId ? partnership.cityBId : partnership.cityAId;
    const partner = dataset.cityById.get(partnerId);
    if (partner) partners.push({ partner, partnership });
  }
  partners.sort(
    (a, b) =>
      (a.partnership.startYear ?? Infinity) - (b.partnership.startYear ?? Infinity) ||
      a.partner.name.localeCompare(b.partner.name),
  );
  const workshops = [...(dataset.workshopsByCity.get(cityId) ?? [])].sort((a, b) =>
    a.workshop.startDate.localeCompare(b.workshop.startDate),
  );

  const themeCounts = new Map<string, number>();
  const years = new Map<number, number>();
  let unknownYears = 0;
  const count = (themes: readonly string[], year: number | null) => {
    for (const theme of themes) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + 1);
    if (year === null) unknownYears += 1;
    else years.set(year, (years.get(year) ?? 0) + 1);
  };
  for (const { partnership } of partners) count(partnership.themes, partnership.startYear);
  for (const { workshop } of workshops) count(workshop.themes, yearOf(workshop.startDate));

  return {
    city,
    partners,
    workshops,
    themes: [...themeCounts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([theme]) => theme),
    activity: [...years].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, count: n })),
    unknownYears,
  };
}

/**
 * The web address a source cell points at, when it names one (`iges.or.jp/en/…` or
 * `https://…`); null for plain text. Only http and https addresses are returned.
 */
export function sourceUrl(source: string): string | null {
  const text = source.trim();
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return text;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(text)) return `https://${text}`;
  return null;
}

/**
 * One thing worth telling a programme officer about a city's place in the network, as data; the
 * UI words it. `partners`: how many partner cities it has, and whether that makes it the
 * best-connected city (`top` 1) or one of the 3 or 10 best-connected (null: neither); `records`: how much collaboration its links carry, and whether that
 * makes it a hub; `bridges`: it links `groups` groups of cities that otherwise have few ties;
 * `broker`: many cities reach each other through it; `alone`: it has no link in view.
 */
export type CityInsight =
  | { kind: 'alone' }
  | { kind: 'partners'; count: number; top: 1 | 3 | 10 | null }
  | { kind: 'records'; count: number; hub: boolean }
  | { kind: 'bridges'; groups: number }
  | { kind: 'broker' };

/** Linked cities whose `metric` is at least `value`: 1 means the city is alone at the top. */
function atLeast(metrics: NetworkMetrics, metric: SizeMetric, value: number): number {
  let count = 0;
  for (const city of metrics.byCity.values()) {
    if (city.degree > 0 && city[metric] >= value) count++;
  }
  return count;
}

/** Share of shortest routes through a city above which it is worth a mention in any network. */
const NOTABLE_BETWEENNESS = 0.05;

/**
 * What is worth telling about a city's place in the network, in plain terms for a programme
 * officer: how many partners it has and how that ranks, how much collaboration its links carry,
 * and whether it joins groups of cities. Empty for a city the metrics do not know.
 */
export function cityInsights(id: string, metrics: NetworkMetrics): CityInsight[] {
  const city = metrics.byCity.get(id);
  if (!city) return [];
  if (city.degree === 0) return [{ kind: 'alone' }];

  let linked = 0;
  for (const other of metrics.byCity.values()) if (other.degree > 0) linked++;
  // "Notable" means in the top tenth, and at least the top 3, of the linked cities.
  const notable = Math.max(3, Math.ceil(linked / 10));
  const insights: CityInsight[] = [];

  const aheadOrEqual = atLeast(metrics, 'degree', city.degree);
  let top: 1 | 3 | 10 | null = null;
  if (aheadOrEqual === 1 && linked > 1) top = 1;
  else if (aheadOrEqual <= 3 && linked > 3) top = 3;
  else if (aheadOrEqual <= 10 && linked > 10) top = 10;
  insights.push({ kind: 'partners', count: city.degree, top });

  // A workshop counts once per partner city it links, hence "with its partner cities".
  const hub = atLeast(metrics, 'weightedDegree', city.weightedDegree) <= notable && linked > 3;
  insights.push({ kind: 'records', count: city.weightedDegree, hub });

  // Only a city that others' shortest routes pass through links anything: one at a big
  // workshop touches many groups, but its partners all met each other there too.
  const between =
    city.betweenness > 0 &&
    (city.betweenness >= NOTABLE_BETWEENNESS ||
      atLeast(metrics, 'betweenness', city.betweenness) <= notable);
  if (between && city.bridges > 0) insights.push({ kind: 'bridges', groups: city.bridges + 1 });
  else if (between) insights.push({ kind: 'broker' });
  return insights;
}
