/**
 * The graph's scene, pure: the model, the layout's positions, the view's transform and size and
 * the focus become an ordered list of marks (`marks.ts`: links, cities, the rings of the open
 * record's roles and of the selected city, labels placed by `labels.ts`). A painter only draws
 * it; a canvas, an SVG export, a WebGL renderer and the unit tests all read the same list.
 *
 * The styles translate `src/domain/encoding.ts`. The tricks that keep large graphs fast live here
 * too: links grouped by style, links left out while a large layout moves, everything off screen
 * culled, and radii shrinking with the layout when zoomed out.
 */
import type { CityStyle } from '../domain/cityStyle';
import {
  CITY_LOOK,
  OUTSIDE_SLICE_DIM,
  focusAlpha,
  focusedNeighbourhood,
  LINK_LOOKS,
  linkStyle,
  LOOKS,
  ROLE_LOOK,
  ROLE_ORDER,
  roleReach,
  roleRings,
  type LinkColorMode,
  type LinkLook,
} from '../domain/encoding';
import type { Network, NetworkNode } from '../domain/network';
import { buildAdjacency, type Adjacency } from '../domain/networkReading';
import type { ThemePalette } from '../domain/palette';
import type { Highlight } from '../domain/records';
import { placeLabels } from './labels';
import type { LinkBatch, Scene, SceneItem } from './marks';
import { largestNodes, nodeRadii, screenRadius, type ViewTransform } from './draw';

/** What the graph shows. */
export interface GraphModel {
  network: Network;
  /** Node sizes and colours, the same as the map's. */
  cityStyle: CityStyle;
  /** A city's label in the reader's language; the app words it, the graph only draws it. */
  nameOf(node: NetworkNode): string;
  /** Links coloured by kind or by main theme, as on the map. */
  linkColorBy: LinkColorMode;
  /** Theme colours, for `linkColorBy: 'theme'`. */
  palette: ThemePalette;
  selectedCityId: string | null;
  /**
   * The open record's or link's cities (with their roles) and links, brought to the front while
   * the rest fades; null when none is open. A hovered city still takes the focus while hovered.
   */
  highlight: Highlight | null;
  /** A city hovered in another view, highlighted here too. */
  linkedHoverCityId: string | null;
}

/** Labels at rest: the largest cities. */
export const RESTING_LABELS = 15;
/**
 * Above this many links, intermediate layout frames show nodes only: redrawing every link ten
 * times would cost seconds on a machine without GPU canvas.
 */
export const LINKS_WHILE_MOVING = 3_000;

/** True when a frame draws links: always at rest, and while moving only for smaller networks. */
export function linksShown(network: Network, moving: boolean): boolean {
  return !moving || network.edges.length <= LINKS_WHILE_MOVING;
}

/** The look of a group of links that draw alike (widths to the half pixel). */
interface LinkGroup {
  look: LinkLook;
  color: string;
  /** Pixels at zoom 1. */
  width: number;
  /** Before focus dimming. */
  alpha: number;
}

/** What a scene is built from that changes only with the network or its styles, not per frame. */
export interface SceneBase {
  network: Network;
  indexOf: ReadonlyMap<string, number>;
  /** Each link's two node positions, flat; -1 for an end that is not a node. */
  ends: Int32Array;
  /** Each link's group: one object per distinct look, so that equal styles are told by identity. */
  groups: readonly LinkGroup[];
  /** Link positions in drawing order: faint looks first, equal looks together. */
  linkOrder: readonly number[];
  /** Node radii in pixels at zoom 1, in node order. */
  radii: Float64Array;
  colors: readonly string[];
  /** Largest first, so that small nodes are drawn on top and stay visible and clickable. */
  nodeOrder: readonly number[];
  /** Nodes labelled at rest. */
  resting: readonly number[];
  /** Labels, in node order. */
  names: readonly string[];
  adjacency: Adjacency;
}

