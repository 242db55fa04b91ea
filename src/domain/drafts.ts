/**
 * Draft pairings: partnerships a planner is trying out, not records of the data. They are drawn
 * as proposed partnerships in a look of their own, kept in the browser, exported as
 * `partnerships.csv` rows with `status=proposed`, and measured: what they would change.
 */
import { regionOf } from './countries';
import { createDataset, type Dataset } from './dataset';
import { YEAR_LIMITS } from './dates';
import type { Filters } from './filters';
import { recordsInSlice, workshopCityIds, type RecordSlice } from './records';
import type { Partnership } from './types';

/** A pairing being tried out. */
export interface Draft {
  /** Stable for a pair: `draft:<a>~<b>` with `a` < `b`. */
  id: string;
  cityAId: string;
  cityBId: string;
  /** The themes the pairing would work on (from the suggestion's theme fit); may be empty. */
  themes: string[];
  /** ISO date and time it was added. */
  createdAt: string;
}

/** The dataset with the drafts added as proposed partnerships, and the drafts it could not add. */
export interface WithDrafts {
  dataset: Dataset;
  /** Drafts naming a city the dataset lacks (say, after a new import): kept, not drawn. */
  missing: Draft[];
}

/** The programme's reach by a few figures, before or after drafts. */
export interface ReachFigures {
  /** Overseas cities with at least one Japanese partner (active or proposed). */
  overseasWithJapanesePartner: number;
  /** Countries other than Japan with such a city. */
  countriesReached: number;
  /** Overseas cities that took part in a workshop and have no Japanese partner. */
  overseasWithoutPartner: number;
}

/** What the drafts change. */
export interface DraftImpact {
  before: ReachFigures;
  after: ReachFigures;
  /**
   * Japanese cities whose partner count the drafts change, with both counts (overseas partners by
   * active or proposed partnerships), most partners after first.
   */
  loads: { cityId: string; before: number; after: number }[];
}

/** The `type` of a draft's partnership, as drawn and as exported. */
export const DRAFT_TYPE = 'draft';

/** The id of the draft between two cities, whichever order they come in: `draft:<a>~<b>`. */
export function draftId(cityAId: string, cityBId: string): string {
  const [a, b] = cityAId < cityBId ? [cityAId, cityBId] : [cityBId, cityAId];
  return `draft:${a}~${b}`;
}

/** A draft between two cities (order kept as given, id by sorted ids). */
export function makeDraft(
  cityAId: string,
  cityBId: string,
  themes: readonly string[],
  createdAt: string,
): Draft {
  return { id: draftId(cityAId, cityBId), cityAId, cityBId, themes: [...themes], createdAt };
}

/**
 * The whole year of an ISO date and time (`2025-03-01T…` → 2025); null when it has none the
 * loader would accept back from a CSV (outside `YEAR_LIMITS`).
 */
export function draftYear(createdAt: string): number | null {
  const match = /^(\d{4})-/.exec(createdAt);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= YEAR_LIMITS.min && year <= YEAR_LIMITS.max ? year : null;
}

/** The partnership a draft is drawn as: `status: 'proposed'`, `draft: true`. */
export function draftPartnership(draft: Draft): Partnership {
  return {
    id: draft.id,
    cityAId: draft.cityAId,
    cityBId: draft.cityBId,
    themes: [...draft.themes],
    startYear: draftYear(draft.createdAt),
    endYear: null,
    type: DRAFT_TYPE,
    status: 'proposed',
    programme: '',
    funder: '',
    description: '',
    source: '',
    notes: '',
    extra: {},
    draft: true,
  };
}

/** `dataset` with `drafts` added; the same dataset object when there are none. */
export function withDrafts(dataset: Dataset, drafts: readonly Draft[]): WithDrafts {
  const missing: Draft[] = [];
  const added: Partnership[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    // One line per pair: a second draft of a drafted pair would repeat its id.
    if (seen.has(draft.id)) continue;
    seen.add(draft.id);
    if (!dataset.cityById.has(draft.cityAId) || !dataset.cityById.has(draft.cityBId)) {
      missing.push(draft);
      continue;
    }
    // A city paired with itself draws no line; useDrafts never makes one.
    if (draft.cityAId === draft.cityBId) continue;
    added.push(draftPartnership(draft));
  }
  // The same object keeps every view memoised on the dataset from recomputing.
  if (added.length === 0) return { dataset, missing };
  // Drafts add partnerships only: the rest is the data's own, the very list of cities included,
  // so that what is made once per list (the map's cluster index) is kept.
  const { partnerships, partnershipsByCity, partnershipById } = createDataset(
    [],
    [],
    [...dataset.partnerships, ...added],
  );
  return {
    dataset: { ...dataset, partnerships, partnershipsByCity, partnershipById },
    missing,
  };
}

