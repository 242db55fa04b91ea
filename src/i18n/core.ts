/**
 * The translator, without React: i18next over the bundled catalogues, synchronous (everything
 * ships with the app, nothing is fetched). The app binds it to React; the CLI uses it as it is.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import type { Language } from '../state/language';
import { NAMESPACES, RESOURCES } from './catalogue';

/** A new i18next instance in `language`, with every catalogue loaded. */
export function createTranslator(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    resources: RESOURCES,
    ns: NAMESPACES,
    defaultNS: 'shell',
    // React and canvas text escape for themselves; HTML escaping here would show `&amp;`.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** A `t` function fixed to one language, for code outside React (the CLI, exports). */
export function translatorFor(language: Language): TFunction {
  return createTranslator(language).t;
}
