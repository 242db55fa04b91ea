/** `[lon, lat]` geometry shared by the map and the GeoJSON export: one place, cuts at ±180°. */
import { describe, expect, it } from 'vitest';
import { samePlace, splitAtAntimeridian } from '../../../src/domain/geo';

describe('samePlace', () => {
  it.each([
    [
      [135.5, 34.69],
      [135.5, 34.69],
    ],
    [
      [180, 10],
      [-180, 10],
    ],
    [
      [12, 90],
      [-140, 90],
    ],
  ])('takes %j and %j for one place', (a, b) => {
    expect(samePlace(a, b)).toBe(true);
  });

  it.each([
    [
      [135.5, 34.69],
      [135.5, 34.7],
    ],
    [
      [180, 10],
      [-180, 11],
    ],
    [
      [179.9, 10],
      [-180, 10],
    ],
  ])('tells %j and %j apart', (a, b) => {
    expect(samePlace(a, b)).toBe(false);
  });
});

describe('splitAtAntimeridian with a city on ±180°', () => {
  it('draws no one-point piece on the far side', () => {
    expect(
      splitAtAntimeridian([
        [170, 0],
        [-180, 2],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 2],
      ],
    ]);
    expect(
      splitAtAntimeridian([
        [180, 0],
        [-170, 2],
      ]),
    ).toEqual([
      [
        [-180, 0],
        [-170, 2],
      ],
    ]);
  });

  it('runs a line between 180° and -180° along the antimeridian, never across the map', () => {
    const parts = splitAtAntimeridian([
      [180, 0],
      [-180, 2],
    ]);
    expect(parts).toEqual([
      [
        [-180, 0],
        [-180, 2],
      ],
    ]);
    expect(
      splitAtAntimeridian([
        [180, 5],
        [-180, 5],
      ]),
    ).toEqual([
      [
        [180, 5],
        [180, 5],
      ],
    ]);
  });
});
