/**
 * Scoring one city's candidates: each part 0..1, the score their weighted sum, and the reasons
 * behind the best few. Accumulates over posting lists and neighbours, so one city costs about
 * its records' reach plus one pass over the cities, not one pass per pair.
 */
import { workshopCityIds } from '../records';
import type { WorkshopRole } from '../types';
import {
  linkRecords,
  pairsOf,
  shownSaturation,
  themeRecords,
  type CityFacts,
  type PlanningIndex,
} from './planningIndex';
import type {
  PairingScope,
  PartScores,
  PlanOptions,
  Reason,
  Suggestion,
  SuggestionResult,
  Weights,
} from './types';

/** Raw proximity (shared workshops + Adamic–Adar) at which the part is one half. */
export const PROXIMITY_HALF = 1;
/** Partners at which capacity is one half. */
export const CAPACITY_HALF = 2;
/** Years behind the slice's latest year at which a city's recency is one half. */
export const RECENCY_HALF = 3;
/** Common neighbours named as reasons, at most (the score counts them all). */
export const MAX_NEIGHBOUR_REASONS = 5;

/** Buffers one run reuses, one slot per city; `scratch` makes them for an index. */
export interface Scratch {
  readonly forward: Float64Array;
  readonly proximity: Float64Array;
}

/** Fresh buffers for `index`. */
export function scratch(index: PlanningIndex): Scratch {
  const n = index.cities.length;
  return {
    forward: new Float64Array(n),
    proximity: new Float64Array(n),
  };
}

/** Weights with anything negative or not a number read as zero. */
export function cleanWeights(weights: Weights): Weights {
  const clean = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  return {
    themeFit: clean(weights.themeFit),
    proximity: clean(weights.proximity),
    capacity: clean(weights.capacity),
    continuity: clean(weights.continuity),
  };
}

/** Whether `candidate` is in `scope` for `city` (never the city itself). */
export function inScope(scope: PairingScope, city: CityFacts, candidate: CityFacts): boolean {
  if (candidate === city) return false;
  if (scope === 'across') return candidate.japanese !== city.japanese;
  return scope === 'any' || candidate.region === city.region;
}

/** The suggestions for `city` (known to the index); `buffers` may be reused between calls. */
export function suggestFor(
  index: PlanningIndex,
  city: CityFacts,
  options: PlanOptions,
  buffers: Scratch = scratch(index),
): SuggestionResult {
  const brings = {
    themes: new Set([...city.sought.keys(), ...city.shown.keys()]).size,
    workshops: city.workshops.size,
    partners: city.partners,
  };
  const result = (suggestions: Suggestion[], none: SuggestionResult['none']) => ({
    suggestions,
    none: suggestions.length === 0 ? (none ?? 'noCandidates') : null,
    city: brings,
  });
  if (options.scope === 'across') {
    if (!city.japanese && index.japaneseCities === 0) return result([], 'noJapaneseCity');
    if (city.japanese && index.overseasCities === 0) return result([], 'noOverseasCity');
  }
  const weights = cleanWeights(options.weights);
  if (Object.values(weights).every((w) => w === 0)) return result([], 'allWeightsZero');

  accumulate(index, city, buffers);
  const { tied, proposed } = pairsOf(index.dataset, city.id);
  const cityRecency = recency(index, city.latestYear);
  const ranked: { facts: CityFacts; score: number; parts: PartScores }[] = [];
  for (const candidate of index.cities) {
    if (!inScope(options.scope, city, candidate) || tied.has(candidate.id)) continue;
    const parts = partsOf(index, buffers, candidate, cityRecency);
    const score = round(
      weights.themeFit * parts.themeFit +
        weights.proximity * parts.proximity +
        weights.capacity * parts.capacity +
        weights.continuity * parts.continuity,
    );
    // A candidate with nothing in its favour is no suggestion, whatever its id.
    if (score > 0) ranked.push({ facts: candidate, score, parts });
  }
  ranked.sort((a, b) => b.score - a.score || compareIds(a.facts.id, b.facts.id));
  // At least one; a limit that is not a number reads as one, Infinity as all.
  const limit = options.limit >= 1 ? Math.floor(options.limit) : 1;
  const suggestions = ranked.slice(0, limit).map(({ facts, score, parts }) => ({
    cityId: facts.id,
    score,
    parts,
    reasons: reasonsFor(index, city, facts, parts, weights, buffers.proximity[facts.ix]!),
    proposed: proposed.get(facts.id) ?? null,
  }));
  return result(suggestions, null);
}

/** Fills the buffers with the city's theme fit and proximity to every city it reaches. */
function accumulate(index: PlanningIndex, city: CityFacts, buffers: Scratch): void {
  const { forward, proximity } = buffers;
  forward.fill(0);
  proximity.fill(0);
  // What the city sought, against what each city showed: the share of each theme in its needs.
  for (const [theme, n] of city.sought) {
    const share = n / city.soughtTotal;
    for (const posting of index.shownBy.get(theme) ?? [])
      forward[posting.ix]! += share * posting.weight;
  }
  for (const [workshopId, attendance] of city.workshops) {
    for (const otherId of workshopCityIds(attendance.workshop)) {
      const other = index.cityById.get(otherId);
      const theirs = other?.workshops.get(workshopId);
      if (other && other !== city && theirs)
        proximity[other.ix]! += sharedWorkshopWeight(attendance.role, theirs.role, attendance.size);
    }
  }
  // Adamic–Adar: a common neighbour counts more the fewer neighbours it has.
  for (const neighbourId of city.neighbours) {
    const neighbour = index.cityById.get(neighbourId);
    if (!neighbour || neighbour.neighbours.size < 2) continue;
    const weight = 1 / Math.log(neighbour.neighbours.size);
    for (const otherId of neighbour.neighbours) {
      const other = index.cityById.get(otherId);
      if (other && other !== city) proximity[other.ix]! += weight;
    }
  }
}

