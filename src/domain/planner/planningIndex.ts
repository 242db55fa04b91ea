/**
 * The planner's view of a slice of the data, computed once per dataset and filters: what each
 * city has sought and shown, its neighbours, partners and latest activity, and posting lists by
 * theme so that one city's candidates are scored without a pass over every pair. It keeps counts
 * and sets, not lists of records: the records behind a reason are looked up for the few
 * suggestions shown (`themeRecords`, `linkRecords`).
 */
import { regionOf, type Region } from '../countries';
import type { Dataset } from '../dataset';
import { yearOf } from '../dates';
import type { Filters } from '../filters';
import { recordsInSlice, workshopCityIds, type RecordRef } from '../records';
import type { Partnership, Workshop, WorkshopRole } from '../types';

/** A workshop of the slice a city took part in, with its role and the workshop's size. */
export interface Attendance {
  readonly workshop: Workshop;
  readonly role: WorkshopRole;
  /** Distinct cities in the workshop, in every role (≥ 1). */
  readonly size: number;
}

/** One city as the planner sees it in the slice. */
export interface CityFacts {
  readonly id: string;
  /** Position in `PlanningIndex.cities`. */
  readonly ix: number;
  readonly name: string;
  readonly region: Region;
  readonly japanese: boolean;
  /** Theme → how many records the city sought it in (workshops attended, its partnerships). */
  readonly sought: ReadonlyMap<string, number>;
  /** Theme → how many records it showed it in (workshops hosted or lectured at, partnerships). */
  readonly shown: ReadonlyMap<string, number>;
  /** Records in which the city sought a theme, in all (a record counts once per theme). */
  readonly soughtTotal: number;
  /** Cities linked to it by an active or ended partnership or a shared workshop. */
  readonly neighbours: ReadonlySet<string>;
  /** Workshop id → the city's part in it, in the slice's order. */
  readonly workshops: ReadonlyMap<string, Attendance>;
  /** Its active or ended partnerships in the slice. */
  readonly ties: readonly Partnership[];
  /** Distinct partners by those partnerships. */
  readonly partners: number;
  /** Of those, partners across the Japan ↔ overseas divide. */
  readonly partnersAcross: number;
  /** Latest year a record of the city is dated in (workshop; partnership end, else start). */
  readonly latestYear: number | null;
}

/** A city's share of a theme: of its sought records, or `shownSaturation` of its shown ones. */
export interface ThemePosting {
  readonly ix: number;
  readonly weight: number;
}

/**
 * Everything the planner reads from a dataset and filters, computed once: what each city has
 * sought and shown, its links, partners and latest activity. Build it with `planningIndex` and
 * reuse it for every question on the same slice.
 */
export interface PlanningIndex {
  readonly dataset: Dataset;
  readonly filters: Filters;
  /** Every city of the dataset, in its order. */
  readonly cities: readonly CityFacts[];
  readonly cityById: ReadonlyMap<string, CityFacts>;
  /** How many cities of the dataset are Japanese, and how many overseas. */
  readonly japaneseCities: number;
  readonly overseasCities: number;
  /** Latest year any record of the slice is dated in; null when none is. */
  readonly latestYear: number | null;
  /** Theme → cities that showed it, each with `shownSaturation` of its record count. */
  readonly shownBy: ReadonlyMap<string, readonly ThemePosting[]>;
}

/** How much `count` records showing a theme are worth, 0..1: one is half, three are ¾. */
export function shownSaturation(count: number): number {
  return count / (count + 1);
}

/** True for a partnership that is a tie (active or ended), not a plan (proposed, or a draft). */
export function isTie(partnership: Partnership): boolean {
  return partnership.status !== 'proposed';
}

