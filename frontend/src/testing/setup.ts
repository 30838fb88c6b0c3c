import { cleanup, configure } from '@testing-library/react';
import { authSession } from '@/lib/auth-session';
import { resetDb } from './mocks/db';
import { server } from './mocks/server';

// jsdom has no object URLs; the QR images of the services screens need them.
if (typeof URL !== 'undefined' && !URL.createObjectURL) {
  let next = 0;
  URL.createObjectURL = () => `blob:mock/${++next}`;
  URL.revokeObjectURL = () => {};
}

// Role queries skip the (slow, in jsdom) visibility check; no test here relies on hidden content.
// findBy/waitFor wait up to 5 s: the machine is shared and a whole-app screen may take a while.
configure({ defaultHidden: true, asyncUtilTimeout: 5000 });

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
