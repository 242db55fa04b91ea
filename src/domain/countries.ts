/** Countries: ISO 3166-1 alpha-2 codes, their names as people write them, and the programme's regions. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import indonesian from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import japanese from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import khmer from 'i18n-iso-countries/langs/km.json' with { type: 'json' };
import korean from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import malay from 'i18n-iso-countries/langs/ms.json' with { type: 'json' };
import thai from 'i18n-iso-countries/langs/th.json' with { type: 'json' };
import vietnamese from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import chinese from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

// The languages of the region (i18n-iso-countries has no Burmese, Lao or Filipino: see ALIASES).
const REGIONAL_LOCALES = [japanese, vietnamese, thai, indonesian, malay, khmer, korean, chinese];
countries.registerLocale(english);
for (const locale of REGIONAL_LOCALES) countries.registerLocale(locale);

/** The regions the app groups places into. */
export const REGIONS = ['japan', 'southeast-asia', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];

/** ASEAN members and Timor-Leste. */
const SOUTHEAST_ASIA = new Set(['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN']);

/**
 * Names people write that the ISO lists spell otherwise (keys normalised as by `nameKey`). A
 * Map, since the keys come from data: a plain object would answer `__proto__` or `constructor`.
 */
const ALIASES = new Map<string, string>([
  ['viet nam', 'VN'],
  ['laos', 'LA'],
  ['lao pdr', 'LA'],
  ['burma', 'MM'],
  ['brunei', 'BN'],
  ['east timor', 'TL'],
  ['the philippines', 'PH'],
  ['republic of the philippines', 'PH'],
  ['korea', 'KR'],
  ['russia', 'RU'],
  ['united states of america', 'US'],
  ['usa', 'US'],
  ['uk', 'GB'],
  ['britain', 'GB'],
  ['moldova', 'MD'],
  ['republic of moldova', 'MD'],
  ['syria', 'SY'],
  ['republic of ireland', 'IE'],
  ['eire', 'IE'],
  ['dprk', 'KP'],
  ['democratic peoples republic of korea', 'KP'],
  ['vatican', 'VA'],
  ['vatican city', 'VA'],
  ['holy see', 'VA'],
  ['macedonia', 'MK'],
  ['fyrom', 'MK'],
  ['swaziland', 'SZ'],
  ['cabo verde', 'CV'],
  ['palestinian territories', 'PS'],
  ['macau', 'MO'],
  ['hong kong sar', 'HK'],
  ['macao sar', 'MO'],
  ['micronesia', 'FM'],
  ['the netherlands', 'NL'],
  ['holland', 'NL'],
  ['the gambia', 'GM'],
  ['the bahamas', 'BS'],
  ['uae', 'AE'],
  ['drc', 'CD'],
  ['dr congo', 'CD'],
  ['congo-kinshasa', 'CD'],
  ['congo-brazzaville', 'CG'],
  ['bosnia', 'BA'],
  // The region's own names that the ISO locales lack or spell otherwise.
  ['nippon', 'JP'],
  ['nihon', 'JP'],
  [nameKey('日本国'), 'JP'],
  [nameKey('韓国'), 'KR'],
  [nameKey('한국'), 'KR'],
  [nameKey('ประเทศไทย'), 'TH'],
  [nameKey('ราชอาณาจักรไทย'), 'TH'],
  ['pilipinas', 'PH'],
  ['republika ng pilipinas', 'PH'],
  [nameKey('မြန်မာ'), 'MM'],
  [nameKey('ລາວ'), 'LA'],
]);

/** The United Kingdom's nations: the country is GB, and the nation is kept as the region. */
const UK_NATIONS = new Map<string, string>(
  ['England', 'Scotland', 'Wales', 'Northern Ireland'].map((nation) => [nameKey(nation), nation]),
);

/**
 * Every name of the ISO lists, keyed as by `nameKey`: English first (all its alternative names),
 * then the region's languages where they add a name English does not have.
 */
const CODE_BY_NAME = new Map<string, string>(
  Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([code, names]) =>
    names.map((name): [string, string] => [nameKey(name), code]),
  ),
);
for (const { locale } of REGIONAL_LOCALES) {
  for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
    for (const name of names) {
      const key = nameKey(name);
      if (!CODE_BY_NAME.has(key)) CODE_BY_NAME.set(key, code);
    }
  }
}

function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[.,'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A country as written in a cell: its ISO alpha-2 code, and the UK nation when one is named. */
export interface WrittenCountry {
  code: string;
  /** `England`, `Scotland`, `Wales` or `Northern Ireland`, when the text names one. */
  region?: string;
}

/** One name or code, without qualifiers or parts: `JP`, `JPN`, `Japan`, `日本`, `Scotland`. */
function resolveName(text: string): WrittenCountry | null {
  const trimmed = text.trim();
  // Two letters that are no ISO code may still be an alias (`UK`), so they fall through.
  if (/^[a-z]{2}$/i.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return { code: trimmed.toUpperCase() };
  }
  const key = nameKey(trimmed);
  const nation = UK_NATIONS.get(key);
  if (nation) return { code: 'GB', region: nation };
  const code = ALIASES.get(key) ?? CODE_BY_NAME.get(key);
  if (code) return { code };
  if (/^[a-z]{3}$/i.test(trimmed)) {
    const alpha2 = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (alpha2) return { code: alpha2 };
  }
  return null;
}

/**
 * The country a cell names, in any of the ways people write one: an ISO alpha-2 or alpha-3 code
 * (any case); an English short or official name or a common variant (`South Korea`, `Burma`,
 * `Republic of Ireland`); a name in a language of the region (`日本`, `Việt Nam`, `ประเทศไทย`);
 * a name with a parenthesised qualifier (`Georgia (country)`); `Region, Country` (the last
 * comma-separated part that is a country: `Bavaria, Germany` → DE); and the UK's nations
 * (`Scotland`, `England, United Kingdom` → GB, with the nation as `region`). Null when unknown.
 */
export function resolveCountry(text: string): WrittenCountry | null {
  const whole = resolveName(text) ?? resolveName(text.replace(/\([^)]*\)/g, ' '));
  if (whole) return whole;
  const parts = text
    .split(',')
    .map((part) => part.replace(/\([^)]*\)/g, ' ').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  for (let index = parts.length - 1; index >= 0; index--) {
    const found = resolveName(parts[index]!);
    if (!found) continue;
    // "England, United Kingdom": the country is the last part, the nation an earlier one.
    const nation = found.code === 'GB' ? parts.map((part) => UK_NATIONS.get(nameKey(part))) : [];
    const region = found.region ?? nation.find((name) => name !== undefined);
    return region ? { code: found.code, region } : found;
  }
  return null;
}

/** ISO alpha-2 code for a country as people write it (see `resolveCountry`); null when unknown. */
export function countryCode(text: string): string | null {
  return resolveCountry(text)?.code ?? null;
}

// Short everyday names ("Laos", not "Lao People's Democratic Republic") for display.
const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Short English name of an ISO alpha-2 code (`LA` → `Laos`), or the code itself when unknown. */
export function countryName(code: string): string {
  return displayNames.of(code) ?? code;
}

/** The region an ISO alpha-2 code belongs to. */
export function regionOf(code: string): Region {
  if (code === 'JP') return 'japan';
  return SOUTHEAST_ASIA.has(code) ? 'southeast-asia' : 'elsewhere';
}
