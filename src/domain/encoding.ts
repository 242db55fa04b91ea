/**
 * The one visual encoding of the network, renderer-neutral: how each kind of link is coloured,
 * dashed, faded and widened, how big a city is, and how focus dims the rest. The map, the graph,
 * the legend and exported images only translate these values into their own terms (MapLibre
 * paint properties, canvas strokes, SVG attributes); none of them picks a look of its own.
 */
import { edgeWeight, type NetworkEdge } from './network';
import { mainTheme, neighbourhood, type Adjacency, type Neighbourhood } from './networkReading';
import { EDGE_KIND_COLORS, type ThemePalette } from './palette';
import type { HighlightRole } from './records';

/** How links are coloured: by their kind, or by the main theme of the records behind them. */
export const LINK_COLOR_MODES = ['kind', 'theme'] as const;
export type LinkColorMode = (typeof LINK_COLOR_MODES)[number];

/**
 * The looks a link can take, bottom to top in drawing order: a proposed partnership is a
 * partnership drawn dotted, so it has a look of its own though not a kind of its own; a draft
 * pairing of the planner is a proposed partnership the user is trying out, drawn on top of all.
 */
export const LINK_LOOKS = [
  'co-attendance',
  'workshop',
  'partnership',
  'proposed',
  'draft',
] as const;
export type LinkLook = (typeof LINK_LOOKS)[number];

/** The fixed part of a look: what does not depend on the link's weight or the colour mode. */
export interface LookSpec {
  /** Colour when links are coloured by kind. */
  color: string;
  /** Dash pattern as multiples of the line width (MapLibre's convention); empty for solid. */
  dash: readonly number[];
  /** Opacity before focus dimming, 0..1. */
  alpha: number;
  /** A width in pixels that ignores the weight, or null to follow `linkWidth`. */
  fixedWidth: number | null;
  /** Round caps make the dots of a dotted line; dashes keep square ends. */
  cap: 'round' | 'butt';
}

/**
 * The colour of draft pairings: Okabe–Ito's bluish green, the one colour of the palette that is
 * none of the other links' (partnership orange, workshop blue, co-attendance grey), none of the
 * role rings' (`ROLE_LOOK`) and not the new-link halo's yellow, which is too pale for a line.
 */
export const DRAFT_COLOR = '#009E73';

/** Every look's fixed part. */
export const LOOKS: Readonly<Record<LinkLook, LookSpec>> = {
  // Co-attendance says least about a pair of cities, so it stays a faint hairline at any weight.
  'co-attendance': {
    color: EDGE_KIND_COLORS['co-attendance'],
    dash: [],
    alpha: 0.25,
    fixedWidth: 1,
    cap: 'round',
  },
  workshop: {
    color: EDGE_KIND_COLORS.workshop,
    dash: [3, 2],
    alpha: 0.8,
    fixedWidth: null,
    cap: 'butt',
  },
  partnership: {
    color: EDGE_KIND_COLORS.partnership,
    dash: [],
    alpha: 0.9,
    fixedWidth: null,
    cap: 'round',
  },
  proposed: {
    color: EDGE_KIND_COLORS.partnership,
    dash: [0.1, 2],
    alpha: 0.9,
    fixedWidth: null,
    cap: 'round',
  },
  // Dot and dash, not proposed's dots alone: links coloured by theme (and the legend's grey
  // samples then) still tell a draft from a proposed partnership by the line alone.
  draft: {
    color: DRAFT_COLOR,
    dash: [0.1, 2, 2, 2],
    alpha: 0.95,
    fixedWidth: null,
    cap: 'round',
  },
};

/** Thinnest and thickest line for links that follow their weight, in pixels. */
export const LINK_WIDTH = { min: 1.5, max: 7 } as const;

/** Line width by the records behind a link: `LINK_WIDTH.min` for one, growing as √, capped. */
export function linkWidth(weight: number): number {
  return Math.min(LINK_WIDTH.max, LINK_WIDTH.min + Math.sqrt(Math.max(0, weight - 1)) * 1.5);
}

/** True when every record behind a link is a proposed partnership. */
export function isProposed(edge: NetworkEdge): boolean {
  return (
    edge.workshops.length === 0 &&
    edge.partnerships.length > 0 &&
    edge.partnerships.every((p) => p.status === 'proposed')
  );
}

/** True when every record behind a link is a draft pairing of the planner (a proposed partnership). */
export function isDraft(edge: NetworkEdge): boolean {
  return isProposed(edge) && edge.partnerships.every((p) => p.draft === true);
}

/**
 * The look of a link: a draft when every record behind it is a draft, proposed when every one is
 * a proposed partnership (a draft beside a proposed record of the data is that record's link),
 * else its kind.
 */
export function linkLook(edge: NetworkEdge): LinkLook {
  if (!isProposed(edge)) return edge.kind;
  return isDraft(edge) ? 'draft' : 'proposed';
}

