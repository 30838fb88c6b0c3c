// Screenshots of the built SPA against a mocked API, at phone and desktop widths, in English and
// Persian (RTL): `npm run build && node e2e/screenshots.mjs` → test-results/screenshots/*.png
import { mkdir } from 'node:fs/promises';
import { launchBrowser, runSteps, startPreview } from './support/harness.mjs';
import { mockApi } from './support/mock-api.mjs';

const OUT = 'test-results/screenshots';
const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

const server = await startPreview({ port: 4174 });
const browser = await launchBrowser();
await mkdir(OUT, { recursive: true });

const shot = (name, path, { locale = 'en', viewport = 'phone', act } = {}) => [
  `${name} (${locale}, ${viewport})`,
  async (page) => {
    await mockApi(page);
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.addInitScript((l) => localStorage.setItem('1000proxy.locale', l), locale);
    await page.goto(server.baseUrl + path);
    await page.locator('h1').waitFor();
    if (act) await act(page);
    await page.screenshot({ path: `${OUT}/${name}-${locale}-${viewport}.png`, fullPage: true });
  },
];

const waitForCards = (page) => page.locator('article').first().waitFor();
const submitRegistration = async (page) => {
  await page.getByLabel(/name|نام/i).first().fill('Bob');
  await page.locator('input[name=email]').fill('bob@');
  await page.locator('input[name=password]').fill('short-but-server-decides');
  await page.locator('form button[type=submit]').click();
  await page.locator('.field__error').first().waitFor();
};

let ok = false;
try {
  ok = await runSteps(browser.context, [
    shot('catalog', '/', { act: waitForCards }),
    shot('catalog', '/', { viewport: 'desktop', act: waitForCards }),
    shot('catalog', '/', { locale: 'fa', act: waitForCards }),
    shot('catalog', '/', { locale: 'fa', viewport: 'desktop', act: waitForCards }),
    shot('register', '/register', { act: submitRegistration }),
    shot('register', '/register', { locale: 'fa', act: submitRegistration }),
    shot('login', '/login?next=%2Faccount', { locale: 'zh', viewport: 'desktop' }),
  ]);
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
