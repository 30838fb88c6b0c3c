/**
 * A `next` target from the URL, only if it is a path on this site: no `//host`, no backslash
 * (`/\host`) and no whitespace or control characters (browsers drop a tab: `/<TAB>/host`).
 */
export function safeRedirect(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\s\p{Cc}]/u.test(next)) return fallback;
  return next;
}

/** The login page's address that comes back to `path` afterwards. */
export function loginPath(path: string): string {
  return `/login?next=${encodeURIComponent(path)}`;
}
