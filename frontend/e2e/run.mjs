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
// The demo profile's bootstrap admin (application-demo.yml); override for another backend.
const adminUser = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@demo.1000proxy.local',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'demo-admin-change-me',
};
const planName = `E2E Plan ${Date.now()}`;

async function logIn(page, who = customer) {
  await page.goto(url('/login'));
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(url('/account'));
}

/** Reloads `path` until `locator(page)` shows up: provisioning and syncing run as background jobs. */
async function eventually(page, path, locator, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    await page.goto(url(path));
    try {
      await locator(page).first().waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
    }
  }
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
      'an admin credits the new customer\'s wallet (POST /admin/users/{id}/wallet-adjustments)',
      async (page) => {
        await logIn(page, adminUser);
        await page.goto(url('/admin/users'));
        const adjust = page.getByRole('button', { name: `Adjust the wallet of ${customer.email}` });
        const pager = page.getByRole('navigation', { name: 'Pages' });
        // Accounts are listed oldest first: wait for the list, then page on until the new customer's row shows up.
        // (There is no pager at all when one page holds every account.)
        await page.getByRole('table', { name: 'Users' }).waitFor();
        while (!(await adjust.count())) {
          const next = pager.getByRole('button', { name: 'Next' });
          if (!(await next.count()) || (await next.isDisabled())) throw new Error(`${customer.email} is on no page of /admin/users`);
          const shown = await pager.textContent();
          await next.click();
          await page.waitForFunction(
            (before) => document.querySelector('nav.pagination')?.textContent !== before,
            shown,
          );
          await page.getByRole('table', { name: 'Users' }).waitFor();
        }
        await adjust.click();
        const form = page.getByRole('form', { name: `Adjust the wallet of ${customer.email}` });
        await form.getByLabel('Amount').fill('100.00');
        await form.getByLabel('Reason (kept in the audit log)').fill('e2e credit');
        await form.getByRole('button', { name: 'Apply adjustment' }).click();
        await form.waitFor({ state: 'detached' });
      },
    ],
    [
      'the customer buys the first available plan with the wallet and sees the success screen',
      async (page) => {
        await logIn(page);
        await page.goto(url('/'));
        await page.getByRole('link', { name: 'Buy' }).first().click();
        await page.waitForURL(/\/checkout\//);
        await page.getByRole('button', { name: /^Pay / }).click();
        await page.getByRole('heading', { name: 'Payment received' }).waitFor();
      },
    ],
    [
      'the service shows a link, a QR code and a subscription URL that answers',
      async (page) => {
        await logIn(page);
        await eventually(page, '/services', (p) => p.locator('.service-card a'));
        await page.locator('.service-card a').first().click();
        await page.getByText('Link 1').waitFor();
        const link = await page.locator('.copy-field__value').first().textContent();
        if (!/^(vless|vmess|trojan|ss):\/\//.test(link ?? '')) throw new Error(`not a share link: ${link}`);
        const qr = page.getByRole('img', { name: 'QR code of the first link' });
        await qr.waitFor();
        if (!(await qr.evaluate((img) => img.complete && img.naturalWidth > 0))) throw new Error('the QR image did not load');
        const subscriptionUrl = await page.locator('.copy-field__value').filter({ hasText: '/sub/' }).first().textContent();
        const shown = new URL(subscriptionUrl.trim());
        if (!/^https?:$/.test(shown.protocol) || !shown.pathname.startsWith('/sub/')) throw new Error(`not a subscription URL: ${subscriptionUrl}`);
        // The backend builds it on app.public-base-url (http://127.0.0.1:8080 unless configured), which is not the
        // port a test backend listens on: ask the backend under test for the same path.
        const feedUrl = new URL(shown.pathname + shown.search, apiTarget);
        const feed = await fetch(feedUrl);
        if (!feed.ok || !(await feed.text()).trim()) throw new Error(`GET ${feedUrl} (shown as ${shown}) answered ${feed.status}`);
      },
    ],
    [
      'an admin adds a server and tests it, syncs a demo panel, creates a plan and sees it in the shop',
      async (page) => {
        await logIn(page, adminUser);
        await page.goto(url('/admin/servers'));
        await page.getByRole('button', { name: 'Add a server' }).click();
        const add = page.getByRole('form', { name: 'Add a server' });
        await add.getByLabel('Name', { exact: true }).fill(`E2E Server ${Date.now()}`);
        await add.getByLabel('Panel URL').fill('https://e2e-panel.example.invalid:2053/panel/');
        await add.getByLabel('Panel user name').fill('admin');
        await add.getByLabel('Panel password').fill('e2e-panel-password');
        await add.getByLabel('Public host').fill('e2e-panel.example.invalid');
        await add.getByLabel('Country code').fill('FI');
        await add.getByRole('button', { name: 'Save and test the connection' }).click();
        // Saved either way; an .invalid host cannot answer, so the test reports it unreachable.
        await add.getByRole('status').waitFor();

        // The demo profile's seeded panels answer from the in-memory demo panel.
        const sync = page.getByRole('button', { name: /^Sync the inbounds of .*[Dd]emo/ }).first();
        await sync.click();
        await page.getByText(/inbounds? synced\./).waitFor();

        await page.goto(url('/admin/plans'));
        await page.getByRole('button', { name: 'Add a plan' }).click();
        const plan = page.getByRole('form', { name: 'Add a plan' });
        await plan.getByLabel('Name', { exact: true }).fill(planName);
        await plan.getByLabel('Price').fill('3.33');
        await plan.getByLabel('Protocol').selectOption('vless');
        await plan.locator('input[name=inboundIds]:not([disabled])').first().check();
        await plan.getByRole('button', { name: 'Save' }).click();
        await page.getByRole('cell', { name: planName, exact: true }).waitFor();

        await eventually(page, '/', (p) => p.getByRole('article', { name: planName }), 30);
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
