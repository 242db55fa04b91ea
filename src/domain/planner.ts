/**
 * The pairing planner, pure and deterministic: ranked partner suggestions for a city, each a sum
 * of named parts with the records behind it, the overseas cities still without a Japanese
 * partner, and the load Japanese cities carry. The UI words the reasons; nothing here is text.
 */
import type { PlanningIndex } from './planner/planningIndex';
import { compareIds, scratch, suggestFor } from './planner/suggest';
import type { Gap, Load, PlanOptions, SuggestionResult, Weights } from './planner/types';

export { PAIRING_SCOPES, SCORE_PARTS } from './planner/types';
export type {
  Gap,
  Load,
  NoSuggestionReason,
  PairingScope,
  PartScores,
  PlanOptions,
  Reason,
  ScorePart,
  Suggestion,
  SuggestionResult,
  Weights,
} from './planner/types';
export { planningIndex } from './planner/planningIndex';
export type { CityFacts, PlanningIndex } from './planner/planningIndex';

/**
 * Default weights, tuned on generated data only (`npm run bench:planner -- --tune`, on seeds other
 * than the README table's): proximity carries the ranking, theme fit next, continuity breaks
 * ties. Capacity predicts nothing there (busy cities attract partners), and the search would set
 * it to 0; it is kept at a quarter, at a cost of about two points of the top-3/top-5 rate, since
 * spreading the load is a goal of the programme, not a prediction.
 */
export const DEFAULT_WEIGHTS: Weights = {
  themeFit: 1,
  proximity: 2,
  capacity: 0.25,
  continuity: 0.25,
};

/** Ranked candidates for `cityId`; existing active or ended partners are never suggested. */
export function suggestPartners(
  index: PlanningIndex,
  cityId: string,
  options: PlanOptions,
): SuggestionResult {
  const city = index.cityById.get(cityId);
  if (!city)
    return { suggestions: [], none: 'unknownCity', city: { themes: 0, workshops: 0, partners: 0 } };
  return suggestFor(index, city, options);
}

/**
 * Overseas cities that took part in a workshop of the slice and have no Japanese partner in it
 * (active or ended), each with its best suggestion across the divide; most workshops first, then
 * by name.
 */
export function partnershipGaps(index: PlanningIndex, options: PlanOptions): Gap[] {
  const buffers = scratch(index);
  const across: PlanOptions = { ...options, scope: 'across', limit: 1 };
  const gaps: (Gap & { name: string })[] = [];
  for (const city of index.cities) {
    if (city.japanese || city.workshops.size === 0 || city.partnersAcross > 0) continue;
    const best = suggestFor(index, city, across, buffers).suggestions[0] ?? null;
    gaps.push({ cityId: city.id, workshops: city.workshops.size, best, name: city.name });
  }
  return gaps
    .sort((a, b) => b.workshops - a.workshops || byName(a, b))
    .map(({ cityId, workshops, best }) => ({ cityId, workshops, best }));
}

/** Japanese cities by the overseas partners they carry in the slice (active or ended), most first. */
export function partnerLoads(index: PlanningIndex): Load[] {
  return index.cities
    .filter((city) => city.japanese)
    .map((city) => ({ cityId: city.id, partners: city.partnersAcross, name: city.name }))
    .sort((a, b) => b.partners - a.partners || byName(a, b))
    .map(({ cityId, partners }) => ({ cityId, partners }));
}

function byName(a: { name: string; cityId: string }, b: { name: string; cityId: string }): number {
  return a.name.localeCompare(b.name, 'en') || compareIds(a.cityId, b.cityId);
}
