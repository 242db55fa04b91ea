/**
 * The graph's geometry, pure: node sizes on screen, which nodes get labels, hit-testing nodes
 * and links, and fitting the view. The look itself (link styles, radius scale, focus rule) comes from
 * `src/domain/encoding.ts`. No DOM, so all of it is unit-tested.
 */
import { largestSize, type CityStyle } from '../domain/cityStyle';
import { CITY_LOOK, cityRadius } from '../domain/encoding';
import type { Network } from '../domain/network';

/** Smallest radius drawn when zoomed out, in pixels. */
export const MIN_SCREEN_RADIUS = 1.5;

/**
 * Radius on screen of a node of `radius` px at zoom `k`: as is from zoom 1 up, shrinking with
 * the layout below it (down to `MIN_SCREEN_RADIUS`), so that an overview of thousands of
 * nodes keeps the gaps the layout made between them instead of becoming one blot.
 */
export function screenRadius(radius: number, k: number): number {
  return k >= 1 ? radius : Math.max(MIN_SCREEN_RADIUS, radius * k);
}

/** Label font, the encoding's label size; canvas text is drawn with `fillText`, never as HTML. */
export const LABEL_FONT = `${CITY_LOOK.label.size}px "Noto Sans", "Noto Sans JP", sans-serif`;

/** Height of a label's box, in pixels: the font size and a little leading. */
export const LABEL_HEIGHT = CITY_LOOK.label.size + 2;

/** Radius of every node of `network` (pixels at zoom 1, in node order), by `cityRadius`. */
export function nodeRadii(network: Network, style: CityStyle): Float64Array {
  const radii = new Float64Array(network.nodes.length);
  const max = largestSize(network, style);
  network.nodes.forEach((node, i) => (radii[i] = cityRadius(style.sizeOf(node), max)));
  return radii;
}

/** Positions of the `count` largest nodes (ties by node order), the ones labelled at rest. */
export function largestNodes(radii: ArrayLike<number>, count = 15): number[] {
  return Array.from({ length: radii.length }, (_, i) => i)
    .sort((a, b) => radii[b]! - radii[a]! || a - b)
    .slice(0, count);
}

/** A zoom transform: screen = layout × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * The node under screen point (`px`, `py`): among nodes whose disc as drawn (`radii` at zoom
 * 1, scaled by `screenRadius`), widened by `slop` px,
 * holds the point, the one whose edge is nearest. -1 when none. A linear scan: a few thousand
 * nodes take well under a millisecond, and no index goes stale while the layout moves them.
 */
export function nodeAt(
  positions: ArrayLike<number>,
  radii: ArrayLike<number>,
  transform: ViewTransform,
  px: number,
  py: number,
  slop = 3,
): number {
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < radii.length; i++) {
    const dx = positions[2 * i]! * transform.k + transform.x - px;
    const dy = positions[2 * i + 1]! * transform.k + transform.y - py;
    const gap = Math.sqrt(dx * dx + dy * dy) - screenRadius(radii[i]!, transform.k);
    if (gap <= slop && gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The link nearest screen point (`px`, `py`) among those passing within `slop` px of it, by its
 * position in the network's edges; -1 when none. Links are drawn as straight segments between
 * their ends' layout positions (`ends`: each link's two node positions, flat; -1 for an end that
 * is not a node, and so not drawn). A linear scan, like `nodeAt`.
 */
export function linkAt(
  positions: ArrayLike<number>,
  ends: ArrayLike<number>,
  transform: ViewTransform,
  px: number,
  py: number,
  slop = 5,
): number {
  const { k, x: tx, y: ty } = transform;
  let best = -1;
  let bestDistance = slop;
  for (let e = 0; 2 * e < ends.length; e++) {
    const a = ends[2 * e]!;
    const b = ends[2 * e + 1]!;
    if (a < 0 || b < 0) continue;
    const x1 = positions[2 * a]! * k + tx;
    const y1 = positions[2 * a + 1]! * k + ty;
    const x2 = positions[2 * b]! * k + tx;
    const y2 = positions[2 * b + 1]! * k + ty;
    const distance = segmentDistance(px, py, x1, y1, x2, y2);
    if (distance <= bestDistance && (best < 0 || distance < bestDistance)) {
      best = e;
      bestDistance = distance;
    }
  }
  return best;
}

/** Distance from point (`px`, `py`) to the segment from (`x1`, `y1`) to (`x2`, `y2`). */
function segmentDistance(
  px: number,
  py: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  // The nearest point of the segment, as a share of its length (an end for a point-like link).
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length2));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/**
 * The transform that fits every node (with its radius) in a `width` × `height` view with
 * `padding` px to spare, zooming in no further than `maxScale`. Identity-like for no nodes.
 */
export function fitTransform(
  positions: ArrayLike<number>,
  radii: ArrayLike<number>,
  width: number,
  height: number,
  padding = 32,
  maxScale = 2,
): ViewTransform {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < radii.length; i++) {
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    const r = radii[i]!;
    minX = Math.min(minX, x - r);
    maxX = Math.max(maxX, x + r);
    minY = Math.min(minY, y - r);
    maxY = Math.max(maxY, y + r);
  }
  if (!Number.isFinite(minX)) return { x: width / 2, y: height / 2, k: 1 };
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const k = Math.min(
    maxScale,
    Math.max(1e-3, (width - 2 * padding) / spanX),
    Math.max(1e-3, (height - 2 * padding) / spanY),
  );
  return {
    k,
    x: width / 2 - ((minX + maxX) / 2) * k,
    y: height / 2 - ((minY + maxY) / 2) * k,
  };
}

/** A label box on screen, for keeping labels from overlapping. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when `box` overlaps none of `placed` (with `gap` px between). */
export function fitsAmong(box: LabelBox, placed: readonly LabelBox[], gap = 2): boolean {
  return placed.every(
    (other) =>
      box.x + box.width + gap <= other.x ||
      other.x + other.width + gap <= box.x ||
      box.y + box.height + gap <= other.y ||
      other.y + other.height + gap <= box.y,
  );
}
