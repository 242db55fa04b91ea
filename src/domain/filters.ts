/** What the user has chosen to see, and which records match it. */
import { yearOf } from './dates';
import {
  EDGE_KINDS,
  PARTNERSHIP_STATUSES,
  type EdgeKind,
  type Partnership,
  type PartnershipStatus,
  type Workshop,
} from './types';

/** An inclusive range of whole years. */
export interface YearRange {
  from: number;
  to: number;
}

/** The filter state. An empty list of values means "no restriction". */
export interface Filters {
  /** Keep records that have any of these themes; empty keeps every record. */
  themes: readonly string[];
  /** Keep records active in this range; null keeps every year. */
  years: YearRange | null;
  /** Keep partnerships whose start year is unknown (they belong to no range). */
  unknownYears: boolean;
  /** Keep links with at least one end in these ISO alpha-2 countries; empty keeps all. */
  countries: readonly string[];
  /** The kinds of link to draw. */
  edgeKinds: readonly EdgeKind[];
  /** Partnerships in these states. */
  statuses: readonly PartnershipStatus[];
  /** Keep records of these programmes; empty keeps all. */
  programmes: readonly string[];
  /** Keep records with one of these organisers (only workshops have organisers); empty keeps all. */
  organisers: readonly string[];
  /** Keep records of these funders; empty keeps all. */
  funders: readonly string[];
  /** Leave out cities that have no link in view, even when nothing is filtered. */
  hideIsolated: boolean;
  /**
   * While a filter is active, draw the cities outside the slice (no link in view) faded instead
   * of leaving them out.
   */
  fadeOutside: boolean;
}

/** Everything visible. */
export const DEFAULT_FILTERS: Filters = {
  themes: [],
  years: null,
  unknownYears: true,
  countries: [],
  edgeKinds: EDGE_KINDS,
  statuses: PARTNERSHIP_STATUSES,
  programmes: [],
  organisers: [],
  funders: [],
  hideIsolated: false,
  fadeOutside: false,
};

/**
 * True when the filters narrow the records (themes, years, countries, kinds, statuses,
 * programmes, organisers, funders): then the view is a slice, and cities outside it step back.
 */
export function sliceActive(filters: Filters): boolean {
  return (
    filters.themes.length > 0 ||
    filters.years !== null ||
    !filters.unknownYears ||
    filters.countries.length > 0 ||
    filters.edgeKinds.length !== EDGE_KINDS.length ||
    filters.statuses.length !== PARTNERSHIP_STATUSES.length ||
    filters.programmes.length > 0 ||
    filters.organisers.length > 0 ||
    filters.funders.length > 0
  );
}

/**
 * True when `a` and `b` choose the same (field by field, lists in order): a state restored from
 * the address then keeps the filters it has, and the network built from them is not built again.
 */
export function sameFilters(a: Filters, b: Filters): boolean {
  return sameValue(a, b);
}

/** Equal plain data: the same primitives, or arrays and objects with equal values by key. */
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  const keys = Object.keys(x);
  return (
    Array.isArray(x) === Array.isArray(y) &&
    keys.length === Object.keys(y).length &&
    keys.every((key) => sameValue(x[key as keyof typeof x], y[key as keyof typeof y]))
  );
}

/** Which records a filter state keeps, as two predicates for the hot loop. */
export interface RecordFilter {
  partnership(partnership: Partnership): boolean;
  workshop(workshop: Workshop): boolean;
}

/** The record predicates of `filters` (places and link kinds are applied per link, not here). */
export function recordFilter(filters: Filters): RecordFilter {
  const themes = new Set(filters.themes);
  const statuses = new Set(filters.statuses);
  const programmes = new Set(filters.programmes);
  const organisers = new Set(filters.organisers);
  const funders = new Set(filters.funders);
  const oneOf = (wanted: ReadonlySet<string>, value: string) =>
    wanted.size === 0 || wanted.has(value);
  return {
    partnership: (p) =>
      anyOf(themes, p.themes) &&
      statuses.has(p.status) &&
      oneOf(programmes, p.programme) &&
      oneOf(funders, p.funder) &&
      organisers.size === 0 &&
      (p.startYear === null ? filters.unknownYears : partnershipInYears(p, filters.years)),
    workshop: (w) =>
      anyOf(themes, w.themes) &&
      oneOf(programmes, w.programme) &&
      oneOf(funders, w.funder) &&
      anyOf(organisers, w.organisers) &&
      workshopInYears(w, filters.years),
  };
}

/** True when the record has one of the wanted themes, or no theme is wanted. */
export function matchesThemes(recordThemes: readonly string[], themes: readonly string[]): boolean {
  return anyOf(new Set(themes), recordThemes);
}

/** True when a record has one of the wanted values (themes, organisers), or none is wanted. */
function anyOf(wanted: ReadonlySet<string>, values: readonly string[]): boolean {
  return wanted.size === 0 || values.some((value) => wanted.has(value));
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