/** Prepares the parts of a scene that follow the network, the city style and the link colours. */
export function sceneBase(
  model: Pick<GraphModel, 'network' | 'cityStyle' | 'nameOf' | 'linkColorBy' | 'palette'>,
): SceneBase {
  const { network } = model;
  const indexOf = new Map(network.nodes.map((node, i) => [node.id, i]));
  const ends = new Int32Array(network.edges.length * 2);
  network.edges.forEach((edge, i) => {
    ends[2 * i] = indexOf.get(edge.source) ?? -1;
    ends[2 * i + 1] = indexOf.get(edge.target) ?? -1;
  });
  const byKey = new Map<string, LinkGroup>();
  const groups = network.edges.map((edge) => {
    const style = linkStyle(edge, model.linkColorBy, model.palette);
    const width = Math.round(style.width * 2) / 2;
    const key = `${style.look}|${style.color}|${width}`;
    let group = byKey.get(key);
    if (!group)
      byKey.set(key, (group = { look: style.look, color: style.color, width, alpha: style.alpha }));
    return group;
  });
  // Links drawn bottom to top: fainter first, then by look, then by group as first met, then in
  // network order. Few groups, so they are ranked once and the links put in buckets by rank (a
  // comparison sort of 100,000 links took tens of milliseconds).
  const lookIndex = (group: LinkGroup) => LINK_LOOKS.indexOf(group.look);
  const ranked = [...byKey.values()].sort(
    (a, b) => a.alpha - b.alpha || lookIndex(a) - lookIndex(b),
  );
  const buckets = new Map<LinkGroup, number[]>(ranked.map((group) => [group, []]));
  groups.forEach((group, i) => buckets.get(group)!.push(i));
  const linkOrder = [...buckets.values()].flat();
  const radii = nodeRadii(network, model.cityStyle);
  return {
    network,
    indexOf,
    ends,
    groups,
    linkOrder,
    radii,
    colors: network.nodes.map((node) => model.cityStyle.colorOf(node)),
    nodeOrder: network.nodes.map((_, i) => i).sort((a, b) => radii[b]! - radii[a]! || a - b),
    resting: largestNodes(radii, RESTING_LABELS),
    names: network.nodes.map((node) => model.nameOf(node)),
    adjacency: buildAdjacency(network),
  };
}

/** True when `next` needs a new scene base: its network, city style, names or link colours changed. */
export function baseChanged(previous: GraphModel | null, next: GraphModel): boolean {
  return (
    previous?.network !== next.network ||
    previous.cityStyle !== next.cityStyle ||
    previous.nameOf !== next.nameOf ||
    previous.linkColorBy !== next.linkColorBy ||
    previous.palette !== next.palette
  );
}

/** What changes from frame to frame: positions, camera, view size, focus. */
export interface SceneFrame {
  /** Layout coordinates, `x, y` interleaved in node order. */
  positions: ArrayLike<number>;
  transform: ViewTransform;
  /** View size in CSS pixels. */
  width: number;
  height: number;
  /** The city under the pointer in this view. */
  hoveredCityId: string | null;
  /** A city hovered in another view. */
  linkedHoverCityId: string | null;
  selectedCityId: string | null;
  /** The open record's or link's cities (with their roles) and links; null when none is open. */
  highlight: Highlight | null;
  /** True while a layout moves the nodes. */
  moving: boolean;
  /** Width of `text` in the label font, in pixels. */
  measure(text: string): number;
}

/**
 * The scene of a frame: links, then cities, the role rings, the selected ring and labels, bottom
 * to top. In focus is the hovered city's neighbourhood (here or in a linked view), else the open
 * record's or link's highlight, else the selected city's neighbourhood; the rest fades.
 */
