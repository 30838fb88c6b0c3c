import { http } from 'msw';
import { admin, aServer, panelInbounds, type MockServer } from './admin-data';
import { brands, categories, db, type MockPlan } from './db';
import { fail, ok } from './envelope';
import { api, body, guarded, paged, userOf, type Body } from './http';
import { isoIn, postToWallet, shop, usd } from './shop-data';

const ADMIN = ['ADMIN'];
const adminOnly: typeof guarded = (resolver) => guarded(resolver, ADMIN);
const byId = <T extends { id: number }>(items: T[], id: unknown) => items.find((item) => String(item.id) === String(id));

/** Checks a server as the backend's ServerRequestParser does: every bad field at once. */
function serverErrors(input: Body, creating: boolean) {
  const errors: Record<string, string[]> = {};
  if (!input.name?.trim()) errors.name = ['is required'];
  if (!/^https?:\/\/[^/?#@\s]+/.test(input.panelUrl ?? '')) errors.panelUrl = ["must be an absolute http(s) URL with the panel's web base path, without credentials, query or fragment"];
  if (!/^[A-Za-z0-9.\-:[\]]+$/.test(input.publicHost ?? '')) errors.publicHost = ['must be a host name or an IP address'];
  if (!/^[A-Za-z]{2}$/.test(input.location ?? '')) errors.location = ['must be an ISO 3166-1 alpha-2 country code'];
  if (!Number.isInteger(input.capacity) || input.capacity < 1) errors.capacity = ['must be from 1 to 100000'];
  if (creating && !input.password && !input.apiToken) errors.password = ['is required unless an API token is given'];
  if (!categories.some((c) => c.id === Number(input.categoryId))) errors.categoryId = ['does not exist'];
  if (!brands.some((b) => b.id === Number(input.brandId))) errors.brandId = ['does not exist'];
  return errors;
}

const publicServer = (server: MockServer) => server;

/** A catalog plan as admins read it: ids of its labels and its pool. */
const adminPlan = (plan: MockPlan) => ({
  id: plan.id,
  name: plan.name,
  description: plan.description,
  price: plan.price,
  durationDays: plan.durationDays,
  maxConnections: plan.maxConnections,
  bandwidthLimitGb: plan.bandwidthLimitGb,
  protocol: plan.protocol,
  categoryId: plan.category.id,
  brandId: plan.brand.id,
  inboundIds: admin.pools.get(plan.id) ?? [],
  active: !admin.inactivePlans.has(plan.id),
});

function planFrom(input: Body, id: number): { plan: MockPlan } | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  if (!input.name?.trim()) errors.name = ['is required'];
  if (!/^\d+(\.\d{1,2})?$/.test(input.price?.amount ?? '') || Number(input.price?.amount) <= 0) errors.price = ['must be a positive decimal amount string'];
  if (!(input.durationDays >= 1)) errors.durationDays = ['must be from 1 to 3650'];
  if (!(input.maxConnections >= 1)) errors.maxConnections = ['must be from 1 to 100'];
  const pool = (input.inboundIds ?? []).map(Number);
  const inbounds = pool.map((inboundId: number) => admin.inbounds.find((inbound) => inbound.id === inboundId));
  if (inbounds.some((inbound: unknown) => !inbound)) errors.inboundIds = ['must be existing inbounds'];
  else if (inbounds.some((inbound: { protocol: string }) => inbound.protocol !== input.protocol)) errors.inboundIds = ['must all speak the plan protocol'];
  if (Object.keys(errors).length) return { errors };
  const locations = [...new Set(inbounds.map((inbound: { serverId: number }) => byId(admin.servers, inbound.serverId)!.location))] as string[];
  const plan: MockPlan = {
    id,
    name: input.name,
    description: input.description || null,
    price: { amount: input.price.amount, currency: input.price.currency },
    durationDays: input.durationDays,
    maxConnections: input.maxConnections,
    bandwidthLimitGb: input.bandwidthLimitGb ?? null,
    protocol: input.protocol,
    category: byId(categories, input.categoryId) ?? categories[0],
    brand: byId(brands, input.brandId) ?? brands[0],
    locations,
    available: pool.length > 0,
  };
  return { plan };
}

function savePlan(input: Body, id: number) {
  const result = planFrom(input, id);
  if ('errors' in result) return fail(400, 'The request is invalid', result.errors);
  db.plans = [...db.plans.filter((p) => p.id !== id), result.plan];
  admin.pools.set(id, (input.inboundIds ?? []).map(Number));
  if (input.active === false) admin.inactivePlans.add(id);
  else admin.inactivePlans.delete(id);
  return null;
}

const labelList = (kind: string) => (kind === 'server-categories' ? categories : brands);

export const adminHandlers = [
  http.get(api('/admin/stats'), adminOnly(() => {
    const days = Array.from({ length: 14 }, (_, i) => {
      const date = isoIn((i - 13) * 86_400_000).slice(0, 10);
      const orders = [2, 3, 1, 4, 6, 3, 5, 7, 4, 8, 6, 9, 7, 10][i];
      return { date, orders, revenue: usd((orders * 9.99).toFixed(2)) };
    });
    return ok({
      days,
      activeClients: shop.clients.filter((c) => c.status === 'ACTIVE').length,
      users: db.users.length,
      jobs: { queued: 2, running: 1, dead: admin.jobs.filter((j) => j.status === 'DEAD').length },
    });
  })),

  http.get(api('/admin/servers'), adminOnly(({ request }) => ok(paged(request, admin.servers.map(publicServer))))),
  http.post(api('/admin/servers'), adminOnly(async ({ request }) => {
    const input = await body(request);
    const errors = serverErrors(input, true);
    if (Object.keys(errors).length) return fail(400, 'The request is invalid', errors);
    const server = aServer({ ...input, hasApiToken: Boolean(input.apiToken), lastSyncedAt: null, detectedDialect: null, dialect: input.dialect || 'auto' });
    delete (server as Body).password;
    delete (server as Body).apiToken;
    admin.servers.push(server);
    return ok(server, 201);
  })),
  http.put(api('/admin/servers/:id'), adminOnly(async ({ request, params }) => {
    const server = byId(admin.servers, params.id);
    if (!server) return fail(404, 'Server not found');
    const input = await body(request);
    const errors = serverErrors(input, false);
    if (Object.keys(errors).length) return fail(400, 'The request is invalid', errors);
    const { password: _p, apiToken, ...settings } = input;
    Object.assign(server, settings, { hasApiToken: apiToken === undefined ? server.hasApiToken : Boolean(apiToken) });
    return ok(server);
  })),
  http.delete(api('/admin/servers/:id'), adminOnly(({ params }) => {
    const server = byId(admin.servers, params.id);
    if (!server) return fail(404, 'Server not found');
    const used = admin.inbounds.some((inbound) => inbound.serverId === server.id && [...admin.pools.values()].some((pool) => pool.includes(inbound.id)));
    if (used) return fail(409, 'The server is used by a plan; remove it from the plans first');
    admin.servers = admin.servers.filter((s) => s !== server);
    return ok(null);
  })),
  http.post(api('/admin/servers/:id/sync'), adminOnly(({ params }) => {
    const server = byId(admin.servers, params.id);
    if (!server) return fail(404, 'Server not found');
    if (server.panelUrl.includes('unreachable')) return fail(502, 'The panel could not be reached');
    admin.inbounds = [...admin.inbounds.filter((i) => i.serverId !== server.id), ...panelInbounds(server.id)];
    server.lastSyncedAt = new Date().toISOString();
    return ok(admin.inbounds.filter((i) => i.serverId === server.id).map(({ serverId: _s, ...i }) => i));
  })),
  http.get(api('/admin/servers/:id/inbounds'), adminOnly(({ params }) =>
    ok(admin.inbounds.filter((i) => String(i.serverId) === params.id).map(({ serverId: _s, ...i }) => i)),
  )),
  http.get(api('/admin/servers/:id/health'), adminOnly(({ params }) => {
    const server = byId(admin.servers, params.id);
    if (!server) return fail(404, 'Server not found');
    const reachable = !server.panelUrl.includes('unreachable');
    return ok({ reachable, latencyMs: reachable ? 42 : 0, dialect: reachable ? (server.dialect === 'demo' ? 'demo' : 'classic') : null, clients: reachable ? 17 : 0, checkedAt: new Date().toISOString() });
  })),

  ...['server-categories', 'server-brands'].flatMap((kind) => [
    http.get(api(`/admin/${kind}`), adminOnly(() => ok(labelList(kind)))),
    http.post(api(`/admin/${kind}`), adminOnly(async ({ request }) => {
      const { name } = await body(request);
      if (!name?.trim()) return fail(400, 'The request is invalid', { name: ['is required'] });
      const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const list = labelList(kind);
      if (list.some((l) => l.slug === slug)) return fail(409, 'A label with this slug exists');
      const label = { id: ++admin.sequence, name: name.trim(), slug };
      list.push(label);
      return ok(label, 201);
    })),
    http.put(api(`/admin/${kind}/:id`), adminOnly(async ({ request, params }) => {
      const label = byId(labelList(kind), params.id);
      if (!label) return fail(404, 'Not found');
      label.name = (await body(request)).name;
      return ok(label);
    })),
    http.delete(api(`/admin/${kind}/:id`), adminOnly(({ params }) => {
      const list = labelList(kind);
      const index = list.findIndex((l) => String(l.id) === params.id);
      if (index < 0) return fail(404, 'Not found');
      const field = kind === 'server-categories' ? 'categoryId' : 'brandId';
      if (admin.servers.some((s) => String(s[field]) === params.id)) return fail(409, 'Used by a server or plan');
      list.splice(index, 1);
      return ok(null);
    })),
  ]),

  http.get(api('/admin/server-plans'), adminOnly(({ request }) => ok(paged(request, db.plans.map(adminPlan))))),
  http.post(api('/admin/server-plans'), adminOnly(async ({ request }) => {
    const id = ++admin.sequence;
    return savePlan(await body(request), id) ?? ok(adminPlan(byId(db.plans, id)!), 201);
  })),
  http.put(api('/admin/server-plans/:id'), adminOnly(async ({ request, params }) => {
    if (!byId(db.plans, params.id)) return fail(404, 'Plan not found');
    return savePlan(await body(request), Number(params.id)) ?? ok(adminPlan(byId(db.plans, params.id)!));
  })),
  http.delete(api('/admin/server-plans/:id'), adminOnly(({ params }) => {
    if (shop.orders.some((o) => o.items.some((i) => String(i.serverPlanId) === params.id))) return fail(409, 'The plan was sold: deactivate it instead');
    db.plans = db.plans.filter((p) => String(p.id) !== params.id);
    return ok(null);
  })),

  http.get(api('/admin/orders'), adminOnly(({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    return ok(paged(request, shop.orders.filter((o) => !status || o.status === status)));
  })),

  http.get(api('/admin/users'), adminOnly(({ request }) =>
    ok(paged(request, db.users.map(({ password: _p, ...u }) => ({ ...u, createdAt: '2026-01-15T10:00:00Z', lastLoginAt: null })))),
  )),
  http.patch(api('/admin/users/:id'), adminOnly(async ({ request, params }) => {
    const user = byId(db.users, params.id);
    if (!user) return fail(404, 'User not found');
    const { role, active } = await body(request);
    if (user.id === userOf(request)!.id && (active === false || (role && role !== 'ADMIN'))) return fail(409, 'You cannot lock yourself out');
    Object.assign(user, role ? { role } : {}, active === undefined ? {} : { active });
    const { password: _p, ...view } = user;
    return ok({ ...view, createdAt: '2026-01-15T10:00:00Z', lastLoginAt: null });
  })),
  http.post(api('/admin/users/:id/wallet-adjustments'), adminOnly(async ({ request, params }) => {
    const user = byId(db.users, params.id);
    if (!user) return fail(404, 'User not found');
    const { amount, reason } = await body(request);
    const errors: Record<string, string[]> = {};
    if (!/^-?\d+(\.\d{1,2})?$/.test(amount ?? '') || Number(amount) === 0) errors.amount = ['must not be zero'];
    if (!reason?.trim()) errors.reason = ['is required (1 to 255 characters)'];
    if (Object.keys(errors).length) return fail(400, 'The request is invalid', errors);
    const { userId: _u, ...entry } = postToWallet(user.id, 'ADJUSTMENT', amount, reason);
    return ok(entry, 201);
  })),

  http.get(api('/admin/server-clients'), adminOnly(({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    return ok(paged(request, shop.clients.filter((c) => !status || c.status === status)));
  })),
  ...(['suspend', 'resume', 'reset-traffic'] as const).map((action) =>
    http.post(api(`/admin/server-clients/:id/${action}`), adminOnly(({ params }) => {
      const client = byId(shop.clients, params.id);
      if (!client) return fail(404, 'Client not found');
      if (action === 'suspend') client.status = 'SUSPENDED';
      if (action === 'resume') client.status = 'ACTIVE';
      if (action === 'reset-traffic') client.traffic = { ...client.traffic, upBytes: 0, downBytes: 0 };
      return ok(client);
    })),
  ),
  http.delete(api('/admin/server-clients/:id'), adminOnly(({ params }) => {
    const client = byId(shop.clients, params.id);
    if (!client) return fail(404, 'Client not found');
    client.status = 'DELETED';
    return ok(null);
  })),

  http.get(api('/admin/jobs'), adminOnly(({ request }) => {
    const status = new URL(request.url).searchParams.get('status');
    return ok(paged(request, admin.jobs.filter((j) => !status || j.status === status)));
  })),
  http.post(api('/admin/jobs/:id/retry'), adminOnly(({ params }) => {
    const job = byId(admin.jobs, params.id);
    if (!job) return fail(404, 'Job not found');
    if (job.status !== 'DEAD') return fail(409, 'Only a DEAD job can be retried');
    Object.assign(job, { status: 'QUEUED', attempts: 0, runAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    return ok(job);
  })),

  http.get(api('/admin/audit-log'), adminOnly(({ request }) => {
    const q = new URL(request.url).searchParams;
    const entries = admin.audit.filter((e) => (!q.get('actor') || String(e.actorUserId) === q.get('actor')) && (!q.get('action') || e.action === q.get('action')));
    return ok(paged(request, entries));
  })),
];
