import { describe, expect, it } from 'vitest';
import {
  linkDensity,
  meanOverlap,
  meanScreenLength,
  MIN_LINK_ALPHA,
  TARGET_COVER,
} from '../../../src/domain/density';

const VIEW = 1200 * 800;

describe('link density', () => {
  it('draws a few links at full strength', () => {
    // The bundled data: about 150 links of some 300 px on a 1200 × 800 map.
    expect(linkDensity({ links: 150, meanLength: 300, meanWidth: 2, area: VIEW })).toEqual({
      alpha: 1,
      widthScale: 1,
    });
  });

  it('fades links as more are drawn, never below the floor', () => {
    const alphas = [1_000, 5_000, 20_000, 100_000].map(
      (links) => linkDensity({ links, meanLength: 300, meanWidth: 2, area: VIEW }).alpha,
    );
    for (let i = 1; i < alphas.length; i++) expect(alphas[i]).toBeLessThan(alphas[i - 1]!);
    expect(alphas.at(-1)).toBeGreaterThanOrEqual(MIN_LINK_ALPHA);
    expect(alphas[2]).toBeLessThan(0.1);
  });

  it('covers the average pixel to the target share, so corridors still add up', () => {
    const input = { links: 20_000, meanLength: 300, meanWidth: 2, area: VIEW };
    const { alpha } = linkDensity(input);
    const overlap = meanOverlap(input);
    expect(1 - (1 - alpha) ** overlap).toBeCloseTo(TARGET_COVER, 5);
    // A corridor with ten times the average overlap is close to full colour.
    expect(1 - (1 - alpha) ** (10 * overlap)).toBeGreaterThan(0.99);
  });

  it('thins dense links', () => {
    const sparse = linkDensity({ links: 100, meanLength: 100, meanWidth: 2, area: VIEW });
    const dense = linkDensity({ links: 50_000, meanLength: 300, meanWidth: 2, area: VIEW });
    expect(sparse.widthScale).toBe(1);
    expect(dense.widthScale).toBeLessThan(1);
  });

  it('measures link lengths on screen, doubling with each zoom level', () => {
    const osakaBandung = [
      [
        [135.5, 34.69],
        [107.61, -6.91],
      ],
    ] as const;
    const at2 = meanScreenLength(osakaBandung, 2);
    expect(meanScreenLength(osakaBandung, 3)).toBeCloseTo(2 * at2, 6);
    // About 28° of longitude and 42° of latitude (Mercator) at 5.7 px a degree.
    expect(at2).toBeGreaterThan(250);
    expect(at2).toBeLessThan(350);
  });

  it('takes the short way across the antimeridian', () => {
    const fijiSamoa = [
      [
        [178, -18],
        [-172, -14],
      ],
    ] as const;
    expect(meanScreenLength(fijiSamoa, 0)).toBeLessThan(20);
  });
});
