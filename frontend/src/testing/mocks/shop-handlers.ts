import { http, HttpResponse } from 'msw';
import { renderSVG } from 'uqr';
import { db } from './db';
import { fail, ok } from './envelope';
import { api, body, guarded, paged, userOf } from './http';
import { deliver, fromCents, isoIn, nextId, postToWallet, shop, toCents, usd, type MockOrder, type MockPayment } from './shop-data';

const own = <T extends { userId: number }>(items: T[], request: Request, id: unknown) => {
  const user = userOf(request)!;
  return items.find((item) => String((item as { id?: unknown }).id) === String(id) && (item.userId === user.id || user.role === 'ADMIN'));
};

const publicPayment = ({ userId: _user, ...payment }: MockPayment) => payment;
const publicOrder = ({ userId: _user, renews: _renews, ...order }: MockOrder) => order;
const publicClient = ({ userId: _user, ...client }: (typeof shop.clients)[number]) => client;

/** A gateway payment waiting for the customer, as the demo gateway opens it. */
function cryptoPayment(userId: number, purpose: MockPayment['purpose'], amount: string, orderId: number | null, coin?: string): MockPayment {
  const id = nextId();
  const payCurrency = (coin || 'btc').toLowerCase();
  return {
    id,
    userId,
    method: 'nowpayments',
    provider: 'demo',
    purpose,
    orderId,
    status: 'PENDING',
    providerStatus: 'waiting',
    amount: usd(amount),
    invoiceUrl: null,
    payAddress: payCurrency === 'btc' ? 'bc1qdemo0address0for0payment0' + id : `demo-${payCurrency}-address-${id}`,
    payAmount: (Number(amount) / 60000).toFixed(8),
    actuallyPaid: null,
    payCurrency,
    payExtraId: payCurrency === 'ton' ? `memo-${id}` : null,
    expiresAt: isoIn(20 * 60_000),
    createdAt: new Date().toISOString(),
  };
}

/** Places an order as POST /orders and POST /server-clients/{id}/renew do; an error response or {order, payment}. */
function place(userId: number, lines: { serverPlanId: number; quantity: number }[], method: string, coin?: string, renews?: number) {
  const items = lines.map((line) => {
    const plan = db.plans.find((p) => p.id === Number(line.serverPlanId))!;
    const total = fromCents(toCents(plan.price.amount) * line.quantity);
    return { id: nextId(), serverPlanId: plan.id, quantity: line.quantity, unitAmount: plan.price, totalAmount: usd(total) };
  });
  const total = fromCents(items.reduce((sum, item) => sum + toCents(item.totalAmount.amount), 0));
  const balance = shop.balances.get(userId) ?? '0.00';
  if (method === 'wallet' && toCents(balance) < toCents(total)) {
    return { error: fail(409, `Insufficient wallet balance: ${balance} USD available, ${total} needed`) };
  }
  const orderId = nextId();
  const order: MockOrder = {
    id: orderId,
    userId,
    status: 'PENDING',
    paymentStatus: 'PENDING',
    paymentMethod: method,
    items,
    totalAmount: usd(total),
    grandAmount: usd(total),
    currency: 'USD',
    invoice: { number: `INV-2026-${String(orderId).padStart(6, '0')}`, status: 'ISSUED', amount: usd(total), issuedAt: new Date().toISOString(), paidAt: null },
    createdAt: new Date().toISOString(),
    clients: [],
    renews,
  };
  shop.orders.unshift(order);
  let payment: MockPayment;
  if (method === 'wallet') {
    postToWallet(userId, 'PURCHASE', `-${total}`, `order:${orderId}`);
    payment = { ...cryptoPayment(userId, 'ORDER', total, orderId), method: 'wallet', provider: 'wallet', status: 'PAID', providerStatus: null, payAddress: null, payAmount: null, payCurrency: null, expiresAt: null };
    deliver(order, db.plans.find((p) => p.id === items[0].serverPlanId)!);
  } else {
    payment = cryptoPayment(userId, 'ORDER', total, orderId, coin);
  }
  shop.payments.push(payment);
  return { placed: { order: publicOrder(order), payment: publicPayment(payment) } };
}

