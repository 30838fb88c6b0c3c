import { http } from 'msw';
import { admin } from './admin-data';
import { adminHandlers } from './admin-handlers';
import { brands, categories, db, issueTokens } from './db';
import { fail, ok } from './envelope';
import { api, body, userOf } from './http';
import { shopHandlers } from './shop-handlers';

/** The API as api.md describes it: catalog, auth and /me here, the shop and admin beside. */
export const handlers = [
  http.get(api('/server-categories'), () => ok(categories)),
  http.get(api('/server-brands'), () => ok(brands)),
  http.get(api('/server-plans'), ({ request }) => {
    const q = new URL(request.url).searchParams;
    const items = db.plans.filter(
      (plan) =>
        !admin.inactivePlans.has(plan.id) &&
        (!q.get('categoryId') || String(plan.category.id) === q.get('categoryId')) &&
        (!q.get('brandId') || String(plan.brand.id) === q.get('brandId')) &&
        (!q.get('protocol') || plan.protocol === q.get('protocol')) &&
        (!q.get('location') || plan.locations.includes(q.get('location')!)) &&
        // The mock may compare prices as numbers; the SPA never does.
        (!q.get('minPrice') || Number(plan.price.amount) >= Number(q.get('minPrice'))) &&
        (!q.get('maxPrice') || Number(plan.price.amount) <= Number(q.get('maxPrice'))),
    );
    const size = Number(q.get('size') ?? 20);
    const page = Number(q.get('page') ?? 0);
    return ok({ items: items.slice(page * size, (page + 1) * size), page, size, total: items.length });
  }),

  http.post(api('/auth/register'), async ({ request }) => {
    const { email = '', password = '', name = '' } = await body(request);
    const errors: Record<string, string[]> = {};
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) errors.email = ['must be a well-formed email address'];
    if (password.length < 10) errors.password = ['size must be at least 10'];
    if (!name) errors.name = ['must not be blank'];
    if (Object.keys(errors).length) return fail(400, 'Validation failed', errors);
    if (db.users.some((user) => user.email === email)) return fail(409, 'Email already registered', { email: ['already registered'] });
    const user = { id: db.users.length + 1, email, password, name, role: 'CUSTOMER', active: true };
    db.users.push(user);
    return ok({ id: user.id, email, name, role: user.role }, 201);
  }),
  http.post(api('/auth/login'), async ({ request }) => {
    const { email, password } = await body(request);
    const user = db.users.find((u) => u.email === email && u.password === password);
    return user ? ok(issueTokens(user.id)) : fail(401, 'Invalid email or password');
  }),
  http.post(api('/auth/refresh'), async ({ request }) => {
    const { refreshToken = '' } = await body(request);
    const userId = db.refreshTokens.get(refreshToken);
    if (userId === undefined) return fail(401, 'Invalid refresh token');
    db.refreshTokens.delete(refreshToken);
    return ok(issueTokens(userId));
  }),
  http.post(api('/auth/logout'), async ({ request }) => {
    db.refreshTokens.delete((await body(request)).refreshToken ?? '');
    return ok(null);
  }),
  http.get(api('/me'), ({ request }) => {
    const user = userOf(request);
    if (!user) return fail(401, 'Unauthorized');
    const { id, email, name, role, active } = user;
    return ok({ id, email, name, role, active, createdAt: '2026-01-15T10:00:00Z', lastLoginAt: null });
  }),
  ...shopHandlers,
  ...adminHandlers,
];
