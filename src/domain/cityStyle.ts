/** How big and what colour each city is drawn, shared by the map and the graph. */
import { regionOf } from './countries';
import type { NetworkMetrics, SizeMetric } from './metrics';
import type { Network, NetworkNode } from './network';
import { communityColor, REGION_COLORS, type CityColorMode } from './palette';

/** What a city's size can measure: a metric, or its links in view (before metrics are known). */
export type SizeMeasure = SizeMetric | 'links';

/** A city's size value (in the chosen metric's units) and colour. */
export interface CityStyle {
  /** What `sizeOf` measures, for legends to word. */
  measure: SizeMeasure;
  sizeOf(node: NetworkNode): number;
  colorOf(node: NetworkNode): string;
}

/** Sizes by links in view and colours by region: the style before metrics are known. */
export const DEFAULT_CITY_STYLE: CityStyle = {
  measure: 'links',
  sizeOf: (node) => node.links,
  colorOf: (node) => REGION_COLORS[regionOf(node.city.country)],
};

/** The style for a size metric and a colour mode over `metrics`. */
export function cityStyle(
  metrics: NetworkMetrics,
  sizeBy: SizeMetric,
  colorBy: CityColorMode,
): CityStyle {
  return {
    measure: sizeBy,
    // Betweenness is a share (0..1); scaled to 0..100 so legends show readable numbers.
    sizeOf: (node) => {
      const value = metrics.byCity.get(node.id)?.[sizeBy] ?? 0;
      return sizeBy === 'betweenness' ? Math.round(value * 100) : value;
    },
    colorOf:
      colorBy === 'region'
        ? DEFAULT_CITY_STYLE.colorOf
        : (node) => communityColor(metrics.byCity.get(node.id)?.community ?? -1),
  };
}

/** The largest size value of any city of `network` under `style` (0 for an empty network): the top of the radius scale. */
export function largestSize(network: Network, style: CityStyle): number {
  let largest = 0;
  for (const node of network.nodes) largest = Math.max(largest, style.sizeOf(node));
  return largest;
}
