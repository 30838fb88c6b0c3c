import { useId } from 'react';
import { useI18n } from './i18n-context';
import { isLocale, LOCALE_INFO, LOCALES } from './locales';

/** A labelled select of the languages, each named in itself. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={LOCALE_INFO[code].intl}>
            {LOCALE_INFO[code].label}
          </option>
        ))}
      </select>
    </div>
  );
}
