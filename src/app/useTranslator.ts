/**
 * The app's language outside the state: where it starts (the URL, what was remembered, the
 * browser's languages), the translator for it, `<html lang>`, the page title, and remembering it.
 */
import { useEffect, useMemo } from 'react';
import type { i18n } from 'i18next';
import { createTranslator } from '../i18n/core';
import { pickLanguage, type Language } from '../state/language';

const KEY = 'c2c-network:language';

/** The remembered language, or null when none is or the browser refuses storage. */
function remembered(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage can be disabled (privacy settings): the app still starts, in the browser's language.
    return null;
  }
}

/** The language the browser would start in without `lang` in the address. */
export function defaultLanguage(): Language {
  return pickLanguage(null, remembered(), navigator.languages ?? [navigator.language]);
}

/** The language to start in: `lang` of the address, else the default. */
export function startLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang');
  return pickLanguage(asked, remembered(), navigator.languages ?? [navigator.language]);
}

/**
 * Remembers a language the user chose, for the next visit without `lang` in the address. Only a
 * choice is remembered: a default kept would hide a later change of the browser's language.
 */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(KEY, language);
  } catch {
    // Not remembered: the address still carries the language.
  }
}

/**
 * A translator for `language`: a new i18next instance when it changes, so every component
 * re-renders in the new language in the same pass. Keeps `<html lang>` and the title in step.
 */
export function useTranslator(language: Language): i18n {
  const translator = useMemo(() => createTranslator(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translator.t('shell:title');
  }, [language, translator]);
  return translator;
}
