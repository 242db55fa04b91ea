/**
 * The programme's reach in a slice of the data: which cities and countries took part, how many
 * workshops and people trained, which partnerships are active and when new ones began, and the
 * series the reach charts draw. Pure; every figure keeps the records it counts, so the UI can
 * expand a figure to its list.
 */
import { regionOf } from './countries';
import { citiesOf, type Dataset } from './dataset';
import { isPartialDate, partialDateBound, yearOf } from './dates';
import { workshopCityIds, type RecordSlice } from './records';
import type { YearRange } from './filters';
import type { City, Partnership, Workshop } from './types';

/** The cities of one country in the slice. */
export interface CountryReach {
  /** ISO 3166-1 alpha-2. */
  country: string;
  cities: City[];
}

/** The figures of a slice; each lists what it counts. */
export interface Reach {
  /** Japanese cities with at least one record in the slice. */
  japaneseCities: City[];
  /** Cities outside Japan with at least one record in the slice. */
  overseasCities: City[];
  /** Countries of those cities (Japan included), most cities first, then by code: the chart's bars. */
  countries: CountryReach[];
  /** The countries outside Japan among `countries`: the "countries reached" figure. */
  overseasCountries: CountryReach[];
  workshops: Workshop[];
  /** The sum of `participants` over the workshops that give it. */
  peopleTrained: number;
  /** Workshops whose `participants` is known (they make up `peopleTrained`). */
  workshopsWithPeople: Workshop[];
  /** Workshops with no figure for the people trained. */
  workshopsWithoutPeople: Workshop[];
  /** Every partnership of the slice, by start year (the report map draws them all). */
  partnerships: Partnership[];
  /**
   * Without a year range, the partnerships of the slice whose status is `active` (active now);
   * with one, those of the slice that had begun (not proposed): active at some time in the range.
   */
  activePartnerships: Partnership[];
  /**
   * Partnerships of the slice that began (active or ended: a proposed one has not begun) by their
   * start year, oldest first, within the year range when there is one; unknown years left out.
   */
  newPartnershipsByYear: { year: number; partnerships: Partnership[] }[];
  /** The year range the figures were counted in (the filters'); null for every year. */
  years: YearRange | null;
  /** True when the slice holds no record at all. */
  empty: boolean;
}

/**
 * The reach of `slice` (records of `dataset`, as `recordsInSlice` keeps them for filters whose
 * year range is `years`). A city counts when a record of the slice names it in any role (host,
 * participant, lecturer, either end of a partnership); ids the dataset does not know are
 * skipped. What happens in time (new, active) is counted within `years`. Lists are sorted.
 */
export function reachOf(
  dataset: Dataset,
  slice: RecordSlice,
  years: YearRange | null = null,
): Reach {
  const cities = sliceCities(dataset, slice).sort(byName);
  const japaneseCities = cities.filter(isJapanese);
  const overseasCities = cities.filter((city) => !isJapanese(city));

  const byCountry = new Map<string, City[]>();
  for (const city of cities) {
    const list = byCountry.get(city.country);
    if (list) list.push(city);
    else byCountry.set(city.country, [city]);
  }
  const countries = [...byCountry]
    .map(([country, list]): CountryReach => ({ country, cities: list }))
    .sort((a, b) => b.cities.length - a.cities.length || compareText(a.country, b.country));

  const workshops = [...slice.workshops].sort(byStartDate);
  const workshopsWithPeople = workshops.filter((w) => w.participants !== null);
  const partnerships = [...slice.partnerships].sort(byStartYear);

  const begunByYear = new Map<number, Partnership[]>();
  for (const partnership of partnerships) {
    if (!hasBegun(partnership) || !inRange(partnership.startYear, years)) continue;
    const list = begunByYear.get(partnership.startYear);
    if (list) list.push(partnership);
    else begunByYear.set(partnership.startYear, [partnership]);
  }

  return {
    japaneseCities,
    overseasCities,
    countries,
    overseasCountries: countries.filter(({ country }) => regionOf(country) !== 'japan'),
    workshops,
    peopleTrained: workshopsWithPeople.reduce((sum, w) => sum + (w.participants ?? 0), 0),
    workshopsWithPeople,
    workshopsWithoutPeople: workshops.filter((w) => w.participants === null),
    partnerships,
    activePartnerships: partnerships.filter((p) => (years ? hasBegun(p) : p.status === 'active')),
    newPartnershipsByYear: [...begunByYear]
      .sort((a, b) => a[0] - b[0])
      .map(([year, list]) => ({ year, partnerships: list })),
    years,
    empty: slice.workshops.length === 0 && slice.partnerships.length === 0,
  };
}

