// Shared e2e plumbing: the built SPA served by vite preview, Debian's Chromium through
// playwright-core, and a tiny runner that prints "e2e: N passed, M failed".
// Teardown follows toolchain.md G15: programmatic preview() + server.close(), never a spawned vite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Serves dist/ on 127.0.0.1; with `apiTarget`, /api and /sub are proxied to a running backend. */
export async function startPreview({ port = 4173, apiTarget } = {}) {
  // Keep the browser's Host (no changeOrigin), or the backend sees a cross-origin POST and answers 403.
  const proxy = apiTarget ? { '/api': { target: apiTarget }, '/sub': { target: apiTarget } } : undefined;
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, proxy } });
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** A throw-away Chromium profile (caches included, so nothing lands in ~/.cache). */
export async function launchBrowser() {
  const profile = await mkdtemp(join(tmpdir(), '1000proxy-e2e-'));
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CACHE_HOME: join(profile, 'cache'), XDG_CONFIG_HOME: join(profile, 'config') },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs named steps in order, each with a fresh page; prints the closing line CI reads. */
export async function runSteps(context, steps) {
  let passed = 0;
  let failed = 0;
  for (const [name, step] of steps) {
    const page = await context.newPage();
    const started = Date.now();
    try {
      await step(page);
      passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    } finally {
      await page.close();
    }
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0;
}
