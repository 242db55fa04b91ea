/** A legend as data: sections of entries, each a sample drawn as the marks it explains are drawn. */
import type { LinkLegendEntry } from './encoding';

/** A legend sample, drawn as the marks it explains are drawn (pixels, CSS colours). */
export type LegendSample =
  | ({ type: 'line' } & Omit<LinkLegendEntry, 'look'>)
  | { type: 'dot'; color: string; r: number; stroke: string; strokeWidth: number; alpha: number }
  | { type: 'swatch'; color: string }
  | {
      type: 'rings';
      /** The sample city: radius, fill and outline. */
      r: number;
      fill: string;
      stroke: string;
      strokeWidth: number;
      color: string;
      /** Centred-stroke rings, radius to the middle of the stroke. */
      rings: readonly { r: number; width: number }[];
    }
  | { type: 'size'; r: number; color: string };

/** One line of a legend: a sample and its words. */
export interface LegendEntry {
  sample: LegendSample;
  label: string;
}

/** A part of a legend (cities, sizes, links …): a heading, its entries and an optional note. */
export interface LegendSection {
  heading: string;
  entries: LegendEntry[];
  note?: string;
  /** Entries side by side, each label under its sample (sizes), instead of one a line. */
  inline?: boolean;
}
