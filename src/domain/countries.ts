/** Countries: ISO 3166-1 alpha-2 codes, English names, and the programme's regions. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

/** The regions the app groups places into. */
export const REGIONS = ['japan', 'southeast-asia', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];

/** ASEAN members and Timor-Leste. */
const SOUTHEAST_ASIA = new Set(['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN']);

/**
 * Names people write that the ISO list spells otherwise (keys normalised as by `nameKey`). A
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
]);

/** Every English name and alternative name of the ISO list, keyed as by `nameKey`. */
const CODE_BY_NAME = new Map<string, string>(
  Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([code, names]) =>
    names.map((name): [string, string] => [nameKey(name), code]),
  ),
);

function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[.,']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ISO alpha-2 code for a code (`vn`) or English name (`Viet Nam`); null when unknown. */
export function countryCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return countries.isValid(code) ? code : null;
  }
  const key = nameKey(trimmed);
  return ALIASES.get(key) ?? CODE_BY_NAME.get(key) ?? null;
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