/** Replays the first answer for a repeated Idempotency-Key (api.md), else records this one. */
function idempotent(request: Request, run: () => Response | Promise<Response>) {
  const key = request.headers.get('Idempotency-Key');
  const scoped = key && `${userOf(request)!.id}:${new URL(request.url).pathname}:${key}`;
  const first = scoped ? shop.idempotency.get(scoped) : undefined;
  if (first) return HttpResponse.json(first.body as never, { status: first.status });
  return Promise.resolve(run()).then(async (response) => {
    if (scoped && response.status < 500) shop.idempotency.set(scoped, { status: response.status, body: await response.clone().json() });
    return response;
  });
}

const GATEWAY_WORDS: Record<string, string> = { finished: 'PAID', partially_paid: 'PARTIALLY_PAID', expired: 'EXPIRED', failed: 'FAILED', waiting: 'PENDING', confirming: 'PENDING' };

/** Moves a payment as a verified gateway notification would, delivering its order or top-up once. */
export function settlePayment(payment: MockPayment, word: string) {
  if (['PAID', 'EXPIRED', 'FAILED', 'REFUNDED'].includes(payment.status)) return;
  payment.status = GATEWAY_WORDS[word] ?? payment.status;
  payment.providerStatus = word;
  const order = shop.orders.find((o) => o.id === payment.orderId);
  if (payment.status === 'PAID') {
    payment.actuallyPaid = payment.payAmount;
    if (payment.purpose === 'TOP_UP') postToWallet(payment.userId, 'TOP_UP', payment.amount.amount, `payment:${payment.id}`);
    if (order) deliver(order, db.plans.find((p) => p.id === order.items[0].serverPlanId)!);
  } else if (order && payment.status !== 'PENDING') {
    order.paymentStatus = payment.status;
    if (payment.status === 'EXPIRED' || payment.status === 'FAILED') order.status = payment.status;
  }
}

