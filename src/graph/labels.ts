/**
 * Placing the graph's city names: in priority order, each where it overlaps no name placed
 * before it. The open record's cities try the four sides of their city and, if none is free,
 * are drawn below it anyway: their names say who took part.
 */
import { CITY_LOOK } from '../domain/encoding';
import { fitsAmong, LABEL_FONT, LABEL_HEIGHT, type LabelBox } from './draw';
import type { LabelMark } from './marks';

/** Labels beyond this are dropped: a hub's hundred neighbours would be unreadable anyway. */
export const MAX_LABELS = 60;

/** What placing labels needs to know of the nodes, by position in the network. */
export interface LabelRequest {
  /** Candidates, most important first. */
  order: Iterable<number>;
  /** The open record's cities: labelled whatever else is in the way. */
  highlighted: ReadonlySet<number>;
  text(i: number): string;
  id(i: number): string;
  /** Screen position of the node's centre. */
  x(i: number): number;
  y(i: number): number;
  /** Pixels from the centre a label keeps clear of (the disc and any rings). */
  clearance(i: number): number;
  alpha(i: number): number;
  /** The view's size in pixels. */
  width: number;
  height: number;
  /** Width of a text in pixels, in the label font. */
  measure(text: string): number;
}

/** The labels that fit, at most `MAX_LABELS` of them, in the order they were placed. */
export function placeLabels(request: LabelRequest): LabelMark[] {
  const { width, height } = request;
  const label = CITY_LOOK.label;
  const placed: LabelBox[] = [];
  const marks: LabelMark[] = [];
  const onScreen = (box: LabelBox) =>
    box.x <= width && box.y <= height && box.x + box.width >= 0 && box.y + box.height >= 0;
  for (const i of request.order) {
    if (placed.length >= MAX_LABELS) break;
    const text = request.text(i);
    const cx = request.x(i);
    const cy = request.y(i);
    const gap = request.clearance(i) + 2;
    const textWidth = request.measure(text);
    const below = { x: cx - textWidth / 2, y: cy + gap, width: textWidth, height: LABEL_HEIGHT };
    const mustShow = request.highlighted.has(i);
    const sides = mustShow
      ? [
          below,
          { ...below, y: cy - gap - LABEL_HEIGHT },
          { ...below, x: cx + gap + 2, y: cy - LABEL_HEIGHT / 2 },
          { ...below, x: cx - gap - 2 - textWidth, y: cy - LABEL_HEIGHT / 2 },
        ]
      : [below];
    const free = sides.find((box) => onScreen(box) && fitsAmong(box, placed));
    const box = free ?? (mustShow && onScreen(below) ? below : undefined);
    if (!box) continue;
    placed.push(box);
    marks.push({
      type: 'label',
      id: request.id(i),
      text,
      x: box.x + textWidth / 2,
      y: box.y,
      font: LABEL_FONT,
      color: label.color,
      halo: label.halo,
      // A canvas or SVG stroke is centred on the outline: twice the map's halo width.
      haloWidth: 2 * label.haloWidth,
      alpha: request.alpha(i),
      box,
    });
  }
  return marks;
}
