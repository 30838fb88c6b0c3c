export const LOCALES = ['en', 'ru', 'fa', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

type LocaleInfo = { label: string; intl: string; dir: 'ltr' | 'rtl' };

/** How each language names itself, the BCP 47 tag Intl formats with, and its writing direction. */
export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { label: 'English', intl: 'en-US', dir: 'ltr' },
  ru: { label: 'Русский', intl: 'ru-RU', dir: 'ltr' },
  fa: { label: 'فارسی', intl: 'fa-IR', dir: 'rtl' },
  zh: { label: '中文', intl: 'zh-CN', dir: 'ltr' },
};

export const LOCALE_STORAGE_KEY = '1000proxy.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, else the browser's first language we speak, else English. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage disabled: fall through to the browser's languages.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of preferred) {
    const language = tag?.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'en';
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage disabled: the choice lasts as long as the page.
  }
}
