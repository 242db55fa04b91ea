import { describe, expect, it } from 'vitest';
import { cityStyle } from '../../../src/domain/cityStyle';
import type { NetworkMetrics } from '../../../src/domain/metrics';
import type { Network, NetworkEdge, NetworkNode } from '../../../src/domain/network';
import {
  CITY_RADIUS,
  cityRadius,
  focusAlpha,
  linkStyle,
  linkWidth,
  LOOKS,
} from '../../../src/domain/encoding';
import { EDGE_KIND_COLORS, type ThemePalette } from '../../../src/domain/palette';
import type { EdgeKind, Partnership } from '../../../src/domain/types';
import {
  fitsAmong,
  fitTransform,
  LABEL_FONT,
  largestNodes,
  linkAt,
  MIN_SCREEN_RADIUS,
  nodeAt,
  nodeRadii,
  screenRadius,
} from '../../../src/graph/draw';
import { makeCity } from '../../support/records';

const node = (id: string, country: string): NetworkNode => ({
  id,
  city: makeCity({ id, name: id, country, kind: 'city' }),
  partnerships: 0,
  workshops: 0,
  links: 0,
});
const partnership = (status: Partnership['status']) => ({ status }) as Partnership;
const edge = (kind: EdgeKind, records: number, status: Partnership['status'] = 'active') =>
  ({
    id: `${kind}:a~b`,
    kind,
    source: 'a',
    target: 'b',
    themes: [],
    years: [],
    yearUnknown: false,
    partnerships:
      kind === 'partnership' ? Array.from({ length: records }, () => partnership(status)) : [],
    workshops: kind === 'partnership' ? [] : Array.from({ length: records }, () => ({}) as never),
  }) as NetworkEdge;

// The graph sizes, colours and dims with the one encoding of `src/domain/encoding.ts`.
const palette: ThemePalette = { themes: [], colorOf: () => '#8C8C8C' };
const edgeStyle = (e: NetworkEdge) => linkStyle(e, 'kind', palette);

describe('node size', () => {
  it('grows with the square root of the value, from 4 px (as on the map) to the maximum', () => {
    expect(cityRadius(0, 10)).toBe(CITY_RADIUS.min);
    expect(CITY_RADIUS.min).toBe(4);
    expect(cityRadius(10, 10)).toBe(CITY_RADIUS.max);
    expect(cityRadius(2.5, 10)).toBeCloseTo(
      CITY_RADIUS.min + (CITY_RADIUS.max - CITY_RADIUS.min) / 2,
    );
    expect(cityRadius(5, 0)).toBe(CITY_RADIUS.min);
    expect(cityRadius(Number.NaN, 10)).toBe(CITY_RADIUS.min);
  });

  it('sizes every node by the chosen metric', () => {
    const network: Network = {
      nodes: [node('a', 'JP'), node('b', 'VN'), node('c', 'XX')],
      edges: [],
    };
    const city = (degree: number, community: number) => ({
      degree,
      weightedDegree: degree * 2,
      betweenness: 0,
      community,
      bridges: 0,
    });
    const metrics: NetworkMetrics = {
      byCity: new Map([
        ['a', city(4, 0)],
        ['b', city(1, 1)],
      ]),
      communities: 3,
      communitySizes: [1, 1, 1],
      approximate: false,
    };
    expect([...nodeRadii(network, cityStyle(metrics, 'degree', 'region'))]).toEqual([
      CITY_RADIUS.max,
      cityRadius(1, 4),
      CITY_RADIUS.min,
    ]);
    // All zero: everyone at the minimum, not NaN.
    expect([...nodeRadii(network, cityStyle(metrics, 'betweenness', 'region'))]).toEqual([4, 4, 4]);
  });

  it('shrinks nodes with the layout when zoomed out, never below 1.5 px', () => {
    expect(screenRadius(10, 2)).toBe(10);
    expect(screenRadius(10, 0.5)).toBe(5);
    expect(screenRadius(3, 0.1)).toBe(MIN_SCREEN_RADIUS);
  });
});

describe('link style', () => {
  it('dashes like the map: partnership solid, workshop dashed, proposed partnership dotted', () => {
    expect(edgeStyle(edge('partnership', 1)).dash).toEqual([]);
    expect(edgeStyle(edge('workshop', 1)).dash.length).toBe(2);
    expect(edgeStyle(edge('co-attendance', 1)).dash).toEqual([]);
    const proposed = edgeStyle(edge('partnership', 1, 'proposed'));
    // Dots: a dash far shorter than its gap, with round caps.
    expect(proposed.dash).toEqual(LOOKS.proposed.dash.map((step) => step * proposed.width));
    expect(proposed.dash[0]!).toBeLessThan(proposed.dash[1]! / 4);
    expect(proposed.cap).toBe('round');
  });

  it('colours by kind, widens with records, and keeps co-attendance thin and faint', () => {
    const partnership = edgeStyle(edge('partnership', 4));
    expect(partnership.color).toBe(EDGE_KIND_COLORS.partnership);
    expect(partnership.width).toBeCloseTo(linkWidth(4));
    expect(edgeStyle(edge('workshop', 1)).width).toBe(1.5);
    expect(linkWidth(100)).toBe(7);
    const coAttendance = edgeStyle(edge('co-attendance', 9));
    expect(coAttendance.width).toBe(1);
    expect(coAttendance.alpha).toBeLessThan(edgeStyle(edge('workshop', 1)).alpha);
  });

  it('dims what is out of focus and brings the focus forward', () => {
    expect(focusAlpha(LOOKS.workshop.alpha, false, false)).toBe(LOOKS.workshop.alpha);
    expect(focusAlpha(0.25, true, true)).toBe(0.9);
    expect(focusAlpha(0.8, true, false)).toBeCloseTo(0.12);
  });
});

