/** The languages the app speaks, and which one to start in. */

/** The languages the app speaks. */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True for a language the app speaks. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The language to start in: the one asked for (URL), else the one remembered, else the first of
 * the browser's languages the app speaks (`ja-JP` → `ja`), else English.
 */
export function pickLanguage(
  asked: string | null,
  remembered: string | null,
  browser: readonly string[],
): Language {
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
