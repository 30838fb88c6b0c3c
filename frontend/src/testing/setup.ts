import { cleanup } from '@testing-library/react';
import { authSession } from '@/lib/auth-session';
import { resetDb } from './mocks/db';
import { server } from './mocks/server';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetDb());
afterEach(() => {
  cleanup();
  server.resetHandlers();
  authSession.clear();
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});
afterAll(() => server.close());
