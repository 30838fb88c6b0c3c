import { resetAdmin, restoreAdmin, snapshotAdmin } from './admin-data';
import { resetShop, restoreShop, snapshotShop } from './shop-data';

/** The mock backend's data: shaped as api.md describes, reset before each test. */
export const categories = [
  { id: 1, name: 'Gaming', slug: 'gaming' },
  { id: 2, name: 'Streaming', slug: 'streaming' },
];

export const brands = [
  { id: 10, name: 'Nebula', slug: 'nebula' },
  { id: 11, name: 'Aurora', slug: 'aurora' },
];

export type MockPlan = {
  id: number;
  name: string;
  description: string | null;
  price: { amount: string; currency: string };
  durationDays: number;
  maxConnections: number;
  bandwidthLimitGb: number | null;
  protocol: string;
  category: { id: number; name: string; slug: string };
  brand: { id: number; name: string; slug: string };
  locations: string[];
  available: boolean;
};

export function aPlan(overrides: Partial<MockPlan> = {}): MockPlan {
  return {
    id: 100,
    name: 'Starter',
    description: 'One device, one month.',
    price: { amount: '9.99', currency: 'USD' },
    durationDays: 30,
    maxConnections: 1,
    bandwidthLimitGb: 100,
    protocol: 'vless',
    category: categories[0],
    brand: brands[0],
    locations: ['DE'],
    available: true,
    ...overrides,
  };
}

export const plans: MockPlan[] = [
  aPlan(),
  aPlan({
    id: 101,
    name: 'Unlimited Family',
    description: null,
    price: { amount: '24.50', currency: 'USD' },
    durationDays: 90,
    maxConnections: 5,
    bandwidthLimitGb: null,
    protocol: 'trojan',
    category: categories[1],
    brand: brands[1],
    locations: ['NL', 'US'],
  }),
  aPlan({ id: 102, name: 'Sold Out Pro', protocol: 'vmess', locations: ['JP'], available: false }),
];

export type MockUser = { id: number; email: string; password: string; name: string; role: string; active: boolean };

export const db = {
  users: [] as MockUser[],
  plans: [] as MockPlan[],
  /** access token → user id; refresh token → user id (a used refresh token is removed: rotation). */
  accessTokens: new Map<string, number>(),
  refreshTokens: new Map<string, number>(),
  sequence: 0,
};

export function resetDb() {
  db.users = [
    { id: 1, email: 'ann@example.com', password: 'correct horse battery', name: 'Ann', role: 'CUSTOMER', active: true },
    { id: 2, email: 'admin@example.com', password: 'correct horse battery', name: 'Ada Admin', role: 'ADMIN', active: true },
  ];
  db.plans = plans.map((plan) => ({ ...plan }));
  categories.splice(0, Infinity, { id: 1, name: 'Gaming', slug: 'gaming' }, { id: 2, name: 'Streaming', slug: 'streaming' });
  brands.splice(0, Infinity, { id: 10, name: 'Nebula', slug: 'nebula' }, { id: 11, name: 'Aurora', slug: 'aurora' });
  resetShop();
  resetAdmin();
  db.accessTokens.clear();
  db.refreshTokens.clear();
  db.sequence = 0;
}

/** Mints a token pair for a user, as POST /auth/login would. */
export function issueTokens(userId: number) {
  db.sequence += 1;
  const pair = { accessToken: `access-${db.sequence}`, refreshToken: `refresh-${db.sequence}`, tokenType: 'Bearer', expiresIn: 900 };
  db.accessTokens.set(pair.accessToken, userId);
  db.refreshTokens.set(pair.refreshToken, userId);
  return pair;
}

/** The mutable part of the mock backend as JSON, so `dev:mock` survives a page reload. */
export function snapshotDb(): string {
  return JSON.stringify({
    ...db,
    accessTokens: [...db.accessTokens],
    refreshTokens: [...db.refreshTokens],
    shop: snapshotShop(),
    admin: snapshotAdmin(),
  });
}

export function restoreDb(json: string) {
  const saved = JSON.parse(json);
  db.users = saved.users;
  db.plans = saved.plans;
  restoreShop(saved.shop);
  restoreAdmin(saved.admin);
  db.accessTokens = new Map(saved.accessTokens);
  db.refreshTokens = new Map(saved.refreshTokens);
  db.sequence = saved.sequence;
}