export const shopHandlers = [
  http.get(api('/server-plans/:id'), ({ params }) => {
    const plan = db.plans.find((p) => String(p.id) === params.id);
    return plan ? ok(plan) : fail(404, 'Plan not found');
  }),

  http.post(api('/orders'), guarded(async ({ request }) => {
    const input = await body(request);
    return idempotent(request, () => {
      const errors: Record<string, string[]> = {};
      const lines = Array.isArray(input.items) ? input.items : [];
      if (lines.length < 1 || lines.length > 10) errors.items = ['must hold 1 to 10 items'];
      lines.forEach((line: { serverPlanId?: number; quantity?: number }, index: number) => {
        if (!Number.isInteger(line.quantity) || line.quantity! < 1 || line.quantity! > 100) errors[`items[${index}].quantity`] = ['must be from 1 to 100'];
        if (!db.plans.some((p) => p.id === Number(line.serverPlanId))) errors.items = [`plan ${line.serverPlanId} does not exist or is not on sale`];
      });
      if (!['wallet', 'nowpayments'].includes(input.paymentMethod)) errors.paymentMethod = ['must be wallet or nowpayments'];
      if (Object.keys(errors).length) return fail(400, 'The request is invalid', errors);
      const result = place(userOf(request)!.id, lines, input.paymentMethod, input.payCurrency);
      return result.error ?? ok(result.placed, 201);
    });
  })),
  http.get(api('/orders'), guarded(({ request }) => {
    const user = userOf(request)!;
    return ok(paged(request, shop.orders.filter((o) => o.userId === user.id).map(publicOrder)));
  })),
  http.get(api('/orders/:id'), guarded(({ request, params }) => {
    const order = own(shop.orders, request, params.id);
    return order ? ok(publicOrder(order)) : fail(404, 'Order not found');
  })),
  http.post(api('/orders/:id/cancel'), guarded(({ request, params }) => {
    const order = own(shop.orders, request, params.id);
    if (!order) return fail(404, 'Order not found');
    if (order.status !== 'PENDING') return fail(409, 'Only an unpaid, open order can be cancelled');
    Object.assign(order, { status: 'CANCELLED', paymentStatus: 'FAILED' });
    return ok(publicOrder(order));
  })),

  http.get(api('/payments/:id'), guarded(({ request, params }) => {
    const payment = own(shop.payments, request, params.id);
    return payment ? ok(publicPayment(payment)) : fail(404, 'Payment not found');
  })),
  http.post(api('/payments/:id/refresh'), guarded(({ request, params }) => {
    const payment = own(shop.payments, request, params.id);
    return payment ? ok(publicPayment(payment)) : fail(404, 'Payment not found');
  })),
  http.post(api('/payments/:id/simulate'), guarded(async ({ request, params }) => {
    const payment = own(shop.payments, request, params.id);
    if (!payment || payment.provider !== 'demo') return fail(404, 'Payment not found');
    const { status } = await body(request);
    if (!GATEWAY_WORDS[status]) return fail(400, 'The request is invalid', { status: ['must be a NowPayments status'] });
    settlePayment(payment, status);
    return ok(publicPayment(payment));
  })),

  http.get(api('/wallet'), guarded(({ request }) => {
    return ok({ balance: usd(shop.balances.get(userOf(request)!.id) ?? '0.00') });
  })),
  http.get(api('/wallet/transactions'), guarded(({ request }) => {
    const user = userOf(request)!;
    return ok(paged(request, shop.transactions.filter((t) => t.userId === user.id).map(({ userId: _u, ...t }) => t)));
  })),
  http.post(api('/wallet/top-ups'), guarded(async ({ request }) => {
    const { amount, payCurrency } = await body(request);
    return idempotent(request, () => {
      if (!/^\d+(\.\d{1,2})?$/.test(String(amount ?? '')) || toCents(amount) <= 0) {
        return fail(400, 'The request is invalid', { amount: ['must be a decimal amount such as "20.00"'] });
      }
      const payment = cryptoPayment(userOf(request)!.id, 'TOP_UP', fromCents(toCents(amount)), null, payCurrency);
      shop.payments.push(payment);
      return ok(publicPayment(payment), 201);
    });
  })),

  http.get(api('/server-clients'), guarded(({ request }) => {
    const user = userOf(request)!;
    return ok({ ...paged(request, shop.clients.filter((c) => c.userId === user.id && c.status !== 'DELETED').map(publicClient)), accountSubscriptionUrl: `http://localhost/sub/u/account-${user.id}` });
  })),
  http.get(api('/server-clients/:id'), guarded(({ request, params }) => {
    const client = own(shop.clients, request, params.id);
    return client ? ok(publicClient(client)) : fail(404, 'Client not found');
  })),
  http.get(api('/server-clients/:id/qr'), guarded(({ request, params }) => {
    const client = own(shop.clients, request, params.id);
    if (!client) return fail(404, 'Client not found');
    const subscription = new URL(request.url).searchParams.get('target') === 'subscription';
    const svg = renderSVG(subscription ? client.subscriptionUrl : client.links[0], { border: 2 });
    return new HttpResponse(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  })),
  http.post(api('/server-clients/:id/renew'), guarded(async ({ request, params }) => {
    const client = own(shop.clients, request, params.id);
    if (!client) return fail(404, 'Client not found');
    const { paymentMethod, payCurrency } = await body(request);
    const planId = shop.orders.find((o) => o.id === client.orderId)?.items[0].serverPlanId ?? 100;
    const result = place(client.userId, [{ serverPlanId: planId, quantity: 1 }], paymentMethod, payCurrency, client.id);
    return result.error ?? ok(result.placed, 201);
  })),
  http.post(api('/server-clients/:id/rotate-subscription'), guarded(({ request, params }) => {
    const client = own(shop.clients, request, params.id);
    if (!client) return fail(404, 'Client not found');
    client.subscriptionUrl = `http://localhost/sub/rotated-${nextId()}`;
    return ok({ subscriptionUrl: client.subscriptionUrl });
  })),

  http.get(api('/me/api-keys'), guarded(({ request }) => {
    const user = userOf(request)!;
    return ok(shop.apiKeys.filter((k) => k.userId === user.id).map(({ userId: _u, ...k }) => k));
  }, ['RESELLER', 'ADMIN'])),
  http.post(api('/me/api-keys'), guarded(async ({ request }) => {
    const { name } = await body(request);
    if (!name?.trim()) return fail(400, 'Validation failed', { name: ['must not be blank'] });
    const id = nextId();
    const prefix = `tp_${id}`;
    shop.apiKeys.push({ id, userId: userOf(request)!.id, name, prefix, active: true, createdAt: new Date().toISOString(), lastUsedAt: null, revokedAt: null });
    return ok({ id, name, prefix, key: `${prefix}.s3cr3t-only-shown-once` }, 201);
  }, ['RESELLER', 'ADMIN'])),
  http.delete(api('/me/api-keys/:id'), guarded(({ request, params }) => {
    const key = own(shop.apiKeys, request, params.id);
    if (!key) return fail(404, 'API key not found');
    Object.assign(key, { active: false, revokedAt: new Date().toISOString() });
    return ok(null);
  }, ['RESELLER', 'ADMIN'])),
];