/** The planner's view of `dataset` under `filters`; proposed partnerships are plans, not evidence. */
export function planningIndex(dataset: Dataset, filters: Filters): PlanningIndex {
  const slice = recordsInSlice(dataset, filters);
  // Each workshop's cities that the dataset knows; its size is how many.
  const workshopCities = new Map<Workshop, string[]>();
  let latestYear: number | null = null;
  const later = (year: number | null, than: number | null) =>
    year !== null && (than === null || year > than) ? year : than;
  for (const workshop of slice.workshops) {
    workshopCities.set(
      workshop,
      workshopCityIds(workshop).filter((id) => dataset.cityById.has(id)),
    );
    latestYear = later(workshopYear(workshop), latestYear);
  }
  const ties = new Set<Partnership>();
  for (const p of slice.partnerships) {
    const known = dataset.cityById.has(p.cityAId) && dataset.cityById.has(p.cityBId);
    // A city partnered with itself (the loader refuses it) would be its own neighbour.
    if (!isTie(p) || !known || p.cityAId === p.cityBId) continue;
    ties.add(p);
    latestYear = later(tieYear(p), latestYear);
  }
  const regions = new Map(dataset.cities.map((city) => [city.id, regionOf(city.country)]));

  // City by city, over the dataset's own indexes: each city's records are read together.
  const cities: CityFacts[] = dataset.cities.map((city, ix) => {
    // Partnership themes count as sought and shown alike: counted once, shared by both maps.
    const tieThemes = new Map<string, number>();
    const wsSought = new Map<string, number>();
    const wsShown = new Map<string, number>();
    const neighbours = new Set<string>();
    const workshops = new Map<string, Attendance>();
    const cityTies: Partnership[] = [];
    const partners = new Set<string>();
    let latest: number | null = null;
    for (const { workshop, role } of dataset.workshopsByCity.get(city.id) ?? []) {
      const ids = workshopCities.get(workshop);
      if (!ids) continue;
      workshops.set(workshop.id, { workshop, role, size: ids.length });
      for (const other of ids) if (other !== city.id) neighbours.add(other);
      for (const theme of distinct(workshop.themes))
        count(role === 'participant' ? wsSought : wsShown, theme);
      latest = later(workshopYear(workshop), latest);
    }
    for (const p of dataset.partnershipsByCity.get(city.id) ?? []) {
      if (!ties.has(p)) continue;
      for (const theme of distinct(p.themes)) count(tieThemes, theme);
      const other = p.cityAId === city.id ? p.cityBId : p.cityAId;
      neighbours.add(other);
      partners.add(other);
      cityTies.push(p);
      latest = later(tieYear(p), latest);
    }
    const region = regions.get(city.id)!;
    const japanese = region === 'japan';
    let partnersAcross = 0;
    for (const partner of partners)
      if ((regions.get(partner) === 'japan') !== japanese) partnersAcross++;
    const sought = merged(tieThemes, wsSought);
    const shown = merged(tieThemes, wsShown);
    let soughtTotal = 0;
    for (const n of sought.values()) soughtTotal += n;
    // One literal, so that every city has the same shape and the hot loops stay monomorphic.
    return {
      id: city.id,
      ix,
      name: city.name,
      region,
      japanese,
      sought,
      shown,
      soughtTotal,
      neighbours,
      workshops,
      ties: cityTies,
      partners: partners.size,
      partnersAcross,
      latestYear: latest,
    };
  });

  const shownBy = new Map<string, ThemePosting[]>();
  for (const facts of cities) {
    for (const [theme, n] of facts.shown)
      post(shownBy, theme, { ix: facts.ix, weight: shownSaturation(n) });
  }
  const japaneseCities = cities.filter((facts) => facts.japanese).length;
  return {
    dataset,
    filters,
    cities,
    cityById: new Map(cities.map((facts) => [facts.id, facts])),
    japaneseCities,
    overseasCities: cities.length - japaneseCities,
    latestYear,
    shownBy,
  };
}

/** The records in which `city` sought (or showed) `theme`: workshops first, then partnerships. */
export function themeRecords(
  city: CityFacts,
  theme: string,
  side: 'sought' | 'shown',
): RecordRef[] {
  const refs: RecordRef[] = [];
  for (const { workshop, role } of city.workshops.values())
    if ((role === 'participant') === (side === 'sought') && workshop.themes.includes(theme))
      refs.push({ kind: 'workshop', id: workshop.id });
  for (const p of city.ties)
    if (p.themes.includes(theme)) refs.push({ kind: 'partnership', id: p.id });
  return refs;
}

/** The records linking `city` to its neighbour `otherId`: shared workshops, then partnerships. */
export function linkRecords(city: CityFacts, other: CityFacts): RecordRef[] {
  const refs: RecordRef[] = [];
  for (const id of city.workshops.keys())
    if (other.workshops.has(id)) refs.push({ kind: 'workshop', id });
  for (const p of city.ties)
    if (p.cityAId === other.id || p.cityBId === other.id)
      refs.push({ kind: 'partnership', id: p.id });
  return refs;
}

/**
 * What `cityId` has with other cities in the whole dataset, filters aside: the cities it has an
 * active or ended partnership with (never suggested: a filter narrows the evidence, not who is a
 * partner already), and its first proposed partnership (drafts included) with each.
 */
export function pairsOf(
  dataset: Dataset,
  cityId: string,
): { tied: Set<string>; proposed: Map<string, RecordRef> } {
  const tied = new Set<string>();
  const proposed = new Map<string, RecordRef>();
  for (const p of dataset.partnershipsByCity.get(cityId) ?? []) {
    const other = p.cityAId === cityId ? p.cityBId : p.cityAId;
    if (isTie(p)) tied.add(other);
    else if (!proposed.has(other)) proposed.set(other, { kind: 'partnership', id: p.id });
  }
  return { tied, proposed };
}

/** The list without repeats (a record lists a theme once, whatever its cell said). */
function distinct(list: readonly string[]): readonly string[] {
  return list.every((item, i) => list.indexOf(item) === i) ? list : [...new Set(list)];
}

/** The counts of both maps added up; `a` itself when `b` is empty (the maps are read-only). */
function merged(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  if (b.size === 0) return a;
  const sum = new Map(a);
  for (const [key, n] of b) sum.set(key, (sum.get(key) ?? 0) + n);
  return sum;
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function post(index: Map<string, ThemePosting[]>, key: string, value: ThemePosting): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The year a workshop is dated in: its end, else its start. */
function workshopYear(workshop: Workshop): number {
  return yearOf(workshop.endDate || workshop.startDate);
}

/** The year a partnership is dated in: its end, else its start (null when unknown). */
function tieYear(partnership: Partnership): number | null {
  return partnership.endYear ?? partnership.startYear;
}
