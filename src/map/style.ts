/** Pure MapLibre style pieces: the offline basemap and the network's layers. */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** How links are coloured. */
export const LINK_COLOR_MODES = ['kind', 'theme'] as const;
export type LinkColorMode = (typeof LINK_COLOR_MODES)[number];

export const SOURCES = { cities: 'network-cities', links: 'network-links' } as const;

/** The network's layers, bottom to top. */
export const LAYERS = {
  newLinks: 'links-new',
  coAttendance: 'links-co-attendance',
  workshop: 'links-workshop',
  partnership: 'links-partnership',
  proposed: 'links-proposed',
  linkHit: 'links-hit',
  cities: 'cities',
  selected: 'cities-selected',
  labels: 'cities-labels',
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
 * Empty sources for the network, as `[source id, source]`. Features carry numeric ids (see
 * `featureIds`) for feature state; no `promoteId`, which would make data ids MapLibre's keys.
 */
export function networkSources(): [string, GeoJSONSourceSpecification][] {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return [
    [SOURCES.cities, { type: 'geojson', data: empty }],
    [SOURCES.links, { type: 'geojson', data: empty }],
  ];
}

const focused: ExpressionSpecification = ['boolean', ['feature-state', 'focus'], false];

/** Opacity that dims what is out of focus while a city is hovered or selected. */
export function focusOpacity(
  normal: number,
  focusActive: boolean,
): ExpressionSpecification | number {
  return focusActive ? ['case', focused, Math.max(normal, 0.9), normal * 0.15] : normal;
}

/** Line colour expression for a colouring mode. */
export function linkColor(mode: LinkColorMode): ExpressionSpecification {
  return ['get', mode === 'kind' ? 'kindColor' : 'themeColor'];
}

/** Base opacity of each link layer and of cities, before focus dimming. */
export const BASE_OPACITY = {
  [LAYERS.coAttendance]: 0.25,
  [LAYERS.workshop]: 0.8,
  [LAYERS.partnership]: 0.9,
  [LAYERS.proposed]: 0.9,
  [LAYERS.cities]: 0.95,
  [LAYERS.labels]: 1,
} as const;

/** The network's layers, in drawing order, styled by kind: solid, dashed, thin and faint, dotted. */
export function networkLayers(mode: LinkColorMode): LayerSpecification[] {
  const links = SOURCES.links;
  const lineLayout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      // A yellow halo under the links that are new in the timeline's year.
      id: LAYERS.newLinks,
      type: 'line',
      source: links,
      filter: newLinksFilter([]),
      layout: lineLayout,
      paint: {
        'line-color': '#F0E442',
        'line-width': ['+', ['get', 'width'], 7],
        'line-opacity': 0.95,
      },
    },
    {
      id: LAYERS.coAttendance,
      type: 'line',
      source: links,
      filter: ['==', ['get', 'kind'], 'co-attendance'],
      layout: lineLayout,
      paint: {
        'line-color': linkColor(mode),
        'line-width': 1,
        'line-opacity': BASE_OPACITY[LAYERS.coAttendance],
      },
    },
    {
      id: LAYERS.workshop,
      type: 'line',
      source: links,
      filter: ['==', ['get', 'kind'], 'workshop'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': linkColor(mode),
        'line-width': ['get', 'width'],
        'line-dasharray': [3, 2],
        'line-opacity': BASE_OPACITY[LAYERS.workshop],
      },
    },
    {
      id: LAYERS.partnership,
      type: 'line',
      source: links,
      filter: ['all', ['==', ['get', 'kind'], 'partnership'], ['!', ['get', 'proposed']]],
      layout: lineLayout,
      paint: {
        'line-color': linkColor(mode),
        'line-width': ['get', 'width'],
        'line-opacity': BASE_OPACITY[LAYERS.partnership],
      },
    },
    {
      id: LAYERS.proposed,
      type: 'line',
      source: links,
      filter: ['all', ['==', ['get', 'kind'], 'partnership'], ['get', 'proposed']],
      layout: lineLayout,
      paint: {
        'line-color': linkColor(mode),
        'line-width': ['get', 'width'],
        'line-dasharray': [0.1, 2],
        'line-opacity': BASE_OPACITY[LAYERS.proposed],
      },
    },
    {
      // Invisible and wide, so that thin lines are easy to hover.
      id: LAYERS.linkHit,
      type: 'line',
      source: links,
      paint: { 'line-color': '#000', 'line-width': 10, 'line-opacity': 0 },
    },
    {
      id: LAYERS.cities,
      type: 'circle',
      source: SOURCES.cities,
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['get', 'color'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
        'circle-opacity': BASE_OPACITY[LAYERS.cities],
      },
    },
    {
      id: LAYERS.selected,
      type: 'circle',
      source: SOURCES.cities,
      filter: ['==', ['get', 'id'], ''],
      paint: {
        'circle-radius': ['+', ['get', 'radius'], 4],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#1b1f24',
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: LAYERS.labels,
      type: 'symbol',
      source: SOURCES.cities,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-optional': true,
        'symbol-sort-key': ['get', 'labelRank'],
      },
      paint: {
        'text-color': '#1b1f24',
        'text-halo-color': 'rgba(255,255,255,0.9)',
        'text-halo-width': 1.4,
        'text-opacity': BASE_OPACITY[LAYERS.labels],
      },
    },
  ];
}

/** Layers whose opacity follows focus, with the paint property that holds it. */
export const FOCUS_LAYERS: readonly [
  keyof typeof BASE_OPACITY,
  'line-opacity' | 'circle-opacity' | 'text-opacity',
][] = [
  [LAYERS.coAttendance, 'line-opacity'],
  [LAYERS.workshop, 'line-opacity'],
  [LAYERS.partnership, 'line-opacity'],
  [LAYERS.proposed, 'line-opacity'],
  [LAYERS.cities, 'circle-opacity'],
  [LAYERS.labels, 'text-opacity'],
];

/** Layers that show line colour (the hit layer does not). */
export const COLORED_LINK_LAYERS = [
  LAYERS.coAttendance,
  LAYERS.workshop,
  LAYERS.partnership,
  LAYERS.proposed,
];

/** Filter of the new-links halo layer: the links with these ids. */
export function newLinksFilter(ids: readonly string[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]];
}
