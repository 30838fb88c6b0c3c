import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { formatBytes, formatClock, formatDate, formatDateTime, formatMoney, formatNumber, formatRegion, formatRelative } from './format';
import { I18nContext, type I18n } from './i18n-context';
import { initialLocale, LOCALE_INFO, rememberLocale, type Locale } from './locales';
import { createTranslator } from './translate';

/** Holds the chosen language, remembers it and mirrors it on <html lang dir>. */
export function I18nProvider({ children, defaultLocale }: { children: ReactNode; defaultLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => defaultLocale ?? initialLocale());

  useLayoutEffect(() => {
    document.documentElement.lang = LOCALE_INFO[locale].intl;
    document.documentElement.dir = LOCALE_INFO[locale].dir;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      locale,
      dir: LOCALE_INFO[locale].dir,
      setLocale,
      t: createTranslator(locale),
      money: (money) => formatMoney(money, locale),
      number: (n) => formatNumber(n, locale),
      dateTime: (iso) => formatDateTime(iso, locale),
      region: (code) => formatRegion(code, locale),
      date: (iso) => formatDate(iso, locale),
      bytes: (value) => formatBytes(value, locale),
      relative: (ms) => formatRelative(ms, locale),
      clock: (seconds) => formatClock(seconds, locale),
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
