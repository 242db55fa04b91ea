import { describe, expect, it } from 'vitest';
import { aggregateLinks, clusterIndex, clusteringAt } from '../../../src/domain/clusters';
import { LINK_WIDTH, linkWidth } from '../../../src/domain/encoding';
import { REGION_COLORS } from '../../../src/domain/palette';
import {
  aggregateWidth,
  aggregateLinkFeatures,
  clusterFeatures,
  clusterRadius,
  pieImage,
  pieName,
} from '../../../src/map/clusterFeatures';

const rgb = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
const pixel = (image: { width: number; data: Uint8Array }, x: number, y: number) => [
  ...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];

describe('cluster pies', () => {
  it('names a pie by the regions’ shares in twentieths, always 20 in all', () => {
    expect(pieName([{ region: 'japan', count: 4 }])).toBe('pie:20-0-0');
    // Thirds round to 7 each, one step too many: the first largest slice gives it back.
    expect(
      pieName([
        { region: 'japan', count: 1 },
        { region: 'southeast-asia', count: 1 },
        { region: 'elsewhere', count: 1 },
      ]),
    ).toBe('pie:6-7-7');
    for (const counts of [
      [3, 0, 0],
      [1, 2, 0],
      [5, 7, 1],
      [1, 1, 1],
    ]) {
      const name = pieName(
        (['japan', 'southeast-asia', 'elsewhere'] as const).map((region, i) => ({
          region,
          count: counts[i]!,
        })),
      );
      const steps = name.slice(4).split('-').map(Number);
      expect(steps.reduce((a, b) => a + b)).toBe(20);
    }
  });

  it('draws each region’s share in its colour, clockwise from twelve o’clock', () => {
    // Half Japan, half Southeast Asia: the right half Japanese, the left Southeast Asian.
    const image = pieImage('pie:10-10-0', 32)!;
    expect(pixel(image, 24, 16)).toEqual([...rgb(REGION_COLORS.japan), 255]);
    expect(pixel(image, 7, 16)).toEqual([...rgb(REGION_COLORS['southeast-asia']), 255]);
    // Corners are outside the disc: transparent.
    expect(pixel(image, 0, 0)[3]).toBe(0);
  });

  it('makes no image for a name that is not a pie', () => {
    expect(pieImage('marker', 32)).toBeNull();
    expect(pieImage('pie:a-b-c', 32)).toBeNull();
  });
});

describe('cluster features', () => {
  const index = clusterIndex([
    { id: 'osaka', position: [135.5, 34.69], region: 'japan' },
    { id: 'amagasaki', position: [135.42, 34.73], region: 'japan' },
    { id: 'bandung', position: [107.61, -6.91], region: 'southeast-asia' },
  ]);
  const clustering = clusteringAt(index, 3);

  it('draws a cluster with its count, a size that grows with it, and its pie', () => {
    const { features } = clusterFeatures(clustering);
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toMatchObject({ count: 2, label: '2', pie: 'pie:20-0-0' });
    expect(clusterRadius(10)).toBeGreaterThan(clusterRadius(2));
    expect(clusterFeatures(null).features).toEqual([]);
  });

  it('draws links between a cluster and a city with their records as width', () => {
    const links = aggregateLinks(
      [
        { id: 'p1', kind: 'partnership', source: 'bandung', target: 'osaka', weight: 1 },
        { id: 'p2', kind: 'partnership', source: 'amagasaki', target: 'bandung', weight: 3 },
      ],
      clustering.clusterOf,
    ).aggregated;
    const cluster = clustering.clusters[0]!;
    const positionOf = (id: string) =>
      id === cluster.id
        ? cluster.position
        : id === 'bandung'
          ? ([107.61, -6.91] as [number, number])
          : undefined;
    const [feature] = aggregateLinkFeatures(links, positionOf, 100);
    expect(feature!.id).toBe(100);
    expect(feature!.properties.weight).toBe(4);
    expect(feature!.properties.look).toBe('partnership');
  });
});

describe('the width of links between clusters', () => {
  it("is a single link's width while the heaviest stays under the cap", () => {
    for (const weight of [1, 2, 5]) expect(aggregateWidth(weight, 5)).toBe(linkWidth(weight));
  });

  it('is relative to the heaviest once it would reach the cap, and grows with the records', () => {
    const heaviest = 5000;
    const widths = [1, 14, 15, 100, 1000, 5000].map((weight) => aggregateWidth(weight, heaviest));
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    expect(widths[0]).toBeGreaterThanOrEqual(LINK_WIDTH.min);
    expect(widths.at(-1)).toBe(LINK_WIDTH.max);
    // A link of a tenth of the heaviest's records is far from the cap (a solid sheet otherwise).
    expect(aggregateWidth(500, heaviest)).toBeLessThan(LINK_WIDTH.max * 0.5);
  });
});