describe('labels', () => {
  it('goes to the largest nodes, ties by order', () => {
    expect(largestNodes([3, 9, 5, 9, 1], 3)).toEqual([1, 3, 2]);
  });

  it('keeps labels from overlapping', () => {
    const placed = [{ x: 0, y: 0, width: 50, height: 14 }];
    expect(fitsAmong({ x: 40, y: 5, width: 50, height: 14 }, placed)).toBe(false);
    expect(fitsAmong({ x: 60, y: 5, width: 50, height: 14 }, placed)).toBe(true);
    expect(fitsAmong({ x: 0, y: 20, width: 50, height: 14 }, placed)).toBe(true);
  });
});

describe('hit-testing', () => {
  // Two nodes at layout (0, 0) radius 10 and (30, 0) radius 3, seen at zoom 2 shifted by (100, 50).
  const positions = Float64Array.of(0, 0, 30, 0);
  const radii = Float64Array.of(10, 3);
  const view = { x: 100, y: 50, k: 2 };

  it('finds the node under the pointer, with a few pixels to spare', () => {
    expect(nodeAt(positions, radii, view, 100, 50)).toBe(0);
    expect(nodeAt(positions, radii, view, 112, 50)).toBe(0);
    expect(nodeAt(positions, radii, view, 160, 50)).toBe(1);
    expect(nodeAt(positions, radii, view, 165, 50)).toBe(1);
    expect(nodeAt(positions, radii, view, 130, 50)).toBe(-1);
    expect(nodeAt(positions, radii, view, 100, 90)).toBe(-1);
  });

  it('picks the node whose edge is nearest when discs overlap', () => {
    const overlapping = Float64Array.of(0, 0, 8, 0);
    expect(nodeAt(overlapping, Float64Array.of(10, 3), { x: 0, y: 0, k: 1 }, 9, 0)).toBe(1);
  });
});

describe('picking a link', () => {
  // Three nodes at layout (0, 0), (100, 0) and (0, 100), seen at zoom 2 shifted by (10, 20):
  // on screen (10, 20), (210, 20) and (10, 220). Links 0: 0–1, 1: 0–2, 2: an end not drawn.
  const positions = Float64Array.of(0, 0, 100, 0, 0, 100);
  const ends = Int32Array.of(0, 1, 0, 2, 1, -1);
  const view = { x: 10, y: 20, k: 2 };

  it('finds the link within 5 px of the pointer, on the segment as drawn', () => {
    expect(linkAt(positions, ends, view, 110, 24)).toBe(0);
    expect(linkAt(positions, ends, view, 110, 16)).toBe(0);
    expect(linkAt(positions, ends, view, 14, 120)).toBe(1);
    expect(linkAt(positions, ends, view, 110, 26)).toBe(-1);
    // Past a link's end the distance is to the end itself.
    expect(linkAt(positions, ends, view, 214, 20)).toBe(0);
    expect(linkAt(positions, ends, view, 216, 20)).toBe(-1);
  });

  it('picks the nearest of two links, and none whose end is not drawn', () => {
    // Near the shared end (10, 20): 3 px from link 1, 4 px from link 0.
    expect(linkAt(positions, ends, view, 13, 24)).toBe(1);
    expect(linkAt(positions, ends, view, 14, 23)).toBe(0);
    expect(linkAt(positions, Int32Array.of(-1, 1), view, 110, 20)).toBe(-1);
    expect(linkAt(positions, Int32Array.of(), view, 110, 20)).toBe(-1);
  });
});

describe('fitTransform', () => {
  it('centres the nodes and fits them with padding, zooming in at most 2×', () => {
    const positions = Float64Array.of(-100, -50, 100, 50);
    const radii = Float64Array.of(0, 0);
    const t = fitTransform(positions, radii, 440, 400, 20);
    expect(t.k).toBe(2);
    const fitted = fitTransform(Float64Array.of(0, 0, 1000, 0), radii, 440, 400, 20);
    expect(fitted.k).toBeCloseTo(0.4);
    expect(fitted.x + 500 * fitted.k).toBeCloseTo(220);
    expect(fitted.y).toBeCloseTo(200);
    expect(fitTransform(new Float64Array(), new Float64Array(), 440, 400)).toEqual({
      x: 220,
      y: 200,
      k: 1,
    });
  });
});

describe('label font', () => {
  it('falls back to the bundled Japanese font before the system one, which may have no Japanese', () => {
    // Bundled in main.tsx (@fontsource); before it, the graph drew Japanese names as empty boxes.
    const families = LABEL_FONT.replace(/^\d+px /, '').split(/,\s*/);
    expect(families.indexOf('"Noto Sans JP"')).toBeGreaterThan(-1);
    expect(families.indexOf('"Noto Sans JP"')).toBeLessThan(families.indexOf('sans-serif'));
  });
});
