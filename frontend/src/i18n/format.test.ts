// @vitest-environment node
import { compareDecimals } from '@/lib/decimal';
import { flagEmoji } from '@/lib/flag-emoji';
import { safeRedirect } from '@/lib/safe-redirect';
import { formatDateTime, formatMoney } from './format';
import { createTranslator } from './translate';

const price = { amount: '1234.50', currency: 'USD' };

test('money is formatted per locale', () => {
  expect(formatMoney(price, 'en')).toBe('$1,234.50');
  expect(formatMoney(price, 'ru')).toBe('1\u00a0234,50\u00a0$');
  expect(formatMoney(price, 'fa')).toContain('۱٬۲۳۴٫۵۰');
  expect(formatMoney(price, 'zh')).toBe('US$1,234.50');
  expect(formatMoney({ amount: '9.99', currency: 'EUR' }, 'ru')).toBe('9,99\u00a0€');
});

test('money amounts are never squeezed through a float', () => {
  // 2^53 + 1 and a cent: a float would print …992.00
  expect(formatMoney({ amount: '9007199254740993.01', currency: 'USD' }, 'en')).toBe('$9,007,199,254,740,993.01');
});

test('plurals and numbers follow the locale', () => {
  expect(createTranslator('en')('plan.days', { count: 1 })).toBe('1 day');
  expect(createTranslator('ru')('plan.days', { count: 3 })).toBe('3 дня');
  expect(createTranslator('ru')('plan.days', { count: 5 })).toBe('5 дней');
  expect(createTranslator('fa')('plan.days', { count: 30 })).toBe('۳۰ روز');
  expect(createTranslator('zh')('catalog.results', { count: 1200 })).toBe('共 1,200 个套餐');
});

test('dates are shown in the reader’s locale', () => {
  expect(formatDateTime('2026-01-15T10:00:00Z', 'en')).toMatch(/Jan 15, 2026/);
  expect(formatDateTime('not a date', 'en')).toBe('not a date');
});

test('a country code becomes its flag', () => {
  expect(flagEmoji('de')).toBe('🇩🇪');
  expect(flagEmoji('XYZ')).toBeNull();
});

test('the login page only sends people back to pages on this site', () => {
  expect(safeRedirect('/account?tab=1', '/')).toBe('/account?tab=1');
  expect(safeRedirect('//evil.example', '/')).toBe('/');
  expect(safeRedirect('/\\evil.example', '/')).toBe('/');
  expect(safeRedirect('/\t/evil.example', '/')).toBe('/');
  expect(safeRedirect('https://evil.example', '/')).toBe('/');
  expect(safeRedirect(null, '/account')).toBe('/account');
});

test('decimal strings compare exactly, without floats', () => {
  expect(compareDecimals('9.99', '10')).toBe(-1);
  expect(compareDecimals('010.50', '10.5')).toBe(0);
  expect(compareDecimals('9007199254740993.01', '9007199254740993.00')).toBe(1);
  expect(compareDecimals('0.1', '0.09')).toBe(1);
});
