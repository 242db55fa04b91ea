/** What the user has chosen to see, and which records match it. */
import { yearOf } from './dates';
import { EDGE_KINDS, type EdgeKind, type Partnership, type Workshop } from './types';

/** An inclusive range of whole years. */
export interface YearRange {
  from: number;
  to: number;
}

/** The filter state. Empty lists mean "no restriction". */
export interface Filters {
  /** Keep records that have any of these themes; empty keeps every record. */
  themes: readonly string[];
  /** Keep records active in this range; null keeps every year. */
  years: YearRange | null;
  /** Keep links with at least one end in these ISO alpha-2 countries; empty keeps all. */
  countries: readonly string[];
  /** The kinds of link to draw. */
  edgeKinds: readonly EdgeKind[];
}

/** Everything visible. */
export const DEFAULT_FILTERS: Filters = {
  themes: [],
  years: null,
  countries: [],
  edgeKinds: EDGE_KINDS,
};

/** True when the record has one of the wanted themes, or no theme is wanted. */
export function matchesThemes(recordThemes: readonly string[], themes: readonly string[]): boolean {
  return themes.length === 0 || recordThemes.some((theme) => themes.includes(theme));
}

/** A workshop is in a range when its dates overlap it (a workshop without end lasts its start). */
export function workshopInYears(workshop: Workshop, range: YearRange | null): boolean {
  if (!range) return true;
  const start = yearOf(workshop.startDate);
  const end = workshop.endDate ? yearOf(workshop.endDate) : start;
  return start <= range.to && end >= range.from;
}

/**
 * A partnership is active from its start year to its end year (open-ended when empty).
 * One with an unknown start year is kept in every range: we cannot say it was not active.
 */
export function partnershipInYears(partnership: Partnership, range: YearRange | null): boolean {
  if (!range || partnership.startYear === null) return true;
  const end = partnership.endYear ?? Number.POSITIVE_INFINITY;
  return partnership.startYear <= range.to && end >= range.from;
}
