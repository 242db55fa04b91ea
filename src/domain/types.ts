/** Domain records and literal sets shared by every layer. Coordinates are `[lon, lat]` order where paired. */

/** The kinds of link the network draws between two cities. */
export const EDGE_KINDS = ['partnership', 'workshop', 'co-attendance'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The states a partnership can be in; an empty status cell means `active`. */
export const PARTNERSHIP_STATUSES = ['active', 'ended', 'proposed'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** The roles a city can play in a workshop. */
export const WORKSHOP_ROLES = ['host', 'participant', 'resource'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];

/**
 * Columns a file had that the contract does not know, kept by their header as written. A plain
 * object, since records are cloned to and from workers and compared in tests; the loader fills it
 * with `Object.defineProperty`, so a header such as `__proto__` is an own property, and readers
 * use `Object.hasOwn`.
 */
// eslint-disable-next-line no-restricted-syntax -- see above: built with defineProperty, read with hasOwn.
export type ExtraColumns = Record<string, string>;

/** A city, prefecture, province or other place that takes part in the programme. */
export interface City {
  id: string;
  name: string;
  localName: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /**
   * The part of the country the city lies in, as written (state, province, prefecture, or a UK
   * nation named in the country cell); empty when unknown. Not the programme's `Region`.
   */
  region: string;
  /** Decimal degrees, −90…90. */
  lat: number;
  /** Decimal degrees, −180…180. */
  lon: number;
  kind: string;
  /** People; null when unknown. */
  population: number | null;
  source: string;
  notes: string;
  extra: ExtraColumns;
}

/** A workshop or training event, with the cities in each role (ids as in `City.id`). */
export interface Workshop {
  id: string;
  title: string;
  themes: string[];
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the source. */
  startDate: string;
  /** Same forms as `startDate`; empty when the workshop is a single day or the end is unknown. */
  endDate: string;
  hostCityIds: string[];
  participantCityIds: string[];
  resourceCityIds: string[];
  /** Number of people; null when unknown. */
  participants: number | null;
  organisers: string[];
  funder: string;
  programme: string;
  url: string;
  source: string;
  notes: string;
  extra: ExtraColumns;
}

/** A long-term link between two cities (MoU, sister city, project …). */
export interface Partnership {
  id: string;
  cityAId: string;
  cityBId: string;
  themes: string[];
  /** Whole year; null when unknown. */
  startYear: number | null;
  /** Whole year; null when open-ended or unknown. */
  endYear: number | null;
  type: string;
  status: PartnershipStatus;
  programme: string;
  funder: string;
  description: string;
  source: string;
  notes: string;
  extra: ExtraColumns;
  /** A draft pairing of the planner, not a record of the data (see `domain/drafts.ts`). */
  draft?: true;
}
