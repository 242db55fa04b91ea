import { describe, expect, it } from 'vitest';
import { geoInterpolate } from 'd3';
import { splitAtAntimeridian } from '../../../src/domain/geo';
import { greatCircleArc } from '../../../src/map/arcs';

describe('greatCircleArc', () => {
  it('starts and ends exactly at its two cities', () => {
    const osaka = [135.5011, 34.6938];
    const bandung = [107.6069, -6.9222];
    const [line] = greatCircleArc(osaka, bandung);
    expect(line![0]).toEqual(osaka);
    expect(line!.at(-1)).toEqual(bandung);
  });

  it('bends along the great circle rather than the straight line on the map', () => {
    // Tokyo → Kuala Lumpur: the great circle runs north of the straight chord's midpoint.
    const [line] = greatCircleArc([139.69, 35.69], [101.69, 3.14]);
    const middle = line![Math.floor(line!.length / 2)]!;
    expect(line!.length).toBeGreaterThanOrEqual(5);
    expect(middle[1]).toBeGreaterThan((35.69 + 3.14) / 2);
  });

  it('splits a link across the antimeridian into pieces that end on ±180° and never span the map', () => {
    // Koror, Palau (134.5°E) to Honolulu (157.9°W) crosses the antimeridian.
    const parts = greatCircleArc([134.4789, 7.3426], [-157.8583, 21.3069]);
    expect(parts).toHaveLength(2);
    expect(parts[0]![0]).toEqual([134.4789, 7.3426]);
    expect(parts[1]!.at(-1)).toEqual([-157.8583, 21.3069]);
    expect(parts[0]!.at(-1)![0]).toBe(180);
    expect(parts[1]![0]![0]).toBe(-180);
    expect(parts[0]!.at(-1)![1]).toBeCloseTo(parts[1]![0]![1]!, 10);
    for (const part of parts) {
      expect(part.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < part.length; i++) {
        expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
      }
    }
  });

  it('keeps a short hop as a straight two-point line, and a city pair at one place drawable', () => {
    expect(greatCircleArc([135.5, 34.69], [135.42, 34.72])).toEqual([
      [
        [135.5, 34.69],
        [135.42, 34.72],
      ],
    ]);
    expect(greatCircleArc([135.5, 34.69], [135.5, 34.69])[0]).toHaveLength(2);
  });
});

describe('splitAtAntimeridian', () => {
  it('leaves a line that does not cross ±180° whole', () => {
    const line = [
      [170, 0],
      [179, 1],
    ];
    expect(splitAtAntimeridian(line)).toEqual([line]);
  });

  it('cuts eastward and westward crossings', () => {
    const east = splitAtAntimeridian([
      [179, 0],
      [-179, 2],
    ]);
    expect(east).toEqual([
      [
        [179, 0],
        [180, 1],
      ],
      [
        [-180, 1],
        [-179, 2],
      ],
    ]);
    const west = splitAtAntimeridian([
      [-179, 0],
      [179, 2],
    ]);
    expect(west[0]!.at(-1)).toEqual([-180, 1]);
    expect(west[1]![0]).toEqual([180, 1]);
  });
});

describe('arc points', () => {
  it('lie on the great circle, as d3-geo computes it', () => {
    const from = [135.5011, 34.6938];
    const to = [106.6296, 10.823];
    const [line] = greatCircleArc(from, to);
    const reference = geoInterpolate([from[0]!, from[1]!], [to[0]!, to[1]!]);
    const segments = line!.length - 1;
    line!.forEach((point, k) => {
      const [lon, lat] = reference(k / segments);
      expect(point[0]).toBeCloseTo(lon, 9);
      expect(point[1]).toBeCloseTo(lat, 9);
    });
  });
});
