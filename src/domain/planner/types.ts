/** The planner's vocabulary: score parts, scopes, reasons, suggestions, gaps and loads (data, not text). */
import type { RecordRef } from '../records';
import type { WorkshopRole } from '../types';

/** The parts a suggestion's score is the weighted sum of. */
export const SCORE_PARTS = ['themeFit', 'proximity', 'capacity', 'continuity'] as const;
/** One of SCORE_PARTS. */
export type ScorePart = (typeof SCORE_PARTS)[number];
/** A weight per part, each ≥ 0. */
export type Weights = { readonly [Part in ScorePart]: number };
/** Each part's value for one candidate, 0..1 before weighting. */
export type PartScores = { readonly [Part in ScorePart]: number };

/** Which cities may be suggested: across the Japan ↔ overseas divide (default), any, same region. */
export const PAIRING_SCOPES = ['across', 'any', 'same-region'] as const;
/** One of PAIRING_SCOPES. */
export type PairingScope = (typeof PAIRING_SCOPES)[number];

/** What a suggestion rests on, as data the UI words; every record is named so it can be opened. */
export type Reason =
  /** Both took part in a workshop, each in a role. */
  | {
      kind: 'sharedWorkshop';
      workshop: RecordRef;
      cityRole: WorkshopRole;
      candidateRole: WorkshopRole;
    }
  /**
   * A theme the city has sought (workshops it attended, its partnerships) that the candidate has
   * shown (workshops it hosted or lectured at, its partnerships), with the records of each side.
   */
  | { kind: 'theme'; theme: string; sought: RecordRef[]; shown: RecordRef[] }
  /** A city both are linked to, with the records that link each of them to it. */
  | { kind: 'commonNeighbour'; cityId: string; viaCity: RecordRef[]; viaCandidate: RecordRef[] }
  /** How many partners the candidate already has. */
  | { kind: 'load'; partners: number }
  /** The latest year each was active in (null when never). */
  | { kind: 'recent'; cityYear: number | null; candidateYear: number | null };

/** A ranked candidate for a city. */
export interface Suggestion {
  /** The candidate city. */
  cityId: string;
  /** The weighted sum of `parts`. */
  score: number;
  parts: PartScores;
  /** Strongest first. */
  reasons: Reason[];
  /** A proposed partnership between the two exists already. */
  proposed: RecordRef | null;
}

/** Why there is nothing to suggest, for the UI to say so (never an empty panel without a word). */
export type NoSuggestionReason =
  'unknownCity' | 'noCandidates' | 'allWeightsZero' | 'noJapaneseCity' | 'noOverseasCity';

/** Suggestions for a city, or why there are none. */
export interface SuggestionResult {
  suggestions: Suggestion[];
  /** Set when `suggestions` is empty. */
  none: NoSuggestionReason | null;
  /** What the city brings, for the UI to say when it is little (no themes, no workshops). */
  city: { themes: number; workshops: number; partners: number };
}

/** Options of a suggestion run. */
export interface PlanOptions {
  weights: Weights;
  scope: PairingScope;
  /** How many suggestions at most. */
  limit: number;
}

/** An overseas city that took part in workshops but has no Japanese partner yet. */
export interface Gap {
  cityId: string;
  /** Workshops it took part in, in the slice. */
  workshops: number;
  /** Its best suggestion across the divide; null when there is none. */
  best: Suggestion | null;
}

/** A Japanese city and the partners it carries. */
export interface Load {
  cityId: string;
  /** Overseas partners (active or ended partnerships). */
  partners: number;
}