/** A link as drawn: everything a renderer needs, in pixels and CSS colours. */
export interface LinkStyle {
  look: LinkLook;
  color: string;
  /** Pixels. */
  width: number;
  /** Dash in pixels (the look's multiples × width); empty for solid. */
  dash: readonly number[];
  alpha: number;
  cap: 'round' | 'butt';
}

/** The colour of a link under a colour mode. */
export function linkColor(edge: NetworkEdge, mode: LinkColorMode, palette: ThemePalette): string {
  return mode === 'kind' ? LOOKS[linkLook(edge)].color : palette.colorOf(mainTheme(edge));
}

/** How one link is drawn under a colour mode. */
export function linkStyle(
  edge: NetworkEdge,
  mode: LinkColorMode,
  palette: ThemePalette,
): LinkStyle {
  const look = linkLook(edge);
  const spec = LOOKS[look];
  const width = spec.fixedWidth ?? linkWidth(edgeWeight(edge));
  return {
    look,
    color: linkColor(edge, mode, palette),
    width,
    dash: spec.dash.map((step) => step * width),
    alpha: spec.alpha,
    cap: spec.cap,
  };
}

/** Smallest and largest city radius in pixels: the smallest stays big enough to hover and click. */
export const CITY_RADIUS = { min: 4, max: 18 } as const;

/**
 * City radius by its size value (links, partners …), on a square-root scale (area ∝ value),
 * from `CITY_RADIUS.min` for 0 (or less) to `CITY_RADIUS.max` for the network's largest value.
 */
export function cityRadius(value: number, maxValue: number): number {
  if (!(maxValue > 0) || !(value > 0)) return CITY_RADIUS.min;
  const share = Math.sqrt(Math.min(1, value / maxValue));
  return CITY_RADIUS.min + (CITY_RADIUS.max - CITY_RADIUS.min) * share;
}

/** How cities, their rings and labels look, apart from their size and colour. */
export const CITY_LOOK = {
  alpha: 0.95,
  stroke: '#ffffff',
  strokeWidth: 1.2,
  /** The ring around the selected city: colour, width and gap to the circle, in pixels. */
  selectedRing: { color: '#1b1f24', width: 2.5, gap: 4 },
  label: { color: '#1b1f24', halo: 'rgba(255,255,255,0.9)', haloWidth: 1.4, size: 12, alpha: 1 },
} as const;

/** The halo under links new in the timeline's year: colour, pixels added to the width, opacity. */
export const NEW_LINK_HALO = { color: '#F0E442', extraWidth: 7, alpha: 0.95 } as const;

/** Share of the base opacity kept by a city outside the filtered slice, when it is drawn at all. */
export const OUTSIDE_SLICE_DIM = 0.3;

/** Share of the base opacity that what is out of focus keeps. */
export const FOCUS_DIM = 0.15;
/** Opacity that what is in focus rises to, at least. */
export const FOCUS_FLOOR = 0.9;

/** What a view may focus: the hovered city (here or in a linked view), the open record or link, the selected city. */
export interface FocusRequest {
  hoveredCityId: string | null;
  /** The open record's or link's cities and links (a `Highlight`); null when none is open. */
  highlight: Neighbourhood | null;
  selectedCityId: string | null;
}

/**
 * What is in focus, by one precedence for every view: the hovered city's neighbourhood, else the
 * open record's or link's highlight as it is, else the selected city's neighbourhood; null for
 * none. A city `inNetwork` does not know, or a highlight none of whose cities it knows, focuses
 * nothing (the filters took them out): otherwise everything would dim with nothing lifted.
 */
export function focusedNeighbourhood(
  adjacency: Adjacency,
  request: FocusRequest,
  inNetwork: (cityId: string) => boolean,
): Neighbourhood | null {
  const { hoveredCityId, highlight, selectedCityId } = request;
  if (hoveredCityId !== null && inNetwork(hoveredCityId))
    return neighbourhood(adjacency, hoveredCityId);
  if (highlight && [...highlight.cityIds].some(inNetwork)) return highlight;
  if (selectedCityId !== null && inNetwork(selectedCityId))
    return neighbourhood(adjacency, selectedCityId);
  return null;
}

/**
 * The focus rule: while something is in focus (see `focusedNeighbourhood`), it is drawn at least
 * at `FOCUS_FLOOR` and the rest keeps `FOCUS_DIM` of its base opacity; without focus, the base.
 */
export function focusAlpha(base: number, focusActive: boolean, inFocus: boolean): number {
  if (!focusActive) return base;
  return inFocus ? Math.max(base, FOCUS_FLOOR) : base * FOCUS_DIM;
}

/** One ring around a city, in pixels: from the city's edge to the ring's inner edge, and its width. */
export interface RingSpec {
  gap: number;
  width: number;
}

