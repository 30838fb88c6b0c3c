import { cleanup, configure } from '@testing-library/react';
import { authSession } from '@/lib/auth-session';
import { resetDb } from './mocks/db';
import { server } from './mocks/server';

// Role queries skip the (slow, in jsdom) visibility check; no test here relies on hidden content.
configure({ defaultHidden: true });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetDb());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  if (typeof window === 'undefined') return; // a `@vitest-environment node` file
  authSession.clear();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});
afterAll(() => server.close());
