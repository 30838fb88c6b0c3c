// User journeys through the built SPA against a running backend (not yet wired into Maven):
//   E2E_API=http://127.0.0.1:8080 node e2e/run.mjs     (after `npm run build`)
// The preview server proxies /api to E2E_API, so the SPA talks to the real API as in production.
import { launchBrowser, runSteps, startPreview } from './support/harness.mjs';

const apiTarget = process.env.E2E_API ?? 'http://127.0.0.1:8080';

try {
  const health = await fetch(`${apiTarget}/actuator/health`);
  if (!health.ok) throw new Error(`health answered ${health.status}`);
} catch (error) {
  console.log(`backend not reachable at ${apiTarget} (${error.message}); start it first or set E2E_API`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

const server = await startPreview({ apiTarget });
const browser = await launchBrowser();
const url = (path) => server.baseUrl + path;
const customer = { name: 'E2E Customer', email: `e2e-${Date.now()}@example.com`, password: 'e2e-password-123' };

async function logIn(page) {
  await page.goto(url('/login'));
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill(customer.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(url('/account'));
}

let ok = false;
try {
  ok = await runSteps(browser.context, [
    [
      'the catalog loads plans from the backend',
      async (page) => {
        await page.goto(url('/'));
        await page.locator('article, .empty-state').first().waitFor();
        if (await page.getByRole('alert').count()) throw new Error('the catalog shows an error');
      },
    ],
    [
      'a new customer registers and lands on the account page',
      async (page) => {
        await page.goto(url('/register'));
        await page.getByLabel('Name').fill(customer.name);
        await page.getByLabel('Email').fill(customer.email);
        await page.getByLabel('Password').fill(customer.password);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.waitForURL(url('/account'));
        await page.getByText(customer.email).waitFor();
      },
    ],
    [
      'the customer logs in again, and out',
      async (page) => {
        await logIn(page);
        await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
        await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
      },
    ],
    [
      'a reload keeps the session (refresh token in sessionStorage)',
      async (page) => {
        await logIn(page);
        await page.reload();
        await page.getByText(customer.email).waitFor();
      },
    ],
    [
      'the account page asks a visitor to log in first',
      async (page) => {
        await page.goto(url('/account'));
        await page.waitForURL(url('/login?next=%2Faccount'));
      },
    ],
    [
      'Persian turns the page right-to-left',
      async (page) => {
        await page.goto(url('/'));
        await page.getByLabel('Language').selectOption('fa');
        if ((await page.locator('html').getAttribute('dir')) !== 'rtl') throw new Error('html is not rtl');
      },
    ],
  ]);
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
