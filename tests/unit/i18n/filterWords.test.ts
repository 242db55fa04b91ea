/** The filters in words, as an exported image, a chart or the report states what it shows. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { createTranslator } from '../../../src/i18n/core';
import { filterWords } from '../../../src/i18n/filterWords';
import type { Language } from '../../../src/state/language';

const words = (filters: Filters, language: Language) =>
  filterWords(createTranslator(language).getFixedT(null, 'slice'), filters, language);

const combined: Filters = {
  ...DEFAULT_FILTERS,
  themes: ['waste', 'energy'],
  years: { from: 2016, to: 2019 },
  unknownYears: false,
  countries: ['JP', 'ID'],
  edgeKinds: ['workshop', 'partnership'],
  statuses: ['active'],
  funders: ['MOEJ'],
  hideIsolated: true,
};

describe('filterWords', () => {
  it('says "All records" when nothing is filtered, in either language', () => {
    expect(words(DEFAULT_FILTERS, 'en')).toBe('All records');
    expect(words(DEFAULT_FILTERS, 'ja')).toBe('すべての記録');
  });

  it('names each active filter in turn, in English', () => {
    expect(words(combined, 'en')).toBe(
      [
        'Themes: waste, energy',
        '2016–2019',
        'partnerships of unknown start year left out',
        'Countries: Japan, Indonesia',
        'Links: Partnership, Workshop (participant – host or lecturer)',
        'Partnership status: active',
        'Funder: MOEJ',
        'isolated cities hidden',
      ].join(' · '),
    );
  });

  it('names each active filter in turn, in Japanese, in the glossary’s terms', () => {
    expect(words(combined, 'ja')).toBe(
      [
        '分野：廃棄物、エネルギー',
        '2016〜2019年',
        '開始年不明の連携を除く',
        '国：日本、インドネシア',
        'つながり：連携、研修（参加都市と開催都市・講師都市）',
        '連携の状況：実施中',
        '資金提供：MOEJ',
        '表示中のつながりがない都市は非表示',
      ].join('／'),
    );
  });

  it('writes one value in the singular, one year alone, and a theme the catalogue lacks as written', () => {
    const filters: Filters = {
      ...DEFAULT_FILTERS,
      themes: ['urban-heat'],
      years: { from: 2018, to: 2018 },
      programmes: ['MOEJ City-to-City Collaboration'],
      organisers: ['IGES', 'MOEJ'],
    };
    expect(words(filters, 'en')).toBe(
      'Theme: urban heat · 2018 · Programme: MOEJ City-to-City Collaboration · Organisers: IGES, MOEJ',
    );
    expect(words(filters, 'ja')).toBe(
      '分野：urban heat／2018年／事業：MOEJ City-to-City Collaboration／主催：IGES、MOEJ',
    );
  });

  it('says "none" for a list the user emptied, and ignores the order of kinds in the URL', () => {
    expect(words({ ...DEFAULT_FILTERS, edgeKinds: [], statuses: [] }, 'en')).toBe(
      'Links: none · Partnership statuses: none',
    );
    expect(
      words({ ...DEFAULT_FILTERS, edgeKinds: ['co-attendance', 'workshop', 'partnership'] }, 'en'),
    ).toBe('All records');
  });
});
