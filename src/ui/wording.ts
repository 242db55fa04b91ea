/**
 * How the views word the data's records in the chosen language: the codes of the data (themes,
 * partnership types, statuses, kinds of place) in the catalogue's words, a partnership's years,
 * a workshop's dates, a city's names. Shared by the tooltip and the profile, so that both say a
 * thing the same way.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { City, Partnership, Workshop } from '../domain/types';
import { EN } from '../i18n/catalogue';
import { formatDateSpan, formatNumber, formatYearSpan } from '../i18n/format';
import { cityName, cityNames, countryName, type CityNames } from '../i18n/names';
import { isLanguage, type Language } from '../state/language';

/** Codes of the data that the catalogue names (`terms:<group>.<code>`). */
export type TermGroup = 'theme' | 'partnershipType' | 'status' | 'cityKind';

/** The catalogue keys of every code it names. */
type TermKey = {
  [G in TermGroup]: `terms:${G}.${keyof (typeof EN.terms)[G] & string}`;
}[TermGroup];

/** The words of the views in one language. */
export interface Words {
  language: Language;
  /** A code of the data in the catalogue's words, or as the data writes it (hyphens as spaces). */
  term(group: TermGroup, code: string): string;
  /** A theme: `waste` → `廃棄物`. */
  theme(theme: string): string;
  /** Items as a list: `a, b, c` / `a、b、c`. */
  list(items: readonly string[]): string;
  /** Themes as a list: `waste, energy` / `廃棄物、エネルギー`. */
  themes(themes: readonly string[]): string;
  /** A partnership's type (`MoU`, 姉妹都市; `partnership` when none), years and status unless active. */
  partnershipFacts(
    partnership: Pick<Partnership, 'type' | 'status' | 'startYear' | 'endYear'>,
  ): string[];
  /** A partnership's years: `2013–2016`, `since 2013`, `year unknown` / `2013年〜` … */
  partnershipYears(partnership: Pick<Partnership, 'startYear' | 'endYear'>): string;
  /** A workshop's day or days: `27 Nov – 1 Dec 2017` / `2017年11月27日〜12月1日`. */
  workshopDates(workshop: Pick<Workshop, 'startDate' | 'endDate'>): string;
  /** Facts on one line, the empty ones left out: `MoU · since 2014 · waste`. */
  facts(parts: readonly (string | false | null | undefined)[]): string;
  number(value: number): string;
  /** The name a reader of the language knows a city by (labels). */
  cityName(city: Pick<City, 'name' | 'localName'>): string;
  /** Both names of a city, the other one to show beside the first. */
  cityNames(city: Pick<City, 'name' | 'localName'>): CityNames;
  /** A city's region (as written), country and kind of place: `Japan · city` / `日本 · 市`. */
  cityMeta(city: Pick<City, 'region' | 'country' | 'kind'>): string;
  country(code: string): string;
}

/** The words of the views, from `t` (any namespace: keys here are prefixed) in `language`. */
export function wordsFor(t: TFunction<['view', 'terms']>, language: Language): Words {
  const list = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  const term = (group: TermGroup, code: string) =>
    // Codes come from data: only the catalogue's own keys are looked up, never `__proto__`.
    Object.hasOwn(EN.terms[group], code)
      ? t(`terms:${group}.${code}` as TermKey)
      : code.replace(/-/g, ' ');
  const years = ({ startYear, endYear }: Pick<Partnership, 'startYear' | 'endYear'>) => {
    if (startYear === null)
      return endYear === null
        ? t('view:years.unknown')
        : t('view:years.until', { end: String(endYear) });
    if (endYear === null) return t('view:years.since', { start: String(startYear) });
    return formatYearSpan(startYear, endYear, language);
  };
  const facts = (parts: readonly (string | false | null | undefined)[]) =>
    parts.filter(Boolean).join(t('terms:separator'));
  const country = (code: string) => countryName(code, language);
  return {
    language,
    term,
    theme: (theme) => term('theme', theme),
    list: (items) => list.format(items),
    themes: (themes) => list.format(themes.map((theme) => term('theme', theme))),
    partnershipFacts: (partnership) => [
      term('partnershipType', partnership.type || 'partnership'),
      years(partnership),
      ...(partnership.status === 'active' ? [] : [term('status', partnership.status)]),
    ],
    partnershipYears: years,
    workshopDates: ({ startDate, endDate }) => formatDateSpan(startDate, endDate, language),
    facts,
    number: (value) => formatNumber(value, language),
    cityName: (city) => cityName(city, language),
    cityNames: (city) => cityNames(city, language),
    cityMeta: (city) =>
      facts([city.region, country(city.country), city.kind && term('cityKind', city.kind)]),
    country,
  };
}

/** The language the app's translator speaks (English where no translator is provided). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** The words of the views in the app's language. */
export function useWords(): Words {
  const { t } = useTranslation(['view', 'terms']);
  const language = useLanguage();
  return useMemo(() => wordsFor(t, language), [t, language]);
}
