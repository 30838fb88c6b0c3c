import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { fail, ok } from '@/testing/mocks/envelope';
import { issueTokens } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { apiRequest, setUnauthenticatedHandler } from './api-client';
import { ApiError } from './api-error';
import { authSession } from './auth-session';

const thing = z.object({ id: z.number(), name: z.string() });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiRequest', () => {
  test('unwraps the success envelope and validates the payload', async () => {
    server.use(http.get('*/api/v1/things/7', () => ok({ id: 7, name: 'seven' })));
    await expect(apiRequest('/things/7', thing)).resolves.toEqual({ id: 7, name: 'seven' });
  });

  test('sends query parameters, leaving out empty ones', async () => {
    let url = '';
    server.use(http.get('*/api/v1/things', ({ request }) => ((url = request.url), ok([]))));
    await apiRequest('/things', z.array(thing), { query: { a: 'x y', b: '', c: undefined, page: 2 } });
    expect(new URL(url).search).toBe('?a=x+y&page=2');
  });

  test('turns a validation failure into an ApiError with the field errors', async () => {
    server.use(http.post('*/api/v1/things', () => fail(400, 'Validation failed', { name: ['must not be blank'] })));
    const error = await caught(apiRequest('/things', thing, { method: 'POST', body: { name: '' } }));
    expect(error).toMatchObject({ status: 400, kind: 'http', message: 'Validation failed' });
    expect(error.fieldError('name')).toBe('must not be blank');
  });

  test('reads Retry-After from a 429', async () => {
    server.use(http.get('*/api/v1/things', () => HttpResponse.json({ success: false, message: 'Slow down', errors: null }, { status: 429, headers: { 'Retry-After': '30' } })));
    expect(await caught(apiRequest('/things', thing))).toMatchObject({ status: 429, retryAfterSeconds: 30 });
  });

  test('reports a body that breaks the contract as an invalid response, not as data', async () => {
    server.use(http.get('*/api/v1/things/1', () => ok({ id: '1' })));
    expect(await caught(apiRequest('/things/1', thing))).toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  test('reports an error status without an envelope by its status', async () => {
    server.use(http.get('*/api/v1/things', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })));
    expect(await caught(apiRequest('/things', thing))).toMatchObject({ status: 502, kind: 'http' });
  });

  test('reports a network failure as such', async () => {
    server.use(http.get('*/api/v1/things', () => HttpResponse.error()));
    expect(await caught(apiRequest('/things', thing))).toMatchObject({ status: 0, kind: 'network' });
  });
});

describe('the session', () => {
  const signIn = () => authSession.start(issueTokens(1));
  const meHandler = (seen: string[]) =>
    http.get('*/api/v1/me', ({ request }) => {
      const auth = request.headers.get('Authorization') ?? '';
      seen.push(auth);
      return auth === 'Bearer access-2' ? ok({ id: 1, name: 'Ann' }) : fail(401, 'Unauthorized');
    });

  test('sends the access token as a bearer token, and none to the public auth endpoints', async () => {
    signIn();
    const seen: (string | null)[] = [];
    server.use(http.all('*/api/v1/*', ({ request }) => (seen.push(request.headers.get('Authorization')), ok({ id: 1, name: 'x' }))));
    await apiRequest('/things/1', thing);
    await apiRequest('/auth/login', thing, { method: 'POST', body: {}, anonymous: true });
    expect(seen).toEqual(['Bearer access-1', null]);
  });

  test('on a 401 refreshes once, retries with the new token and keeps the rotated refresh token', async () => {
    signIn();
    const seen: string[] = [];
    server.use(meHandler(seen));
    await expect(apiRequest('/me', thing)).resolves.toEqual({ id: 1, name: 'Ann' });
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(authSession.refreshToken()).toBe('refresh-2');
    expect(sessionStorage.getItem('1000proxy.refreshToken')).toBe('refresh-2');
  });

  test('concurrent 401s share a single refresh, so a rotated token is never replayed', async () => {
    signIn();
    let refreshes = 0;
    server.use(
      meHandler([]),
      http.post('*/api/v1/auth/refresh', () => ((refreshes += 1), ok(issueTokens(1)))),
    );
    await Promise.all([apiRequest('/me', thing), apiRequest('/me', thing), apiRequest('/me', thing)]);
    expect(refreshes).toBe(1);
  });

  test('after a reload (the refresh token survives in sessionStorage) refreshes before the first call', async () => {
    sessionStorage.setItem('1000proxy.refreshToken', issueTokens(1).refreshToken);
    vi.resetModules();
    const reloaded = await import('./api-client');
    const seen: string[] = [];
    server.use(meHandler(seen));
    await reloaded.apiRequest('/me', thing);
    expect(seen).toEqual(['Bearer access-2']);
  });

  test('when the refresh is refused, ends the session and hands over to the login redirect', async () => {
    authSession.start({ accessToken: 'expired', refreshToken: 'revoked' });
    const onUnauthenticated = vi.fn();
    const release = setUnauthenticatedHandler(onUnauthenticated);
    const error = await caught(apiRequest('/me', thing));
    release();
    expect(error.status).toBe(401);
    expect(authSession.isSignedIn()).toBe(false);
    expect(sessionStorage.getItem('1000proxy.refreshToken')).toBeNull();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  test('a refused request sends to login the screen that sent it, not one mounted since', async () => {
    authSession.start({ accessToken: 'expired', refreshToken: 'revoked' });
    const sender = vi.fn();
    const later = vi.fn();
    const releaseSender = setUnauthenticatedHandler(sender);
    const pending = caught(apiRequest('/me', thing));
    releaseSender();
    const releaseLater = setUnauthenticatedHandler(later);
    await pending;
    releaseLater();
    expect(sender).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
  });

  test('a 401 from the login endpoint is just a wrong password: no refresh, no redirect', async () => {
    const onUnauthenticated = vi.fn();
    const release = setUnauthenticatedHandler(onUnauthenticated);
    const error = await caught(apiRequest('/auth/login', thing, { method: 'POST', body: { email: 'a@b.c', password: 'nope' }, anonymous: true }));
    release();
    expect(error).toMatchObject({ status: 401, message: 'Invalid email or password' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
