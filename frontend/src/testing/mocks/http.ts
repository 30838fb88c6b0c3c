import type { DefaultBodyType, HttpResponseResolver, PathParams, StrictRequest } from 'msw';
import { API_PREFIX } from '@/lib/api-client';
import { db } from './db';
import { fail } from './envelope';

/** The MSW path pattern of an API endpoint (any origin). */
export const api = (path: string) => `*${API_PREFIX}${path}`;

export type Body = Record<string, any>;
export const body = async (request: StrictRequest<DefaultBodyType>) => ((await request.json().catch(() => null)) ?? {}) as Body;

/** The signed-in user of a request (its bearer token), if any. */
export function userOf(request: Request) {
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
  const id = token ? db.accessTokens.get(token) : undefined;
  return db.users.find((user) => user.id === id);
}

/** The 401 or 403 a request deserves, or null when its user may go on. */
export function denied(request: Request, roles?: string[]) {
  const user = userOf(request);
  if (!user) return fail(401, 'Unauthorized');
  if (roles && !roles.includes(user.role)) return fail(403, 'Forbidden');
  return null;
}

/** A page of `items` for the request's `page` and `size` (api.md paging). */
export function paged<T>(request: Request, items: T[]) {
  const q = new URL(request.url).searchParams;
  const size = Number(q.get('size') ?? 20);
  const page = Number(q.get('page') ?? 0);
  return { items: items.slice(page * size, (page + 1) * size), page, size, total: items.length };
}

/** A resolver that first answers 401 without a session and 403 for the wrong role. */
export function guarded<P extends PathParams>(resolver: HttpResponseResolver<P, DefaultBodyType>, roles?: string[]): HttpResponseResolver<P, DefaultBodyType> {
  return (info) => denied(info.request, roles) ?? resolver(info);
}
