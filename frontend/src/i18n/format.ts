import type { Money } from '@/lib/api-schemas';
import { LOCALE_INFO, type Locale } from './locales';

/**
 * Display-only formatting. Money amounts go to Intl as the decimal string they arrived as
 * (Intl.NumberFormat v3 formats string decimals exactly), so no float ever touches a price.
 */
export function formatMoney(money: Money, locale: Locale): string {
  const format = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: 'currency', currency: money.currency });
  return format.format(money.amount as Intl.StringNumericLiteral);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_INFO[locale].intl).format(value);
}

/** An ISO-8601 instant as a local date and time; an unreadable string is shown as given. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A country's name in the reader's language, from its ISO 3166 code. */
export function formatRegion(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([LOCALE_INFO[locale].intl], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
