/** Colours safe for colour-blind readers (Okabe & Ito), shared by the map, graph and legends. */
import type { Region } from './countries';
import type { Dataset } from './dataset';
import { datasetFacets } from './facets';
import type { EdgeKind } from './types';

/** Okabe–Ito's qualitative palette, in an order that keeps neighbours distinct. */
const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
] as const;

/** Grey for everything outside a palette ("other themes", "no theme"). */
export const OTHER_COLOR = '#8C8C8C';

/** The colour of each region's cities. */
export const REGION_COLORS: Record<Region, string> = {
  japan: '#D55E00',
  'southeast-asia': '#0072B2',
  elsewhere: '#009E73',
};

/** The colour of each kind of link, when links are coloured by kind. */
export const EDGE_KIND_COLORS: Record<EdgeKind, string> = {
  partnership: '#E69F00',
  workshop: '#0072B2',
  'co-attendance': '#8C8C8C',
};

/** Colours for the most used themes; the rest share `OTHER_COLOR`. */
export interface ThemePalette {
  /** Themes with their own colour, most used first. */
  themes: { theme: string; color: string }[];
  colorOf(theme: string | undefined): string;
}

/**
 * Gives the dataset's most used themes (by records that carry them) the palette's colours, in
 * the order its facets rank them (counted once per dataset).
 */
export function themePalette(dataset: Dataset): ThemePalette {
  const themes = datasetFacets(dataset)
    .themes.slice(0, OKABE_ITO.length)
    .map(({ value }, i) => ({ theme: value, color: OKABE_ITO[i]! }));
  const byTheme = new Map(themes.map(({ theme, color }) => [theme, color]));
  return {
    themes,
    colorOf: (theme) => (theme === undefined ? OTHER_COLOR : (byTheme.get(theme) ?? OTHER_COLOR)),
  };
}

/** Colour of community (group) `index`: the palette in turn, grey past its length. */
export function communityColor(index: number): string {
  return OKABE_ITO[index] ?? OTHER_COLOR;
}

/** How cities are coloured in both views. */
export const CITY_COLOR_MODES = ['region', 'community'] as const;
export type CityColorMode = (typeof CITY_COLOR_MODES)[number];
