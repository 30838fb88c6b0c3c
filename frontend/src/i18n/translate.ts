import type { Dictionary, MessageKey, MessageVars, Messages } from './dictionary';
import { en } from './dictionaries/en';
import { fa } from './dictionaries/fa';
import { ru } from './dictionaries/ru';
import { zh } from './dictionaries/zh';
import { formatNumber } from './format';
import { LOCALE_INFO, type Locale } from './locales';

const DICTIONARIES: Record<Locale, Messages> = { en, ru, fa, zh };

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/**
 * Looks a key up in the locale's dictionary (English when missing), picks the plural form for
 * `vars.count` and fills `{name}` placeholders; numbers are formatted for the locale.
 */
export function createTranslator(locale: Locale): Translate {
  const messages: Dictionary = DICTIONARIES[locale];
  const plurals = new Intl.PluralRules(LOCALE_INFO[locale].intl);
  return (key, vars = {}) => {
    const entry = messages[key] ?? (en as Dictionary)[key] ?? key;
    const template = typeof entry === 'string' ? entry : (entry[plurals.select(Number(vars.count ?? 0))] ?? entry.other);
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = vars[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? formatNumber(value, locale) : value;
    });
  };
}
