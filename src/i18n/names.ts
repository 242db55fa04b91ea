/**
 * Names of places as each language writes them. A city's `local_name` in Japanese script (大阪市)
 * is what a Japanese reader knows it by; any other local name (Cần Thơ) is not, so there the
 * English name stays, and the Japanese UI reads it as English readers do.
 */
import type { City } from '../domain/types';
import type { Language } from '../state/language';

/** Han (kanji), Hiragana or Katakana: the scripts Japanese is written in. */
const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when `text` contains Japanese script (kanji, hiragana or katakana). */
export function isJapaneseScript(text: string): boolean {
  return JAPANESE_SCRIPT.test(text);
}

/** What a name is read from: the English `name` and the optional `localName`. */
export type Named = Pick<City, 'name' | 'localName'>;

/**
 * The name a reader of `language` knows a city by: its local name in Japanese when the language
 * is `ja` and that name is in Japanese script, else its English name. For map and graph labels.
 */
export function cityName(city: Named, language: Language): string {
  const local = city.localName.trim();
  return language === 'ja' && isJapaneseScript(local) ? local : city.name;
}

/** A city's name to show first, and its other name to show beside it where there is room. */
export interface CityNames {
  /** The name a reader of the language knows the city by (`cityName`). */
  primary: string;
  /** Language of `primary`: `ja` for a Japanese local name, else `en`. */
  primaryLang: 'ja' | 'en';
  /** The other name: the English one beside a Japanese one, or the local one beside the English one. */
  secondary: string | null;
  /** Language of `secondary`: `en`, `ja`, or undefined for a local name in another script. */
  secondaryLang: 'ja' | 'en' | undefined;
}

/**
 * Both names of a city for the profile heading, the table and the tooltip: `大阪市` with `Osaka`
 * beside it in Japanese; `Osaka` with `大阪市`, or `Can Tho` with `Cần Thơ`, otherwise. No
 * secondary name when the city has no other name.
 */
export function cityNames(city: Named, language: Language): CityNames {
  const primary = cityName(city, language);
  const local = city.localName.trim();
  if (primary !== city.name)
    return { primary, primaryLang: 'ja', secondary: city.name, secondaryLang: 'en' };
  const secondary = local !== '' && local !== city.name ? local : null;
  return {
    primary,
    primaryLang: 'en',
    secondary,
    secondaryLang: secondary !== null && isJapaneseScript(secondary) ? 'ja' : undefined,
  };
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country's short name in `language` from its ISO alpha-2 code (`VN` → ベトナム), or the code when unknown. */
export function countryName(code: string, language: Language): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  // An invalid code (lower case, three letters) throws rather than falling back.
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
