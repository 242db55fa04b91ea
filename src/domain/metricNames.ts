/**
 * The names of the per-city measures, apart from the code that computes them (graphology and
 * all), so that the page can name them before that code arrives.
 */

/** Measures that are amounts (more is more): what a city's size can show and a ranking sorts by. */
export const SIZE_METRICS = ['degree', 'weightedDegree', 'betweenness'] as const;
/** A measure that is an amount; the one name for it (state/ re-exports it for the views). */
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** The per-city measures a view can size, colour or rank cities by. */
export const NODE_METRICS = [...SIZE_METRICS, 'community'] as const;
/** A per-city measure. */
export type NodeMetric = (typeof NODE_METRICS)[number];
