import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatNumber, formatYearSpan } from '../../../src/i18n/format';
import { pickLanguage } from '../../../src/state/language';

describe('language choice', () => {
  it('takes the URL first, then the remembered choice, then the browser, then English', () => {
    expect(pickLanguage('ja', 'en', ['en-GB'])).toBe('ja');
    expect(pickLanguage('xx', 'ja', ['en-GB'])).toBe('ja');
    expect(pickLanguage(null, null, ['fr-FR', 'ja-JP'])).toBe('ja');
    expect(pickLanguage(null, null, ['fr-FR'])).toBe('en');
  });
});

describe('numbers and dates in each language', () => {
  it('writes thousands as the language does', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ja')).toBe('1,234');
  });

  it('writes the 2017 Osaka training span in both languages, without repeating the year', () => {
    expect(formatDateSpan('2017-11-27', '2017-12-01', 'ja')).toBe('2017年11月27日〜12月1日');
    expect(formatDateSpan('2017-11-27', '2017-12-01', 'en').replace(/\s/g, ' ')).toBe(
      '27 Nov – 1 Dec 2017',
    );
    expect(formatDateSpan('2017-01', '', 'en')).toBe('Jan 2017');
    expect(formatDateSpan('2017-01', '', 'ja')).toBe('2017年1月');
    expect(formatDateSpan('2019', '', 'ja')).toBe('2019年');
    expect(formatDateSpan('2019-12-30', '2020-01-02', 'ja')).toBe('2019年12月30日〜2020年1月2日');
    expect(formatDateSpan('2018-05-07', '', 'ja')).toBe('2018年5月7日');
  });

  it('writes year spans, open-ended ones included', () => {
    expect(formatYearSpan(2013, 2016, 'ja')).toBe('2013〜2016年');
    expect(formatYearSpan(2013, null, 'ja')).toBe('2013年〜');
    expect(formatYearSpan(2013, 2016, 'en')).toBe('2013–2016');
    expect(formatYearSpan(2020, 2020, 'en')).toBe('2020');
  });
});
