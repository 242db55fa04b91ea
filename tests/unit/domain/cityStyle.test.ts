import { describe, expect, it } from 'vitest';
import { cityStyle, DEFAULT_CITY_STYLE, largestSize } from '../../../src/domain/cityStyle';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { computeMetrics } from '../../../src/domain/metrics';
import { buildNetwork } from '../../../src/domain/network';
import { communityColor, REGION_COLORS } from '../../../src/domain/palette';
import { loadBundled } from '../../support/bundled';

const network = buildNetwork(loadBundled().dataset, DEFAULT_FILTERS);
const metrics = computeMetrics(network);
const node = (id: string) => network.nodes.find((n) => n.id === id)!;

describe('city style shared by the map and the graph', () => {
  it('colours cities by region, or by their group', () => {
    const byRegion = cityStyle(metrics, 'degree', 'region');
    expect(byRegion.colorOf(node('osaka'))).toBe(REGION_COLORS.japan);
    expect(byRegion.colorOf(node('bandung'))).toBe(REGION_COLORS['southeast-asia']);
    expect(byRegion.colorOf(node('koror'))).toBe(REGION_COLORS.elsewhere);
    const byGroup = cityStyle(metrics, 'degree', 'community');
    expect(byGroup.colorOf(node('osaka'))).toBe(
      communityColor(metrics.byCity.get('osaka')!.community),
    );
  });

  it('sizes cities by the chosen measure, with the go-between score on 0–100', () => {
    const byPartners = cityStyle(metrics, 'degree', 'region');
    expect(byPartners.sizeOf(node('kitakyushu'))).toBe(metrics.byCity.get('kitakyushu')!.degree);
    // What the size measures is data (a metric id); the legend words it.
    expect(byPartners.measure).toBe('degree');
    expect(DEFAULT_CITY_STYLE.measure).toBe('links');
    const byBroker = cityStyle(metrics, 'betweenness', 'region');
    expect(byBroker.sizeOf(node('kitakyushu'))).toBe(
      Math.round(metrics.byCity.get('kitakyushu')!.betweenness * 100),
    );
    expect(DEFAULT_CITY_STYLE.sizeOf(node('osaka'))).toBe(node('osaka').links);
  });

  it('gives the largest groups distinct colours and the small rest one grey', () => {
    const colours = Array.from({ length: 7 }, (_, i) => communityColor(i));
    expect(new Set(colours).size).toBe(7);
    expect(communityColor(7)).toBe(communityColor(30));
    expect(colours).not.toContain(communityColor(7));
    expect(communityColor(-1)).toBe(communityColor(7));
  });
});

describe('the top of the radius scale', () => {
  it('is the largest size of any city in the network, and 0 for an empty one', () => {
    const sizes = network.nodes.map((node) => DEFAULT_CITY_STYLE.sizeOf(node));
    expect(largestSize(network, DEFAULT_CITY_STYLE)).toBe(Math.max(...sizes));
    expect(largestSize({ nodes: [], edges: [] }, DEFAULT_CITY_STYLE)).toBe(0);
  });
});
