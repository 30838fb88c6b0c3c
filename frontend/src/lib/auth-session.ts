import { useSyncExternalStore } from 'react';
import type { TokenPair } from './api-schemas';

/**
 * The signed-in session. The access token lives in this module's memory only; the refresh token
 * is also kept in sessionStorage so a reload of the tab keeps the user signed in (README: "Tokens").
 */
const REFRESH_KEY = '1000proxy.refreshToken';

let accessToken: string | null = null;
const listeners = new Set<() => void>();

function readRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null) {
  try {
    if (token) sessionStorage.setItem(REFRESH_KEY, token);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // Storage disabled: the session then lasts as long as the page.
  }
}

let refreshToken: string | null = readRefreshToken();

function emit() {
  listeners.forEach((listener) => listener());
}

export const authSession = {
  accessToken: () => accessToken,
  refreshToken: () => refreshToken,
  isSignedIn: () => accessToken !== null || refreshToken !== null,
  start(tokens: TokenPair) {
    accessToken = tokens.accessToken;
    refreshToken = tokens.refreshToken;
    writeRefreshToken(refreshToken);
    emit();
  },
  clear() {
    const wasSignedIn = authSession.isSignedIn();
    accessToken = null;
    refreshToken = null;
    writeRefreshToken(null);
    if (wasSignedIn) emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** True while the tab holds a session (it may still need a refresh before the next call). */
export function useIsSignedIn(): boolean {
  return useSyncExternalStore(authSession.subscribe, authSession.isSignedIn, authSession.isSignedIn);
}
