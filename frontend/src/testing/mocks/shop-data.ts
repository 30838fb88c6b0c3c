/** The mock backend's shop: wallets, orders, payments, delivered clients and API keys (api.md shapes). */
type Money = { amount: string; currency: string };

export type MockTransaction = {
  id: number;
  userId: number;
  type: 'TOP_UP' | 'PURCHASE' | 'REFUND' | 'ADJUSTMENT';
  amount: Money;
  balanceAfter: Money;
  reference: string | null;
  createdAt: string;
};

export type MockOrderItem = { id: number; serverPlanId: number; quantity: number; unitAmount: Money; totalAmount: Money };

export type MockOrder = {
  id: number;
  userId: number;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  items: MockOrderItem[];
  totalAmount: Money;
  grandAmount: Money;
  currency: string;
  invoice: { number: string; status: string; amount: Money; issuedAt: string; paidAt: string | null } | null;
  createdAt: string;
  clients: unknown[];
  /** The client a renewal extends (mock only). */
  renews?: number;
};

export type MockPayment = {
  id: number;
  userId: number;
  method: string;
  provider: string;
  purpose: 'ORDER' | 'TOP_UP';
  orderId: number | null;
  status: string;
  providerStatus: string | null;
  amount: Money;
  invoiceUrl: string | null;
  payAddress: string | null;
  payAmount: string | null;
  actuallyPaid: string | null;
  payCurrency: string | null;
  payExtraId?: string | null;
  expiresAt: string | null;
  createdAt: string;
};

export type MockClient = {
  id: number;
  userId: number;
  orderId: number;
  status: string;
  protocol: string;
  server: { name: string; location: string };
  email: string;
  expiresAt: string;
  maxConnections: number;
  traffic: { upBytes: number; downBytes: number; totalBytes: number | null };
  links: string[];
  subscriptionUrl: string;
};

