import { z } from 'zod';
import { ApiError } from './api-error';
import { errorEnvelopeSchema, successEnvelope, tokenPairSchema } from './api-schemas';
import { authSession } from './auth-session';

/**
 * The one way the SPA talks to the backend: adds the bearer token, unwraps the `{success, message,
 * data}` envelope, validates the payload with zod, turns every failure into an ApiError and, on a
 * 401, refreshes the session once before giving up and sending the user to the login page.
 */
export const API_PREFIX = '/api/v1';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Public auth endpoints (login, register, refresh): no bearer token and a 401 is just an answer. */
  anonymous?: boolean;
};

let onUnauthenticated: () => void = () => {};

/** Called when a request stays 401 after the refresh; the app sends the user to the login page. */
export function setUnauthenticatedHandler(handler: () => void): () => void {
  onUnauthenticated = handler;
  return () => {
    if (onUnauthenticated === handler) onUnauthenticated = () => {};
  };
}

export async function apiRequest<T extends z.ZodType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.output<T>> {
  return readEnvelope(path, await sendWithSession(path, options), schema);
}

/**
 * A binary answer (an image) fetched with the session, e.g. a QR code that needs the bearer token
 * and so cannot be an `<img src>`; an error answer still throws the envelope's ApiError.
 */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await sendWithSession(path, { ...options, headers: { Accept: '*/*', ...options.headers } });
  if (!response.ok) return readEnvelope(path, response, z.never());
  return response.blob();
}

/** Sends with the bearer token; on a 401 refreshes once and retries, else ends the session. */
async function sendWithSession(path: string, options: RequestOptions): Promise<Response> {
  // The screen that sent the request is the one to leave for the login page, not whichever
  // registered a handler since (a remounted app must not be redirected by a request of the last).
  const unauthenticated = onUnauthenticated;
  let refreshed = false;
  if (!options.anonymous && !authSession.accessToken() && authSession.refreshToken()) {
    refreshed = true;
    await refreshSession();
  }
  let response = await send(path, options);
  if (response.status === 401 && !options.anonymous) {
    if (!refreshed && authSession.refreshToken() && (await refreshSession())) {
      response = await send(path, options);
    }
    if (response.status === 401) {
      authSession.clear();
      unauthenticated();
    }
  }
  return response;
}

let refreshInFlight: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new pair. Concurrent callers share one call: refresh tokens
 * rotate and the server revokes the whole family when an old one is replayed.
 */
export function refreshSession(): Promise<boolean> {
  refreshInFlight ??= exchangeRefreshToken().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function exchangeRefreshToken(): Promise<boolean> {
  const refreshToken = authSession.refreshToken();
  if (!refreshToken) return false;
  try {
    const response = await send('/auth/refresh', { method: 'POST', body: { refreshToken }, anonymous: true });
    authSession.start(await readEnvelope('/auth/refresh', response, tokenPairSchema));
    return true;
  } catch (error) {
    // A flaky network is no reason to sign the user out; a rejected token is.
    if (error instanceof ApiError && error.kind === 'network') throw error;
    authSession.clear();
    return false;
  }
}

export function apiUrl(path: string, query: QueryParams = {}): URL {
  const url = new URL(API_PREFIX + path, window.location.origin);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const token = authSession.accessToken();
  if (token && !options.anonymous) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, kind: 'network', message: 'The server could not be reached.' });
  }
}

async function readEnvelope<T extends z.ZodType>(path: string, response: Response, schema: T): Promise<z.output<T>> {
  const body = await readJson(response);
  const failure = errorEnvelopeSchema.safeParse(body);
  if (!response.ok || failure.success) {
    throw new ApiError({
      status: response.status,
      message: (failure.success && failure.data.message) || `HTTP ${response.status} ${response.statusText}`.trim(),
      fieldErrors: failure.success ? failure.data.errors : null,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  const success = successEnvelope(schema).safeParse(body);
  if (!success.success) {
    throw new ApiError({
      status: response.status,
      kind: 'invalid-response',
      message: `Unexpected answer from ${path}: ${z.prettifyError(success.error)}`,
    });
  }
  return (success.data as { data: z.output<T> }).data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number.parseInt(value, 10);
  return Number.isNaN(seconds) ? null : seconds;
}
