// Screenshots of the main screens against the MSW mock API (the `dev:mock` mode: the same
// handlers the unit tests use), at phone and desktop widths, in English and Persian (RTL):
//   node e2e/screenshots.mjs            → ../docs/screenshots/*.png
// No backend and no build needed: a Vite dev server in mock mode serves the SPA.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'vite';
import { launchBrowser, runSteps } from './support/harness.mjs';

const OUT = new URL('../../docs/screenshots/', import.meta.url).pathname;
const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };
const PORT = 4174;
const CUSTOMER = 'ann@example.com';
const ADMIN = 'admin@example.com';

const server = await createServer({
  mode: 'mock',
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: PORT, strictPort: true },
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
});
await server.listen();
const base = `http://127.0.0.1:${PORT}`;
const browser = await launchBrowser();
await mkdir(OUT, { recursive: true });

/** Logs in through the form (the mock database lives in each tab's sessionStorage). */
async function logIn(page, email) {
  await page.goto(`${base}/login`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill('correct horse battery');
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`${base}/account`);
}

const shot = (name, path, { locale = 'en', viewport = 'phone', as, act } = {}) => [
  `${name} (${locale}, ${viewport})`,
  async (page) => {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.addInitScript((l) => localStorage.setItem('1000proxy.locale', l), locale);
    if (as) await logIn(page, as);
    await page.goto(base + path);
    await page.locator('h1').first().waitFor();
    if (act) await act(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}${name}-${locale}-${viewport}.png`, fullPage: true });
  },
];

const waitFor = (selector) => (page) => page.locator(selector).first().waitFor();
const payByCrypto = async (page) => {
  await page.locator('input[value=nowpayments]').check();
  await page.locator('form button[type=submit]').click();
  await page.locator('.payment__qr svg').waitFor();
};
const serverFormErrors = async (page) => {
  await page.locator('.admin-page .button--primary').first().click();
  await page.locator('input[name=name]').fill('Tokyo 1');
  await page.locator('input[name=panelUrl]').fill('ftp://panel');
  await page.locator('input[name=publicHost]').fill('jp1 example');
  await page.locator('input[name=location]').fill('JP');
  await page.locator('form button[type=submit]').click();
  await page.locator('.field__error').first().waitFor();
};

let ok = false;
try {
  ok = await runSteps(browser.context, [
    shot('catalog', '/', { act: waitFor('article') }),
    shot('catalog', '/', { viewport: 'desktop', act: waitFor('article') }),
    shot('catalog', '/', { locale: 'fa', act: waitFor('article') }),
    shot('checkout', '/checkout/100', { as: CUSTOMER, act: waitFor('form') }),
    shot('payment-crypto', '/checkout/100', { as: CUSTOMER, act: payByCrypto }),
    shot('payment-crypto', '/checkout/100', { as: CUSTOMER, viewport: 'desktop', act: payByCrypto }),
    shot('services', '/services', { as: CUSTOMER, act: waitFor('article') }),
    shot('service', '/services/501', { as: CUSTOMER, act: waitFor('img.qr-code') }),
    shot('service', '/services/501', { as: CUSTOMER, viewport: 'desktop', act: waitFor('img.qr-code') }),
    shot('service', '/services/501', { as: CUSTOMER, locale: 'fa', act: waitFor('img.qr-code') }),
    shot('wallet', '/wallet', { as: CUSTOMER, viewport: 'desktop', act: waitFor('table') }),
    shot('orders', '/orders', { as: CUSTOMER, locale: 'ru', act: waitFor('.card') }),
    shot('admin-dashboard', '/admin', { as: ADMIN, viewport: 'desktop', act: waitFor('.chart') }),
    shot('admin-dashboard', '/admin', { as: ADMIN, locale: 'fa', viewport: 'desktop', act: waitFor('.chart') }),
    shot('admin-servers', '/admin/servers', { as: ADMIN, viewport: 'desktop', act: serverFormErrors }),
    shot('admin-jobs', '/admin/jobs', { as: ADMIN, act: waitFor('table') }),
    shot('register', '/register', { locale: 'zh', viewport: 'desktop' }),
  ]);
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
