import { describe, expect, it } from 'vitest';
import {
  countryAt,
  hasShape,
  isNearCountry,
  nearestCountryWithin,
} from '../../../src/domain/countryAt';

describe('countryAt', () => {
  it('finds the country a city lies in', () => {
    expect(countryAt(135.5011, 34.6938)).toBe('JP'); // Osaka
    expect(countryAt(107.6191, -6.9175)).toBe('ID'); // Bandung
    expect(countryAt(105.7469, 10.0452)).toBe('VN'); // Can Tho
    expect(countryAt(121.0437, 14.676)).toBe('PH'); // Quezon City
    expect(countryAt(2.3522, 48.8566)).toBe('FR'); // Paris
    expect(countryAt(103.85, 1.29)).toBe('SG'); // Singapore, too small for the 1:110m shapes
  });

  it('knows no country in the open Pacific', () => {
    expect(countryAt(-150, 0)).toBeNull();
    expect(nearestCountryWithin(-150, 0, 25)).toBeNull();
  });

  it('reads shapes that cross ±180° on both sides', () => {
    expect(countryAt(179.9, 66.5)).toBe('RU');
    expect(countryAt(-175, 66.5)).toBe('RU');
    expect(countryAt(-179.87, -16.75)).toBe('FJ'); // Taveuni, east of 180°
  });

  it('counts a point just offshore as in the nearest country within the tolerance', () => {
    // Tokyo Bay off Yokohama: in the sea, a few km from the coast.
    expect(countryAt(139.75, 35.42)).toBeNull();
    expect(nearestCountryWithin(139.75, 35.42, 25)).toBe('JP');
    expect(isNearCountry('JP', 139.75, 35.42, 25)).toBe(true);
    // Halfway between Japan and Hawaii is within no tolerance.
    expect(nearestCountryWithin(170, 30, 25)).toBeNull();
    expect(isNearCountry('JP', 170, 30, 25)).toBe(false);
  });

  it('says which countries the atlas can draw', () => {
    expect(hasShape('JP')).toBe(true);
    expect(hasShape('__proto__')).toBe(false);
    expect(hasShape('XX')).toBe(false);
  });
});
