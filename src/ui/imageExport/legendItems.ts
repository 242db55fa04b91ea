/**
 * The legend an exported image carries, worded: the same samples as the legend beside the map
 * (`Legend.tsx`), derived from the encoding that drew the marks (`domain/encoding.ts`), but only
 * for what the image shows: the regions or groups its cities are coloured by, the looks of its
 * links, the themes its links are coloured by, the roles of the open record.
 */
import type { TFunction } from 'i18next';
import { largestSize, type CityStyle } from '../../domain/cityStyle';
import { REGIONS, regionOf } from '../../domain/countries';
import {
  CITY_LOOK,
  LEGEND_NEUTRAL,
  LINK_LOOKS,
  linkLegend,
  linkLook,
  LOOKS,
  ROLE_SAMPLE_RADIUS,
  roleLegend,
  sizeLegend,
  type LinkColorMode,
} from '../../domain/encoding';
import type { LegendEntry, LegendSample, LegendSection } from '../../domain/legendSample';
import type { Network } from '../../domain/network';
import { mainTheme } from '../../domain/networkReading';
import {
  communityColor,
  OTHER_COLOR,
  REGION_COLORS,
  type ThemePalette,
} from '../../domain/palette';
import type { Highlight } from '../../domain/records';
import type { Words } from '../wording';

/** What the image shows, as its view draws it (the map's or the graph's model). */
export interface LegendView {
  network: Network;
  cityStyle: CityStyle;
  linkColorBy: LinkColorMode;
  palette: ThemePalette;
  highlight: Highlight | null;
}

/** Groups given an entry of their own, as in the legend beside the map; the rest share grey. */
const LISTED_GROUPS = 7;

/** Radius of a city colour's sample, pixels. */
const DOT_RADIUS = 6;

/** A city in `color`, drawn as the encoding draws cities. */
const dot = (color: string): LegendSample => ({
  type: 'dot',
  color,
  r: DOT_RADIUS,
  stroke: CITY_LOOK.stroke,
  strokeWidth: CITY_LOOK.strokeWidth,
  alpha: CITY_LOOK.alpha,
});

/**
 * The city colours drawn, with their words: by region when every city has its region's colour
 * (then that is what the colours say), else by group, a group known by its palette colour.
 */
function cityEntries(view: LegendView, t: TFunction<['view', 'terms', 'images']>): LegendEntry[] {
  const { network, cityStyle } = view;
  const colors = network.nodes.map((node) => cityStyle.colorOf(node));
  const byRegion = network.nodes.every(
    (node, i) => colors[i] === REGION_COLORS[regionOf(node.city.country)],
  );
  if (byRegion) {
    const present = new Set(network.nodes.map((node) => regionOf(node.city.country)));
    return REGIONS.filter((region) => present.has(region)).map((region) => ({
      sample: dot(REGION_COLORS[region]),
      label: t(`terms:region.${region}`),
    }));
  }
  const present = new Set(colors);
  const groups = Array.from({ length: LISTED_GROUPS }, (_, i) => i).filter((i) =>
    present.has(communityColor(i)),
  );
  return [
    ...groups.map((i) => ({
      sample: dot(communityColor(i)),
      label: t('view:legend.group', { number: i + 1 }),
    })),
    ...(present.has(OTHER_COLOR)
      ? [{ sample: dot(OTHER_COLOR), label: t('images:otherGroups') }]
      : []),
  ];
}

/** The legend of an image of `view`, in the words of `t` and `words`; empty for an empty network. */
export function imageLegend(
  view: LegendView,
  t: TFunction<['view', 'terms', 'images']>,
  words: Words,
): LegendSection[] {
  const { network, cityStyle, linkColorBy, palette } = view;
  if (network.nodes.length === 0) return [];
  const sections: LegendSection[] = [];

  const roles = roleLegend(view.highlight?.roles.values() ?? []);
  if (roles.length > 0) {
    sections.push({
      heading: t('view:legend.roles'),
      entries: roles.map((entry) => ({
        sample: {
          type: 'rings',
          r: ROLE_SAMPLE_RADIUS,
          fill: LEGEND_NEUTRAL,
          stroke: CITY_LOOK.stroke,
          strokeWidth: CITY_LOOK.strokeWidth,
          color: entry.color,
          rings: entry.rings,
        },
        label: entry.role === 'partner' ? t('view:legend.partner') : t(`terms:role.${entry.role}`),
      })),
    });
  }

  sections.push({ heading: t('view:legend.cities'), entries: cityEntries(view, t) });

  const sizes = sizeLegend(largestSize(network, cityStyle));
  if (sizes.length > 0) {
    sections.push({
      heading: t('view:legend.size', { measure: t(`terms:size.${cityStyle.measure}`) }),
      inline: true,
      entries: sizes.map(({ value, radius }) => ({
        sample: { type: 'size', r: radius, color: LEGEND_NEUTRAL },
        label: words.number(value),
      })),
    });
  }

  const looks = new Set(network.edges.map(linkLook));
  const lineEntries = linkLegend(linkColorBy)
    .filter((entry) => looks.has(entry.look))
    .map(({ look, ...line }) => ({
      sample: { type: 'line', ...line } satisfies LegendSample,
      label: t(`view:legend.look.${look}`),
    }));
  if (lineEntries.length > 0) {
    // Only links whose width follows their records make "thicker" mean anything.
    const weighted = LINK_LOOKS.some((look) => looks.has(look) && LOOKS[look].fixedWidth === null);
    sections.push({
      heading: t('view:legend.links'),
      entries: lineEntries,
      ...(weighted ? { note: t('view:legend.thicker') } : {}),
    });
  }

  if (linkColorBy === 'theme' && network.edges.length > 0) {
    const drawn = new Set(network.edges.map((edge) => palette.colorOf(mainTheme(edge))));
    const themes = palette.themes
      .filter(({ color }) => drawn.has(color))
      .map(({ theme, color }) => ({
        sample: { type: 'swatch', color } satisfies LegendSample,
        label: words.theme(theme),
      }));
    const other = palette.colorOf(undefined);
    if (drawn.has(other))
      themes.push({ sample: { type: 'swatch', color: other }, label: t('view:legend.otherTheme') });
    sections.push({ heading: t('view:legend.themeColour'), entries: themes });
  }
  return sections;
}
