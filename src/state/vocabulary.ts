/**
 * The words of the app's state, each declared once: what a user can switch between (views,
 * colour modes, size metrics, timeline modes), where the camera is, where the data comes from.
 * app/ and ui/ both read them from here; ui/ never reaches into app/ for them.
 */
export { LINK_COLOR_MODES, type LinkColorMode } from '../domain/encoding';
export { CITY_COLOR_MODES, type CityColorMode } from '../domain/palette';
// The metrics are the domain's (cityStyle and rankCities need them); the one name is SizeMetric.
export { SIZE_METRICS, type SizeMetric } from '../domain/metricNames';

// Records a user opens and shares; the kinds and the reference are the domain's.
export { RECORD_KINDS, type RecordKind, type RecordRef } from '../domain/records';

/**
 * Which views are on screen (`plan`: the pairing planner beside the map; `reach`: the
 * programme's reach as figures, charts and a printable one-page report).
 */
export const VIEW_MODES = ['map', 'graph', 'split', 'table', 'plan', 'reach'] as const;
/** One of VIEW_MODES. */
export type ViewMode = (typeof VIEW_MODES)[number];

/** Which table the table view shows. */
export const TABLE_KINDS = ['cities', 'workshops', 'partnerships'] as const;
/** One of TABLE_KINDS. */
export type TableKind = (typeof TABLE_KINDS)[number];

/** How the timeline plays: everything up to the year, or that year only. */
export const TIMELINE_MODES = ['cumulative', 'single'] as const;
/** One of TIMELINE_MODES. */
export type TimelineMode = (typeof TIMELINE_MODES)[number];

/**
 * A map camera: centre `[lon, lat]` (degrees) and zoom, as the URL keeps it. It lives here, not in
 * map/: it is shared state (a link restores it). map/ must not import state/, so MapView declares
 * the same shape for its own parameter; TypeScript compares the two structurally where app/ hands
 * one to the other, so they cannot drift apart unnoticed.
 */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Where the data on screen comes from: the bundled programme, `?data=<folder URL>`, or an import. */
export type Origin =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'imported'; name: string; importedAt: string };

/** What an import does: replace the data shown as a whole, or add its files to the user's data on screen. */
export type ImportMode = 'replace' | 'add';
