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

/** An ISO-8601 instant as a local date only. */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'medium' }).format(date);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Traffic in binary steps (1 GB = 1024³ bytes, as panels count), with the locale's unit names. */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** "in 3 days", "2 hours ago": the largest whole unit of a signed distance in milliseconds. */
export function formatRelative(ms: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(LOCALE_INFO[locale].intl, { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(ms) >= size) return format.format(Math.trunc(ms / size), unit);
  }
  return format.format(Math.trunc(ms / 1000), 'second');
}

/** A countdown as `m:ss` or `h:mm:ss` in the locale's digits. */
export function formatClock(totalSeconds: number, locale: Locale): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const two = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { useGrouping: false });
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`;
}