/** Every city the records of `slice` name, each once; ids the dataset lacks are skipped. */
function sliceCities(dataset: Dataset, slice: RecordSlice): City[] {
  const ids = new Set<string>();
  for (const workshop of slice.workshops) for (const id of workshopCityIds(workshop)) ids.add(id);
  for (const partnership of slice.partnerships) {
    ids.add(partnership.cityAId);
    ids.add(partnership.cityBId);
  }
  return citiesOf(dataset, [...ids]);
}

function isJapanese(city: City): boolean {
  return regionOf(city.country) === 'japan';
}

/** True when `year` is known and in `range` (any known year when there is no range). */
function inRange(year: number | null, range: YearRange | null): year is number {
  return year !== null && (range === null || (year >= range.from && year <= range.to));
}

/** A partnership has begun unless it is only proposed: a proposal is no activity yet. */
function hasBegun(partnership: Partnership): boolean {
  return partnership.status !== 'proposed';
}

/** The year a workshop starts; null when its start date is not a date (so it has no year). */
function workshopYear(workshop: Workshop): number | null {
  return isPartialDate(workshop.startDate) ? yearOf(workshop.startDate) : null;
}

// Plain code-point comparisons on ids and codes: locale rules must not make an order unstable.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: City, b: City): number {
  return a.name.localeCompare(b.name, 'en') || compareText(a.id, b.id);
}

function byStartDate(a: Workshop, b: Workshop): number {
  const start = (w: Workshop) =>
    isPartialDate(w.startDate) ? partialDateBound(w.startDate, false) : '\uffff';
  return compareText(start(a), start(b)) || compareText(a.id, b.id);
}

/** Oldest first; unknown start years last (they may be any year). */
function byStartYear(a: Partnership, b: Partnership): number {
  const year = (p: Partnership) => p.startYear ?? Number.POSITIVE_INFINITY;
  return year(a) - year(b) || compareText(a.id, b.id);
}

/** One stacked column of the activity chart: records starting in `year`, by theme. */
export interface ActivityYear {
  year: number;
  /** Count per theme key, in the order of `ActivitySeries.themes`. */
  counts: number[];
}

/** Records (workshops and partnerships) starting each year, stacked by theme. */
export interface ActivitySeries {
  /**
   * The stacks, bottom first: the palette's themes that occur, then `other` (themes without a
   * colour) and `none` (records without a theme) when they occur.
   */
  themes: string[];
  /** Every year from the first to the last dated record, gaps included. */
  years: ActivityYear[];
  /**
   * Records of the slice with no year, left out of the chart (it says how many); records that
   * started before the year range (still active in it) are counted in `earlier`, not drawn.
   */
  undated: number;
  /** Records of the slice that began before the year range and are still active in it. */
  earlier: number;
}

/** Key of the stack of themes without a colour of their own. */
export const OTHER_THEMES = '\u0000other';
/** Key of the stack of records without a theme. */
export const NO_THEME = '\u0000none';