export type MockApiKey = {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  active: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export const shop = {
  balances: new Map<number, string>(),
  transactions: [] as MockTransaction[],
  orders: [] as MockOrder[],
  payments: [] as MockPayment[],
  clients: [] as MockClient[],
  apiKeys: [] as MockApiKey[],
  /** Idempotency-Key → the first answer's body and status. */
  idempotency: new Map<string, { status: number; body: unknown }>(),
  sequence: 1000,
};

export const usd = (amount: string): Money => ({ amount, currency: 'USD' });
export const nextId = () => ++shop.sequence;
const DAY = 86_400_000;
const GB = 1024 ** 3;
export const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

export function aClient(overrides: Partial<MockClient> = {}): MockClient {
  const id = overrides.id ?? nextId();
  return {
    id,
    userId: 1,
    orderId: 900,
    status: 'ACTIVE',
    protocol: 'vless',
    server: { name: 'Frankfurt 1', location: 'DE' },
    email: `u1-${id}@1000proxy`,
    expiresAt: isoIn(12 * DAY),
    maxConnections: 1,
    traffic: { upBytes: 3 * GB, downBytes: 28.5 * GB, totalBytes: 100 * GB },
    links: [`vless://5f0c-${id}@de1.example.net:443?security=reality&type=tcp#Frankfurt%201`],
    subscriptionUrl: `http://localhost/sub/token-${id}`,
    ...overrides,
  };
}

export function resetShop() {
  shop.sequence = 1000;
  shop.balances = new Map([
    [1, '50.00'],
    [2, '0.00'],
  ]);
  shop.transactions = [
    { id: 1, userId: 1, type: 'TOP_UP', amount: usd('60.00'), balanceAfter: usd('60.00'), reference: 'payment:41', createdAt: isoIn(-20 * DAY) },
    { id: 2, userId: 1, type: 'PURCHASE', amount: usd('-9.99'), balanceAfter: usd('50.01'), reference: 'order:900', createdAt: isoIn(-18 * DAY) },
    { id: 3, userId: 1, type: 'ADJUSTMENT', amount: usd('-0.01'), balanceAfter: usd('50.00'), reference: 'rounding', createdAt: isoIn(-17 * DAY) },
  ];
  shop.orders = [
    {
      id: 900,
      userId: 1,
      status: 'COMPLETED',
      paymentStatus: 'PAID',
      paymentMethod: 'wallet',
      items: [{ id: 1, serverPlanId: 100, quantity: 1, unitAmount: usd('9.99'), totalAmount: usd('9.99') }],
      totalAmount: usd('9.99'),
      grandAmount: usd('9.99'),
      currency: 'USD',
      invoice: { number: 'INV-2026-000001', status: 'PAID', amount: usd('9.99'), issuedAt: isoIn(-18 * DAY), paidAt: isoIn(-18 * DAY) },
      createdAt: isoIn(-18 * DAY),
      clients: [],
    },
  ];
  shop.payments = [];
  shop.clients = [
    aClient({ id: 501, orderId: 900 }),
    aClient({
      id: 502,
      orderId: 900,
      protocol: 'trojan',
      server: { name: 'Amsterdam 2', location: 'NL' },
      traffic: { upBytes: 1 * GB, downBytes: 2 * GB, totalBytes: null },
      expiresAt: isoIn(-2 * DAY),
      status: 'EXPIRED',
      links: ['trojan://secret-502@nl2.example.net:443#Amsterdam%202'],
    }),
  ];
  shop.apiKeys = [];
  shop.idempotency = new Map();
}

export function snapshotShop() {
  return { ...shop, balances: [...shop.balances], idempotency: [] };
}

export function restoreShop(saved: ReturnType<typeof snapshotShop> | undefined) {
  if (!saved) return;
  Object.assign(shop, saved, { balances: new Map(saved.balances), idempotency: new Map() });
}

/** Adds a signed amount to a wallet, writing the ledger entry; returns the entry. */
export function postToWallet(userId: number, type: MockTransaction['type'], amount: string, reference: string | null) {
  const cents = toCents(shop.balances.get(userId) ?? '0.00') + toCents(amount);
  const balance = fromCents(cents);
  shop.balances.set(userId, balance);
  const entry: MockTransaction = {
    id: nextId(),
    userId,
    type,
    amount: usd(fromCents(toCents(amount))),
    balanceAfter: usd(balance),
    reference,
    createdAt: new Date().toISOString(),
  };
  shop.transactions.unshift(entry);
  return entry;
}

// The mock may count in cents; the SPA never turns money into numbers.
export const toCents = (amount: string) => Math.round(Number(amount) * 100);
export const fromCents = (cents: number) => (cents < 0 ? '-' : '') + (Math.abs(cents) / 100).toFixed(2);

/** Delivers a paid order: its clients (or, for a renewal, a longer expiry). */
export function deliver(order: MockOrder, plan: { durationDays: number; maxConnections: number; bandwidthLimitGb: number | null; protocol: string }) {
  order.status = 'COMPLETED';
  order.paymentStatus = 'PAID';
  if (order.invoice) Object.assign(order.invoice, { status: 'PAID', paidAt: new Date().toISOString() });
  if (order.renews) {
    const client = shop.clients.find((c) => c.id === order.renews);
    if (client) Object.assign(client, { status: 'ACTIVE', expiresAt: isoIn(plan.durationDays * DAY) });
    return;
  }
  for (const item of order.items) {
    for (let i = 0; i < item.quantity; i += 1) {
      shop.clients.unshift(
        aClient({
          userId: order.userId,
          orderId: order.id,
          protocol: plan.protocol,
          maxConnections: plan.maxConnections,
          expiresAt: isoIn(plan.durationDays * DAY),
          traffic: { upBytes: 0, downBytes: 0, totalBytes: plan.bandwidthLimitGb === null ? null : plan.bandwidthLimitGb * GB },
        }),
      );
    }
  }
}
