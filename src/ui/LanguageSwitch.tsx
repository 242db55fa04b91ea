import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../state/language';

interface Props {
  language: Language;
  onChange(language: Language): void;
}

/**
 * EN / 日本語: a radio group, so the arrow keys move between the languages. Each name is written
 * in its own language (and marked so), whatever the language of the page.
 */
export function LanguageSwitch({ language, onChange }: Props) {
  const { t } = useTranslation('shell');
  return (
    <fieldset className="segmented language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((option) => (
        <label key={option} lang={option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={language === option}
            onChange={() => onChange(option)}
          />
          {t(`language.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
