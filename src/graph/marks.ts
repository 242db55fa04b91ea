/**
 * The marks a graph scene is made of, bottom to top: batches of links, city discs, rings and
 * labels, each with its style in screen pixels and CSS colours. The scene builds them; a
 * painter (canvas today; SVG or WebGL tomorrow) only draws them.
 */
import type { LinkLook } from '../domain/encoding';
import type { HighlightRole } from '../domain/records';
import type { LabelBox } from './draw';

/** Links of one look and opacity, drawn one stroke each, in order. */
export interface LinkBatch {
  type: 'links';
  look: LinkLook;
  color: string;
  /** Pixels. */
  width: number;
  /** Dash in pixels (the look's multiples of the width drawn); empty for solid. */
  dash: readonly number[];
  cap: 'round' | 'butt';
  alpha: number;
  /** True for links of the focused neighbourhood. */
  focused: boolean;
  ids: string[];
  /** `x1, y1, x2, y2` of each link, screen pixels. */
  segments: number[];
}

/** A city's disc. */
export interface NodeMark {
  type: 'node';
  id: string;
  /** Centre and radius, screen pixels. */
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  alpha: number;
  focused: boolean;
}

/** A ring around a city: the selected city's, or one of the marks of its role in the open record. */
export interface RingMark {
  type: 'ring';
  id: string;
  /** The role it marks (`ROLE_LOOK`); null for the selected city's ring. */
  role: HighlightRole | null;
  /** Centre and radius to the middle of the stroke, screen pixels. */
  x: number;
  y: number;
  r: number;
  color: string;
  width: number;
}

/** Anything a scene draws. */
export type SceneItem = LinkBatch | NodeMark | RingMark | LabelMark;

/** What to draw, bottom to top, in a `width` × `height` view. */
export interface Scene {
  width: number;
  height: number;
  items: SceneItem[];
}

/** A city's name, centred on `x` with its top at `y` (screen pixels), on a halo. */
export interface LabelMark {
  type: 'label';
  id: string;
  text: string;
  x: number;
  y: number;
  font: string;
  color: string;
  halo: string;
  /** Width of the halo's stroke, centred on the glyphs' outline. */
  haloWidth: number;
  alpha: number;
  box: LabelBox;
}
