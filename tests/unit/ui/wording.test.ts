import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/core';
import type { Language } from '../../../src/state/language';
import { wordsFor } from '../../../src/ui/wording';
import { makeCity } from '../../support/records';

const words = (language: Language) =>
  wordsFor(createTranslator(language).getFixedT(language, ['view', 'terms']), language);
const en = words('en');
const ja = words('ja');

describe('the words of the views', () => {
  it("writes a partnership's years as each language does", () => {
    const years = (startYear: number | null, endYear: number | null) => [
      en.partnershipYears({ startYear, endYear }),
      ja.partnershipYears({ startYear, endYear }),
    ];
    expect(years(2013, 2016)).toEqual(['2013–2016', '2013〜2016年']);
    expect(years(2014, null)).toEqual(['since 2014', '2014年〜']);
    expect(years(2015, 2015)).toEqual(['2015', '2015年']);
    expect(years(null, 2015)).toEqual(['until 2015 (start unknown)', '2015年まで（開始年不明）']);
    expect(years(null, null)).toEqual(['year unknown', '年不明']);
  });

  it("writes a workshop's days as each language does", () => {
    const days = { startDate: '2017-11-27', endDate: '2017-12-01' };
    expect(en.workshopDates(days)).toMatch(/^27 Nov\s–\s1 Dec 2017$/);
    expect(ja.workshopDates(days)).toBe('2017年11月27日〜12月1日');
  });

  it('names the codes of the data in the glossary’s words, and keeps unknown codes as written', () => {
    const mou = { type: 'mou', status: 'ended', startYear: 2014, endYear: null } as const;
    expect(en.facts(en.partnershipFacts(mou))).toBe('MoU · since 2014 · ended');
    expect(ja.facts(ja.partnershipFacts(mou))).toBe('覚書（MoU）・2014年〜・終了');
    // An active partnership of no given type.
    const plain = { type: '', status: 'active', startYear: 2019, endYear: 2019 } as const;
    expect(ja.partnershipFacts(plain)).toEqual(['連携', '2019年']);
    expect(ja.themes(['waste', 'energy', 'blue-carbon'])).toBe('廃棄物、エネルギー、blue carbon');
    expect(en.themes(['waste', 'low-carbon'])).toBe('waste, low-carbon');
    // A code from data never reads the catalogue's inherited properties.
    expect(ja.theme('__proto__')).toBe('__proto__');
    expect(ja.theme('constructor')).toBe('constructor');
  });

  it("names a city's region, country and kind of place", () => {
    const canTho = makeCity({ id: 'can-tho', country: 'VN', kind: 'city' });
    expect(en.cityMeta(canTho)).toBe('Vietnam · city');
    expect(ja.cityMeta(canTho)).toBe('ベトナム・市');
    expect(ja.cityMeta(makeCity({ id: 'x', country: 'JP' }))).toBe('日本');
    const glasgow = makeCity({ id: 'glasgow', country: 'GB', region: 'Scotland', kind: 'city' });
    expect(en.cityMeta(glasgow)).toBe('Scotland · United Kingdom · city');
    expect(ja.cityMeta(glasgow)).toBe('Scotland・イギリス・市');
  });

  it('writes numbers with the separators of the language', () => {
    expect(en.number(12345)).toBe('12,345');
    expect(ja.number(12345)).toBe('12,345');
  });
});
