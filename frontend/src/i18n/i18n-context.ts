import { createContext, useContext } from 'react';
import type { Money } from '@/lib/api-schemas';
import type { Locale } from './locales';
import type { Translate } from './translate';

export type I18n = {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  setLocale: (locale: Locale) => void;
  t: Translate;
  money: (money: Money) => string;
  number: (value: number) => string;
  dateTime: (iso: string) => string;
  region: (code: string) => string;
  date: (iso: string) => string;
  bytes: (value: number) => string;
  relative: (ms: number) => string;
  clock: (seconds: number) => string;
};

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
}
