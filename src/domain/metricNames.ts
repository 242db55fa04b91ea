/**
 * The names and shapes of the per-city measures, apart from the code that computes them
 * (graphology and all), so that the page can name them before that code arrives.
 */

/** Measures that are amounts (more is more): what a city's size can show and a ranking sorts by. */
export const SIZE_METRICS = ['degree', 'weightedDegree', 'betweenness'] as const;
/** A measure that is an amount; the one name for it (state/ re-exports it for the views). */
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** The per-city measures a view can size, colour or rank cities by. */
export const NODE_METRICS = [...SIZE_METRICS, 'community'] as const;
/** A per-city measure. */
export type NodeMetric = (typeof NODE_METRICS)[number];

/** The measures of one city. */
export interface CityMetrics {
  /** Distinct partner cities in the network (links of several kinds to one city count once). */
  degree: number;
  /** Sum of the weights of its links: records behind them (`edgeWeight`), summed over kinds. */
  weightedDegree: number;
  /** Share of shortest paths between other cities that pass through this one, 0..1. */
  betweenness: number;
  /** 0-based group; groups are numbered by size, largest = 0; an unlinked city is its own. */
  community: number;
  /** How many other groups this city has a direct link to. */
  bridges: number;
}

/** Measures of every city of a network. */
export interface NetworkMetrics {
  byCity: Map<string, CityMetrics>;
  /** Number of groups (communities), unlinked cities included. */
  communities: number;
  /** Cities in each group, by group number (so descending). */
  communitySizes: number[];
  /** True when betweenness was estimated from a sample of cities rather than computed exactly. */
  approximate: boolean;
}
