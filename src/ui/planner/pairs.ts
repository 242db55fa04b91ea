/** Pairs of cities as the planner's views compare them: drafts, suggestions, existing ties. */
import type { Dataset } from '../../domain/dataset';
import type { Draft } from '../../domain/drafts';
import type { PlanningIndex, Suggestion } from '../../domain/planner';

/** True when `draft` pairs `a` and `b`, in either order. */
export function isPair(draft: Pick<Draft, 'cityAId' | 'cityBId'>, a: string, b: string): boolean {
  return (
    (draft.cityAId === a && draft.cityBId === b) || (draft.cityAId === b && draft.cityBId === a)
  );
}

/** True when one of `drafts` pairs `a` and `b`. */
export function hasDraft(drafts: readonly Draft[], a: string, b: string): boolean {
  return drafts.some((draft) => isPair(draft, a, b));
}

/** The themes a suggestion's theme fit rests on, for the draft it becomes; each once. */
export function themesOf(suggestion: Suggestion): string[] {
  return [
    ...new Set(
      suggestion.reasons.flatMap((reason) => (reason.kind === 'theme' ? [reason.theme] : [])),
    ),
  ];
}

/** True when `a` and `b` have an active or ended partnership: they work together already. */
export function arePartners(dataset: Dataset, a: string, b: string): boolean {
  return (dataset.partnershipsByCity.get(a) ?? []).some(
    (p) => p.status !== 'proposed' && isPair(p, a, b),
  );
}

/**
 * The themes a pair picked by hand would work on: those theme fit finds either way round (what
 * one has shown that the other has sought), whatever the planner's scope and weights; each once.
 * Read from the index's facts of the two cities, so it costs nothing at any size.
 */
export function pairThemes(index: PlanningIndex, a: string, b: string): string[] {
  const one = index.cityById.get(a);
  const two = index.cityById.get(b);
  if (!one || !two) return [];
  const fit = (seeker: typeof one, shower: typeof one) =>
    [...seeker.sought.keys()].filter((theme) => shower.shown.has(theme));
  return [...new Set([...fit(one, two), ...fit(two, one)])];
}
