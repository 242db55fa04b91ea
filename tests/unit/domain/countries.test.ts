import { describe, expect, it } from 'vitest';
import { countryCode, countryName, regionOf } from '../../../src/domain/countries';

describe('countries', () => {
  it('reads ISO codes in any case and English names, including common variants', () => {
    expect(countryCode('jp')).toBe('JP');
    expect(countryCode('Viet Nam')).toBe('VN');
    expect(countryCode('Vietnam')).toBe('VN');
    expect(countryCode('  Philippines ')).toBe('PH');
    expect(countryCode('Lao PDR')).toBe('LA');
    expect(countryCode('Burma')).toBe('MM');
  });

  it('rejects codes and names that are not countries', () => {
    expect(countryCode('XX')).toBeNull();
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
  });

  it('knows no country named like a property of every object, in any case or with dots', () => {
    for (const text of ['__proto__', 'constructor', 'Constructor', 'CON.STRUCTOR', '__Proto__'])
      expect(countryCode(text)).toBeNull();
    for (const text of ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'prototype'])
      expect(countryCode(text)).toBeNull();
  });

  it('names countries in short everyday English and places them in regions', () => {
    expect(countryName('LA')).toBe('Laos');
    expect(regionOf('JP')).toBe('japan');
    expect(regionOf('VN')).toBe('southeast-asia');
    expect(regionOf('PW')).toBe('elsewhere');
  });
});
