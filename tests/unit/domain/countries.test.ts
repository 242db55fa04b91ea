import { describe, expect, it } from 'vitest';
import { countryCode, countryName, regionOf, resolveCountry } from '../../../src/domain/countries';

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

  it('reads the names the issue found rejected, and other common variants', () => {
    const expected: [string, string][] = [
      ['Moldova', 'MD'],
      ['Syria', 'SY'],
      ['Republic of Ireland', 'IE'],
      ['South Korea', 'KR'],
      ['North Korea', 'KP'],
      ['Russia', 'RU'],
      ['Laos', 'LA'],
      ['Burma', 'MM'],
      ['Ivory Coast', 'CI'],
      ['Czechia', 'CZ'],
      ['Czech Republic', 'CZ'],
      ['Türkiye', 'TR'],
      ['Turkey', 'TR'],
      ['Vatican', 'VA'],
      ['Macedonia', 'MK'],
      ['Swaziland', 'SZ'],
      ['Cape Verde', 'CV'],
      ['Palestine', 'PS'],
      ['Taiwan', 'TW'],
      ['Hong Kong', 'HK'],
      ['Macau', 'MO'],
      ['Georgia (country)', 'GE'],
      ['Viet Nam', 'VN'],
      ['JPN', 'JP'],
    ];
    for (const [text, code] of expected) expect([text, countryCode(text)]).toEqual([text, code]);
  });

  it('reads the names in the languages of the region', () => {
    const expected: [string, string][] = [
      ['日本', 'JP'],
      ['Việt Nam', 'VN'],
      ['ประเทศไทย', 'TH'],
      ['ไทย', 'TH'],
      ['Indonesia', 'ID'],
      ['Pilipinas', 'PH'],
      ['Filipina', 'PH'],
      ['대한민국', 'KR'],
      ['កម្ពុជា', 'KH'],
      ['中国', 'CN'],
      ['မြန်မာ', 'MM'],
      ['ລາວ', 'LA'],
    ];
    for (const [text, code] of expected) expect([text, countryCode(text)]).toEqual([text, code]);
  });

  it("reads the UK's nations as GB and keeps the nation", () => {
    expect(resolveCountry('England')).toEqual({ code: 'GB', region: 'England' });
    expect(resolveCountry('Scotland')).toEqual({ code: 'GB', region: 'Scotland' });
    expect(resolveCountry('wales')).toEqual({ code: 'GB', region: 'Wales' });
    expect(resolveCountry('Northern Ireland')).toEqual({ code: 'GB', region: 'Northern Ireland' });
    expect(resolveCountry('England, United Kingdom')).toEqual({ code: 'GB', region: 'England' });
    expect(resolveCountry('United Kingdom')).toEqual({ code: 'GB' });
  });

  it('reads "UK", which is no ISO code, as the alias it is, in any case and with dots', () => {
    for (const text of ['UK', 'uk', 'U.K.', ' Uk '])
      expect([text, countryCode(text)]).toEqual([text, 'GB']);
    expect(resolveCountry('England, UK')).toEqual({ code: 'GB', region: 'England' });
    expect(countryCode('Edinburgh, U.K.')).toBe('GB');
    // Two letters that are neither an ISO code nor an alias stay unknown.
    expect(countryCode('QQ')).toBeNull();
  });

  it('reads "Region, Country" as the last part that is a country', () => {
    expect(resolveCountry('Bavaria, Germany')).toEqual({ code: 'DE' });
    expect(countryCode('Seoul, South Korea')).toBe('KR');
    expect(countryCode('Paris, France, Europe')).toBe('FR');
    // A name whose ISO spelling has a comma is still one name.
    expect(countryCode('Korea, Republic of')).toBe('KR');
    expect(countryCode('Somewhere, Nowhere')).toBeNull();
  });

  it('keeps garbage and object properties unknown in every form', () => {
    for (const text of ['Atlantis', 'asdf qwer', '(country)', ',', 'Bavaria, __proto__'])
      expect(countryCode(text)).toBeNull();
    for (const text of ['__proto__, constructor', 'Georgia (__proto__)', 'constructor (x)'])
      expect(countryCode(text)).toBe(text.startsWith('Georgia') ? 'GE' : null);
  });

  it('names countries in short everyday English and places them in regions', () => {
    expect(countryName('LA')).toBe('Laos');
    expect(regionOf('JP')).toBe('japan');
    expect(regionOf('VN')).toBe('southeast-asia');
    expect(regionOf('PW')).toBe('elsewhere');
  });
});