/**
 * Activity per year of `slice`, stacked by theme: workshops by the year they start, partnerships
 * that began (not proposed) by their start year. A record counts once in each of its stacks (the
 * chart says so): once per coloured theme, once in `OTHER_THEMES` however many uncoloured themes
 * it has, or once in `NO_THEME`. `paletteThemes` are the themes with a colour, most used first.
 * With a year range, only the records that start in it are drawn.
 */
export function activityByYear(
  slice: RecordSlice,
  paletteThemes: readonly string[],
  range: YearRange | null = null,
): ActivitySeries {
  const coloured = new Set(paletteThemes);
  const dated: { year: number; stacks: Set<string> }[] = [];
  let undated = 0;
  let earlier = 0;
  const records: { year: number | null; themes: readonly string[] }[] = [
    ...slice.workshops.map((w) => ({ year: workshopYear(w), themes: w.themes })),
    ...slice.partnerships.filter(hasBegun).map((p) => ({ year: p.startYear, themes: p.themes })),
  ];
  for (const { year, themes } of records) {
    if (year === null) {
      undated += 1;
      continue;
    }
    if (!inRange(year, range)) {
      if (range && year < range.from) earlier += 1;
      continue;
    }
    const stacks = new Set(themes.map((theme) => (coloured.has(theme) ? theme : OTHER_THEMES)));
    if (stacks.size === 0) stacks.add(NO_THEME);
    dated.push({ year, stacks });
  }
  const occurring = new Set(dated.flatMap(({ stacks }) => [...stacks]));
  const themes = [...paletteThemes, OTHER_THEMES, NO_THEME].filter(
    (key, i, all) => occurring.has(key) && all.indexOf(key) === i,
  );
  const span = yearSpan(dated.map(({ year }) => year));
  const years = span.map((year) => ({ year, counts: themes.map(() => 0) }));
  const column = new Map(themes.map((key, i) => [key, i]));
  for (const { year, stacks } of dated) {
    const counts = years[year - span[0]!]!.counts;
    for (const key of stacks) counts[column.get(key)!]! += 1;
  }
  return { themes, years, undated, earlier };
}

/**
 * Overseas cities reached by the end of each year, for every year from the first to the last
 * dated record of the slice (within `range` when there is one, counting the cities reached
 * before it): a city counts from the year of its first dated record (workshops by their start,
 * partnerships that began by their start year); a proposal reaches no one yet, and records
 * without a year are left out.
 */
export function overseasGrowth(
  dataset: Dataset,
  slice: RecordSlice,
  range: YearRange | null = null,
): { year: number; cities: number }[] {
  const records: { year: number | null; cityIds: readonly string[] }[] = [
    ...slice.workshops.map((w) => ({ year: workshopYear(w), cityIds: workshopCityIds(w) })),
    ...slice.partnerships
      .filter(hasBegun)
      .map((p) => ({ year: p.startYear, cityIds: [p.cityAId, p.cityBId] })),
  ];
  const firstYear = new Map<string, number>();
  const years: number[] = [];
  for (const { year, cityIds } of records) {
    if (year === null) continue;
    years.push(year);
    for (const city of citiesOf(dataset, cityIds)) {
      if (isJapanese(city)) continue;
      const first = firstYear.get(city.id);
      if (first === undefined || year < first) firstYear.set(city.id, year);
    }
  }
  const firsts = [...firstYear.values()];
  let span = yearSpan(years);
  if (range && span.length > 0) {
    // The filtered years, as far as the slice has records: a year with none begun still shows
    // the cities reached before it.
    const from = Math.max(range.from, span[0]!);
    const to = Math.min(range.to, Math.max(span.at(-1)!, from));
    span = from <= to ? yearSpan([from, to]) : [];
  }
  return span.map((year) => ({
    year,
    cities: firsts.filter((first) => first <= year).length,
  }));
}

/** Every whole year from the least to the greatest of `years`; empty when there is none. */
function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  let from = years[0]!;
  let to = from;
  for (const year of years) {
    if (year < from) from = year;
    if (year > to) to = year;
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