/** How a city's part in the open record is marked: a colour and one or two rings. */
export interface RoleLook {
  color: string;
  /** Innermost first. */
  rings: readonly RingSpec[];
}

/** The roles in the order a legend lists them and labels are placed: hosts first. */
export const ROLE_ORDER = [
  'host',
  'participant',
  'resource',
  'partner',
] as const satisfies readonly HighlightRole[];

/**
 * The mark of each role, for the map, the graph and the legend alike. Roles differ by the shape
 * of the mark as well as its colour, so that they stay apart for colour-blind readers: a host has
 * two rings, a participant one, a lecturer (`resource`) one wide band. The colours are Okabe–Ito's
 * that are none of the region fills (#D55E00, #0072B2, #009E73) nor the selected ring's near
 * black, each chosen to stand out against the fill its cities mostly have (hosts and lecturers
 * are mostly Japanese, participants South-East Asian). A partnership's two ends are partners
 * alike; they never share a view with workshop roles, so they take the participant's single ring
 * in the partnership's colour.
 */
export const ROLE_LOOK: Readonly<Record<HighlightRole, RoleLook>> = {
  host: {
    color: '#CC79A7',
    rings: [
      { gap: 2, width: 2 },
      { gap: 6, width: 2 },
    ],
  },
  participant: { color: '#E69F00', rings: [{ gap: 2.5, width: 2.5 }] },
  resource: { color: '#56B4E9', rings: [{ gap: 2, width: 5 }] },
  partner: { color: EDGE_KIND_COLORS.partnership, rings: [{ gap: 2.5, width: 2.5 }] },
};

/** Largest number of rings a role has (the map draws one layer per ring). */
export const MAX_ROLE_RINGS = Math.max(...ROLE_ORDER.map((role) => ROLE_LOOK[role].rings.length));

/**
 * The rings of `role` around a city of `radius` px as centred strokes (canvas and SVG): each
 * ring's radius to the middle of its stroke, and its width, in pixels.
 */
export function roleRings(role: HighlightRole, radius: number): { r: number; width: number }[] {
  return ROLE_LOOK[role].rings.map(({ gap, width }) => ({ r: radius + gap + width / 2, width }));
}

/** How far the outermost ring of `role` reaches beyond a city's edge, in pixels. */
export function roleReach(role: HighlightRole): number {
  return Math.max(...ROLE_LOOK[role].rings.map(({ gap, width }) => gap + width));
}

/** One line of a legend for roles: the role, its colour and its rings around a sample city. */
export interface RoleLegendEntry {
  role: HighlightRole;
  color: string;
  /** Centred-stroke rings around a city of `ROLE_SAMPLE_RADIUS`, pixels. */
  rings: { r: number; width: number }[];
}

/** Radius of the city a role's legend sample rings, in pixels: the smallest city drawn. */
export const ROLE_SAMPLE_RADIUS = CITY_RADIUS.min;

/** The role samples a legend shows for the roles present (each once, in `ROLE_ORDER`). */
export function roleLegend(roles: Iterable<HighlightRole>): RoleLegendEntry[] {
  const present = new Set(roles);
  return ROLE_ORDER.filter((role) => present.has(role)).map((role) => ({
    role,
    color: ROLE_LOOK[role].color,
    rings: roleRings(role, ROLE_SAMPLE_RADIUS),
  }));
}

/** One line of a legend for links: the look, its colour and width in pixels as a sample. */
export interface LinkLegendEntry {
  look: LinkLook;
  color: string;
  width: number;
  dash: readonly number[];
  alpha: number;
  cap: 'round' | 'butt';
}

/**
 * The link samples a legend shows, derived from `LOOKS` as the marks are: by kind, each in its
 * colour; by theme, the looks in a neutral grey (the colours then mean themes, listed apart).
 */
export function linkLegend(mode: LinkColorMode, sampleWeight = 3): LinkLegendEntry[] {
  return [...LINK_LOOKS].reverse().map((look) => {
    const spec = LOOKS[look];
    const width = spec.fixedWidth ?? linkWidth(sampleWeight);
    return {
      look,
      color: mode === 'kind' ? spec.color : LEGEND_NEUTRAL,
      width,
      dash: spec.dash.map((step) => step * width),
      alpha: spec.alpha,
      cap: spec.cap,
    };
  });
}

/** The grey of legend samples whose colour carries no meaning. */
export const LEGEND_NEUTRAL = '#4a5360';

/** Sizes a legend shows for a size metric with largest value `maxValue`: 1, a quarter, the top. */
export function sizeLegend(maxValue: number): { value: number; radius: number }[] {
  const values = [...new Set([1, Math.round(maxValue / 4), maxValue])].filter(
    (n) => n > 0 && n <= maxValue,
  );
  return values.map((value) => ({ value, radius: cityRadius(value, maxValue) }));
}