/** The reach figures of `dataset` under `filters`, without and with `drafts`. */
export function draftImpact(
  dataset: Dataset,
  drafts: readonly Draft[],
  filters: Filters,
): DraftImpact {
  const slice = recordsInSlice(dataset, filters);
  const added = withDrafts(dataset, drafts).dataset.partnerships.filter((p) => p.draft);
  // Drafts count as in the slice whatever the filters say (a status filter hiding `proposed`, a
  // year range before their year): they are what the user is trying out, and a filter that hid
  // them would make the figures say that they change nothing.
  const after: RecordSlice = { ...slice, partnerships: [...slice.partnerships, ...added] };
  const partnersBefore = japanesePartners(dataset, slice);
  const partnersAfter = japanesePartners(dataset, after);
  const loads: DraftImpact['loads'] = [];
  for (const city of dataset.cities) {
    if (!isJapanese(dataset, city.id)) continue;
    const before = partnersBefore.byJapaneseCity.get(city.id)?.size ?? 0;
    const now = partnersAfter.byJapaneseCity.get(city.id)?.size ?? 0;
    if (before !== now) loads.push({ cityId: city.id, before, after: now });
  }
  loads.sort((a, b) => b.after - a.after || compareText(a.cityId, b.cityId));
  return {
    before: reachFigures(dataset, slice, partnersBefore),
    after: reachFigures(dataset, after, partnersAfter),
    loads,
  };
}

/** Who partners whom across the Japan ↔ overseas divide, by active or proposed partnerships. */
interface JapanesePartners {
  /** Overseas city → its Japanese partners. */
  byOverseasCity: Map<string, Set<string>>;
  /** Japanese city → its overseas partners. */
  byJapaneseCity: Map<string, Set<string>>;
}

function japanesePartners(dataset: Dataset, slice: RecordSlice): JapanesePartners {
  const byOverseasCity = new Map<string, Set<string>>();
  const byJapaneseCity = new Map<string, Set<string>>();
  for (const partnership of slice.partnerships) {
    // An ended partnership is history: it no longer gives a city a partner.
    if (partnership.status === 'ended') continue;
    const { cityAId: a, cityBId: b } = partnership;
    if (!dataset.cityById.has(a) || !dataset.cityById.has(b)) continue;
    const aJapanese = isJapanese(dataset, a);
    if (aJapanese === isJapanese(dataset, b)) continue;
    const [japanese, overseas] = aJapanese ? [a, b] : [b, a];
    add(byOverseasCity, overseas, japanese);
    add(byJapaneseCity, japanese, overseas);
  }
  return { byOverseasCity, byJapaneseCity };
}

function reachFigures(
  dataset: Dataset,
  slice: RecordSlice,
  partners: JapanesePartners,
): ReachFigures {
  const countries = new Set<string>();
  for (const cityId of partners.byOverseasCity.keys()) {
    countries.add(dataset.cityById.get(cityId)!.country);
  }
  const withoutPartner = new Set<string>();
  for (const workshop of slice.workshops) {
    for (const cityId of workshopCityIds(workshop)) {
      if (!dataset.cityById.has(cityId) || isJapanese(dataset, cityId)) continue;
      if (!partners.byOverseasCity.has(cityId)) withoutPartner.add(cityId);
    }
  }
  return {
    overseasWithJapanesePartner: partners.byOverseasCity.size,
    countriesReached: countries.size,
    overseasWithoutPartner: withoutPartner.size,
  };
}

function isJapanese(dataset: Dataset, cityId: string): boolean {
  const city = dataset.cityById.get(cityId);
  return city !== undefined && regionOf(city.country) === 'japan';
}

function add(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}

// Code-unit order, as ids are sorted everywhere else (locale-free, so the same in every browser).
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
