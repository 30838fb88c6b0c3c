/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } },
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:8080', '/sub': 'http://127.0.0.1:8080' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    globals: true,
    setupFiles: ['src/testing/setup.ts'],
    // One worker thread reuses its environment across files: half the CPU of isolated forks on
    // 2 cores. Safe because setup.ts resets every piece of shared state after each test.
    pool: 'threads',
    isolate: false,
  },
});