export function buildScene(base: SceneBase, frame: SceneFrame): Scene {
  const { network, indexOf, radii } = base;
  const { positions, transform, width, height } = frame;
  const { k, x: tx, y: ty } = transform;
  const sx = (i: number) => positions[2 * i]! * k + tx;
  const sy = (i: number) => positions[2 * i + 1]! * k + ty;
  const hoveredCityId = frame.hoveredCityId ?? frame.linkedHoverCityId;
  const focus = focusedNeighbourhood(
    base.adjacency,
    { hoveredCityId, highlight: frame.highlight, selectedCityId: frame.selectedCityId },
    (id) => indexOf.has(id),
  );
  const passes = focus ? [false, true] : [false];
  const inFocus = (i: number) => focus?.cityIds.has(network.nodes[i]!.id) ?? false;
  // Zoomed out, lines thin with the nodes (see `screenRadius`).
  const shrink = Math.min(1, k);
  const items: SceneItem[] = [];

  // Links: faint ones first, the focused neighbourhood on top; consecutive links of one look
  // and opacity share a batch, so that a painter sets each style once.
  const showLinks = linksShown(network, frame.moving);
  let batch: LinkBatch | null = null;
  let batchGroup: LinkGroup | null = null;
  for (const pass of showLinks ? passes : []) {
    for (const e of base.linkOrder) {
      const a = base.ends[2 * e]!;
      const b = base.ends[2 * e + 1]!;
      if (a < 0 || b < 0) continue;
      const edge = network.edges[e]!;
      if (focus && focus.edgeIds.has(edge.id) !== pass) continue;
      const x1 = sx(a);
      const y1 = sy(a);
      const x2 = sx(b);
      const y2 = sy(b);
      // Off screen on one side: nothing to draw.
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0)) continue;
      if ((x1 > width && x2 > width) || (y1 > height && y2 > height)) continue;
      const group = base.groups[e]!;
      const alpha = focusAlpha(group.alpha, focus !== null, pass);
      if (!batch || group !== batchGroup || alpha !== batch.alpha) {
        const drawn = Math.max(0.5, group.width * shrink);
        const spec = LOOKS[group.look];
        batch = {
          type: 'links',
          look: group.look,
          color: group.color,
          width: drawn,
          dash: spec.dash.map((step) => step * drawn),
          cap: spec.cap,
          alpha,
          focused: pass,
          ids: [],
          segments: [],
        };
        batchGroup = group;
        items.push(batch);
      }
      batch.ids.push(edge.id);
      batch.segments.push(x1, y1, x2, y2);
    }
  }

  // Cities: dimmed ones first, then the focused neighbourhood on top.
  for (const pass of passes) {
    for (const i of base.nodeOrder) {
      if (focus && inFocus(i) !== pass) continue;
      const x = sx(i);
      const y = sy(i);
      const r = screenRadius(radii[i]!, k);
      if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) continue;
      items.push({
        type: 'node',
        id: network.nodes[i]!.id,
        x,
        y,
        r,
        fill: base.colors[i]!,
        stroke: CITY_LOOK.stroke,
        strokeWidth: CITY_LOOK.strokeWidth * shrink,
        alpha:
          focusAlpha(CITY_LOOK.alpha, focus !== null, pass) *
          (network.nodes[i]!.outside ? OUTSIDE_SLICE_DIM : 1),
        focused: pass,
      });
    }
  }

  // The open record's cities in the network, hosts first, larger first within a role.
  const roleOf = (i: number) => frame.highlight?.roles.get(network.nodes[i]!.id) ?? null;
  const roleRank = (i: number) => {
    const role = roleOf(i);
    return role ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length;
  };
  const highlighted = [...(frame.highlight?.cityIds ?? [])]
    .flatMap((id) => indexOf.get(id) ?? [])
    .sort((a, b) => roleRank(a) - roleRank(b) || radii[b]! - radii[a]! || a - b);

  // Role rings stay whatever the focus: they say what the open record is.
  for (const i of highlighted) {
    const role = roleOf(i);
    if (!role) continue;
    const x = sx(i);
    const y = sy(i);
    const r = screenRadius(radii[i]!, k);
    const reach = r + roleReach(role);
    if (x + reach < 0 || y + reach < 0 || x - reach > width || y - reach > height) continue;
    for (const ring of roleRings(role, r)) {
      items.push({
        type: 'ring',
        id: network.nodes[i]!.id,
        role,
        x,
        y,
        ...ring,
        color: ROLE_LOOK[role].color,
      });
    }
  }

  const selected = frame.selectedCityId === null ? undefined : indexOf.get(frame.selectedCityId);
  if (selected !== undefined) {
    const ring = CITY_LOOK.selectedRing;
    items.push({
      type: 'ring',
      id: network.nodes[selected]!.id,
      role: null,
      x: sx(selected),
      y: sy(selected),
      r: screenRadius(radii[selected]!, k) + ring.gap,
      color: ring.color,
      width: ring.width,
    });
  }

  // Labels: the open record's cities, the hovered city, the focused neighbours (largest first),
  // the selected city, then the largest cities; each only where it overlaps none placed before
  // it. The open record's cities come first, so no other label hides them; each tries the four
  // sides of its city, and is drawn below it if none is free.
  const candidates = new Set<number>(highlighted);
  const add = (id: string | null) => {
    const i = id === null ? undefined : indexOf.get(id);
    if (i !== undefined) candidates.add(i);
  };
  if (focus) {
    add(hoveredCityId);
    [...focus.cityIds]
      .flatMap((id) => indexOf.get(id) ?? [])
      .sort((a, b) => radii[b]! - radii[a]!)
      .forEach((i) => candidates.add(i));
  }
  add(frame.selectedCityId);
  // Cities outside the slice, drawn faded for context, are not named.
  base.resting.forEach((i) => {
    if (!network.nodes[i]!.outside) candidates.add(i);
  });
  const labels = placeLabels({
    order: candidates,
    highlighted: new Set(highlighted),
    text: (i) => base.names[i]!,
    id: (i) => network.nodes[i]!.id,
    x: sx,
    y: sy,
    clearance: (i) => {
      const role = roleOf(i);
      return screenRadius(radii[i]!, k) + (role ? roleReach(role) : 0);
    },
    alpha: (i) => focusAlpha(CITY_LOOK.label.alpha, focus !== null, inFocus(i)),
    width,
    height,
    measure: frame.measure,
  });
  items.push(...labels);
  return { width, height, items };
}
