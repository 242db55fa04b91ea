import { describe, expect, it } from 'vitest';
import { cityName, cityNames, countryName, isJapaneseScript } from '../../../src/i18n/names';
import { makeCity } from '../../support/records';

const osaka = makeCity({ id: 'osaka', name: 'Osaka', localName: '大阪市' });
const canTho = makeCity({ id: 'can-tho', name: 'Can Tho', localName: 'Cần Thơ', country: 'VN' });
const bali = makeCity({ id: 'bali', name: 'Bali Province', country: 'ID' });
const chiangMai = makeCity({ id: 'chiang-mai', name: 'Chiang Mai', localName: 'เชียงใหม่' });

describe('city names', () => {
  it('calls a city with a Japanese local name by that name in Japanese', () => {
    expect(cityName(osaka, 'ja')).toBe('大阪市');
    // Hiragana and katakana are Japanese too.
    expect(cityName(makeCity({ id: 'x', name: 'Saitama', localName: 'さいたま市' }), 'ja')).toBe(
      'さいたま市',
    );
    expect(cityName(makeCity({ id: 'y', name: 'Kasumi', localName: 'カスミ町' }), 'ja')).toBe(
      'カスミ町',
    );
  });

  it('keeps the English name of other cities in Japanese, and of every city in English', () => {
    expect(cityName(canTho, 'ja')).toBe('Can Tho');
    expect(cityName(chiangMai, 'ja')).toBe('Chiang Mai');
    expect(cityName(bali, 'ja')).toBe('Bali Province');
    expect(cityName(osaka, 'en')).toBe('Osaka');
  });

  it('gives the English name beside a Japanese one, and the local name beside an English one', () => {
    expect(cityNames(osaka, 'ja')).toEqual({
      primary: '大阪市',
      primaryLang: 'ja',
      secondary: 'Osaka',
      secondaryLang: 'en',
    });
    expect(cityNames(osaka, 'en')).toEqual({
      primary: 'Osaka',
      primaryLang: 'en',
      secondary: '大阪市',
      secondaryLang: 'ja',
    });
    // A local name in another script: its language cannot be told from the script alone.
    expect(cityNames(canTho, 'ja')).toEqual({
      primary: 'Can Tho',
      primaryLang: 'en',
      secondary: 'Cần Thơ',
      secondaryLang: undefined,
    });
  });

  it('shows no second name where there is none, or where it is the same', () => {
    expect(cityNames(bali, 'ja').secondary).toBeNull();
    expect(
      cityNames(makeCity({ id: 'z', name: 'Koror', localName: 'Koror' }), 'en').secondary,
    ).toBe(null);
    // A local name of spaces only is no name.
    expect(cityNames(makeCity({ id: 's', name: 'Hue', localName: '  ' }), 'ja').secondary).toBe(
      null,
    );
  });

  it('tells Japanese script from other scripts', () => {
    expect(isJapaneseScript('東京都')).toBe(true);
    expect(isJapaneseScript('Cần Thơ')).toBe(false);
    expect(isJapaneseScript('เชียงใหม่')).toBe(false);
    expect(isJapaneseScript('')).toBe(false);
  });
});

describe('country names', () => {
  it("names a country in the reader's language, and keeps an unknown code", () => {
    expect(countryName('VN', 'en')).toBe('Vietnam');
    expect(countryName('VN', 'ja')).toBe('ベトナム');
    expect(countryName('JP', 'ja')).toBe('日本');
    expect(countryName('XX', 'ja')).toBe('XX');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