/**
 * A shared workshop's weight: one that put a learner beside a host or lecturer counts twice one
 * of fellow participants, and, as in Adamic–Adar, a big workshop counts less than a small one.
 */
function sharedWorkshopWeight(
  cityRole: WorkshopRole,
  otherRole: WorkshopRole,
  size: number,
): number {
  const teaching = (cityRole === 'participant') !== (otherRole === 'participant');
  return (teaching ? 1 : 0.5) / Math.log(1 + size);
}

/** A year's recency, 0..1: 1 in the slice's latest year, ½ RECENCY_HALF years before, 0 never. */
function recency(index: PlanningIndex, year: number | null): number {
  if (year === null || index.latestYear === null) return 0;
  return 1 / (1 + Math.max(0, index.latestYear - year) / RECENCY_HALF);
}

function partsOf(
  index: PlanningIndex,
  buffers: Scratch,
  candidate: CityFacts,
  cityRecency: number,
): PartScores {
  const raw = buffers.proximity[candidate.ix]!;
  return {
    // One direction only, as the reasons explain it: what the candidate showed that the city sought.
    themeFit: Math.min(1, buffers.forward[candidate.ix]!),
    proximity: raw / (raw + PROXIMITY_HALF),
    capacity: 1 / (1 + candidate.partners / CAPACITY_HALF),
    continuity: (cityRecency + recency(index, candidate.latestYear)) / 2,
  };
}

/** A reason with its share of the score, to order the reasons by. */
interface Weighed {
  reason: Reason;
  strength: number;
  key: string;
}

const KIND_ORDER: readonly Reason['kind'][] = [
  'sharedWorkshop',
  'theme',
  'commonNeighbour',
  'load',
  'recent',
];

/** The reasons for one suggestion, strongest first; parts with weight zero give none. */
function reasonsFor(
  index: PlanningIndex,
  city: CityFacts,
  candidate: CityFacts,
  parts: PartScores,
  weights: Weights,
  rawProximity: number,
): Reason[] {
  const weighed: Weighed[] = [];
  for (const [theme, sought] of city.sought) {
    const shown = candidate.shown.get(theme);
    if (!shown) continue;
    weighed.push({
      reason: {
        kind: 'theme',
        theme,
        sought: themeRecords(city, theme, 'sought'),
        shown: themeRecords(candidate, theme, 'shown'),
      },
      strength: (weights.themeFit * sought * shownSaturation(shown)) / city.soughtTotal,
      key: theme,
    });
  }
  // Each piece of proximity takes its share of the part.
  const perRaw = rawProximity > 0 ? (weights.proximity * parts.proximity) / rawProximity : 0;
  for (const [workshopId, mine] of city.workshops) {
    const theirs = candidate.workshops.get(workshopId);
    if (!theirs) continue;
    weighed.push({
      reason: {
        kind: 'sharedWorkshop',
        workshop: { kind: 'workshop', id: workshopId },
        cityRole: mine.role,
        candidateRole: theirs.role,
      },
      strength: perRaw * sharedWorkshopWeight(mine.role, theirs.role, mine.size),
      key: workshopId,
    });
  }
  const [fewer, more] =
    city.neighbours.size <= candidate.neighbours.size ? [city, candidate] : [candidate, city];
  const common: { neighbour: CityFacts; strength: number }[] = [];
  for (const neighbourId of fewer.neighbours) {
    const neighbour = index.cityById.get(neighbourId);
    if (!neighbour || neighbour === more || !more.neighbours.has(neighbourId)) continue;
    common.push({ neighbour, strength: perRaw / Math.log(neighbour.neighbours.size) });
  }
  // Records are looked up for the named neighbours only; the score counts them all.
  const named = common
    .sort((a, b) => b.strength - a.strength || compareIds(a.neighbour.id, b.neighbour.id))
    .slice(0, MAX_NEIGHBOUR_REASONS);
  for (const { neighbour, strength } of named)
    weighed.push({
      reason: {
        kind: 'commonNeighbour',
        cityId: neighbour.id,
        viaCity: linkRecords(city, neighbour),
        viaCandidate: linkRecords(candidate, neighbour),
      },
      strength,
      key: neighbour.id,
    });
  weighed.push({
    reason: { kind: 'load', partners: candidate.partners },
    strength: weights.capacity * parts.capacity,
    key: '',
  });
  if (city.latestYear !== null || candidate.latestYear !== null)
    weighed.push({
      reason: { kind: 'recent', cityYear: city.latestYear, candidateYear: candidate.latestYear },
      strength: weights.continuity * parts.continuity,
      key: '',
    });
  return weighed
    .filter((w) => w.strength > 0)
    .sort(strongestFirst)
    .map((w) => w.reason);
}

function strongestFirst(a: Weighed, b: Weighed): number {
  return (
    round(b.strength) - round(a.strength) ||
    KIND_ORDER.indexOf(a.reason.kind) - KIND_ORDER.indexOf(b.reason.kind) ||
    compareIds(a.key, b.key)
  );
}

/** Rounded to 1e-12, so that equal sums reached in another order tie exactly. */
function round(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

/** Code-unit order: the same on every machine and in every language. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
