// Answers /api/v1 in the browser with api.md-shaped data, for screenshots without a backend.
const envelope = (data) => JSON.stringify({ success: true, message: 'OK', data });

const categories = [
  { id: 1, name: 'Gaming', slug: 'gaming' },
  { id: 2, name: 'Streaming', slug: 'streaming' },
];
const brands = [
  { id: 10, name: 'Nebula', slug: 'nebula' },
  { id: 11, name: 'Aurora', slug: 'aurora' },
];
const plan = (id, name, amount, extra) => ({
  id,
  name,
  description: 'Fast lines, no logs, set up in a minute.',
  price: { amount, currency: 'USD' },
  durationDays: 30,
  maxConnections: 2,
  bandwidthLimitGb: 200,
  protocol: 'vless',
  category: categories[0],
  brand: brands[0],
  locations: ['DE', 'NL'],
  available: true,
  ...extra,
});
const plans = [
  plan(1, 'Starter', '4.99', { maxConnections: 1, bandwidthLimitGb: 50, locations: ['DE'] }),
  plan(2, 'Family Unlimited', '24.50', { durationDays: 90, maxConnections: 5, bandwidthLimitGb: null, protocol: 'trojan', locations: ['US', 'GB', 'JP'] }),
  plan(3, 'Streaming Pro', '12.00', { category: categories[1], brand: brands[1], protocol: 'vmess' }),
  plan(4, 'Gamer Low-Ping', '9.99', { protocol: 'shadowsocks', locations: ['SG', 'HK'], available: false }),
];

export async function mockApi(page) {
  await page.route('**/api/v1/**', async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace('/api/v1', '');
    const json = (body, status = 200) => route.fulfill({ status, contentType: 'application/json', body });
    if (path === '/server-categories') return json(envelope(categories));
    if (path === '/server-brands') return json(envelope(brands));
    if (path === '/server-plans') return json(envelope({ items: plans, page: 0, size: 12, total: plans.length }));
    if (path === '/auth/register') {
      const errors = { email: ['must be a well-formed email address'], password: ['size must be at least 10'] };
      return json(JSON.stringify({ success: false, message: 'Validation failed', errors }), 400);
    }
    return json(JSON.stringify({ success: false, message: 'Not found', errors: null }), 404);
  });
}
