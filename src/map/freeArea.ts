/**
 * The part of the map no control covers (the toolbar, the legend), so that fitting and easing to
 * a selection show the data there and not under them. Pure: boxes in pixels of the map's
 * container, origin at its top left.
 */

/** A rectangle in container pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept between a control and the data. */
const GAP = 8;

/** Free space under `min` pixels wide or tall is too little to show a selection in. */
export const MIN_FREE = 160;

const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The largest rectangle of a `width` × `height` container left when each cover is cut away
 * along the side that loses the least: a tall legend at the left costs a strip at the left, a
 * wide toolbar a band at the top, a small box in a corner whichever is thinner.
 */
export function freeArea(width: number, height: number, covers: readonly Box[]): Box {
  let free: Box = { left: 0, top: 0, right: width, bottom: height };
  for (const cover of covers) {
    if (!overlaps(free, cover)) continue;
    const cuts: Box[] = [
      { ...free, left: Math.max(free.left, cover.right + GAP) },
      { ...free, right: Math.min(free.right, cover.left - GAP) },
      { ...free, top: Math.max(free.top, cover.bottom + GAP) },
      { ...free, bottom: Math.min(free.bottom, cover.top - GAP) },
    ];
    free = cuts.reduce((best, cut) => (area(cut) > area(best) ? cut : best));
  }
  return free;
}

/** True when the point lies inside `box`, at least `margin` pixels from its edges. */
export function isInside(point: { x: number; y: number }, box: Box, margin: number): boolean {
  return (
    point.x >= box.left + margin &&
    point.x <= box.right - margin &&
    point.y >= box.top + margin &&
    point.y <= box.bottom - margin
  );
}

/** True when `box` is too small to show a selection in (see MIN_FREE). */
export function isCramped(box: Box): boolean {
  return box.right - box.left < MIN_FREE || box.bottom - box.top < MIN_FREE;
}

/** MapLibre's `padding` that fits bounds into `free`, plus `margin` on every side. */
export function paddingFor(width: number, height: number, free: Box, margin: number) {
  return {
    left: free.left + margin,
    top: free.top + margin,
    right: width - free.right + margin,
    bottom: height - free.bottom + margin,
  };
}

/** The offset from the container's centre to the centre of `free`, for MapLibre's `offset`. */
export function offsetTo(width: number, height: number, free: Box): [number, number] {
  return [(free.left + free.right - width) / 2, (free.top + free.bottom - height) / 2];
}
