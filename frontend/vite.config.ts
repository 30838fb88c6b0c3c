/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** In `--mode mock`, serves MSW's service worker straight from node_modules (no vendored copy). */
const mockServiceWorker = (): Plugin => ({
  name: 'mock-service-worker',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(readFileSync(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url)));
    });
  },
});

/**
 * Forwards /api and /sub to the backend keeping the browser's Host, so the request stays
 * same-origin for the backend (the string shorthand would rewrite Host, and Spring then refuses
 * the POSTs as cross-origin with a 403).
 */
const backendProxy = (target: string) => ({
  '/api': { target, changeOrigin: false },
  '/sub': { target, changeOrigin: false },
});

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'mock' ? [mockServiceWorker()] : [])],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: { host: '127.0.0.1', proxy: backendProxy('http://127.0.0.1:8080') },
  build: {
    rolldownOptions: {
      output: {
        // React, the router and the query/validation libraries change less often than our code:
        // their own chunk stays cached across releases.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|zod)[\\/]/ }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    // The machine is shared and loaded: a whole-app test may take seconds.
    testTimeout: 20_000,
    // One worker thread reuses its environment across files: half the CPU of isolated forks on
    // 2 cores. Safe because setup.ts resets every piece of shared state after each test.
    pool: 'threads',
    isolate: false,
  },
}));
