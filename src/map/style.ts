/**
 * Pure MapLibre style pieces: the offline basemap, the network's source ids, and the few
 * translations of the encoding (`domain/encoding.ts`) into MapLibre expressions that several
 * overlays share. No overlay picks a colour, width or opacity of its own.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { focusAlpha, type LinkColorMode } from '../domain/encoding';

/** The network's GeoJSON sources, shared by the overlays that draw from them. */
export const SOURCES = {
  cities: 'network-cities',
  links: 'network-links',
  /** The open record's or link's cities, with their roles (see `roleFeatures`). */
  roles: 'network-roles',
  /** Places drawn as one cluster at this zoom (see `clusterFeatures`). */
  clusters: 'network-clusters',
} as const;

/** The font the style bundles for labels, by the name layers ask for. */
export const LABEL_FONT = 'Noto Sans Regular';

const SEA = '#dfe9f0';
const LAND = '#f4f2ec';
const BORDER = '#b9b5a8';

/** The offline basemap style: sea, Natural Earth countries and their borders; no tiles, no glyph server. */
export function offlineStyle(basemapUrl: string, fontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Offline countries',
    // No `glyphs`: labels are drawn in the browser from the bundled font.
    'font-faces': { [LABEL_FONT]: [{ url: fontUrl }] },
    sources: {
      countries: {
        type: 'geojson',
        data: basemapUrl,
        attribution: 'Natural Earth',
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': LAND } },
      {
        id: 'countries-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BORDER, 'line-width': 0.6 },
      },
    ],
  } as StyleSpecification;
}

/**
 * An empty GeoJSON source. Features carry numeric ids (see `featureIds`) for feature state; no
 * `promoteId`, which would make data ids MapLibre's keys.
 */
export function emptySource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

const focused: ExpressionSpecification = ['boolean', ['feature-state', 'focus'], false];

/**
 * The encoding's focus rule (`focusAlpha`) as a paint value: while a city is focused, features
 * whose `focus` state is set rise, the rest dim; without focus, the base opacity as is.
 */
export function focusOpacity(base: number, focusActive: boolean): ExpressionSpecification | number {
  if (!focusActive) return focusAlpha(base, false, false);
  return ['case', focused, focusAlpha(base, true, true), focusAlpha(base, true, false)];
}

/** Line colour under a colour mode: each link feature carries both colours the encoding gives it. */
export function lineColor(mode: LinkColorMode): ExpressionSpecification {
  return ['get', mode === 'kind' ? 'kindColor' : 'themeColor'];
}
