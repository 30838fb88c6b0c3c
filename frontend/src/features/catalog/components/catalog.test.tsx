import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { fail, ok } from '@/testing/mocks/envelope';
import { server } from '@/testing/mocks/server';
import { currentUrl, renderApp } from '@/testing/render-app';

const planRequests = () => {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.includes('/server-plans')) urls.push(new URL(request.url));
  });
  return urls;
};

test('shows a card per plan with price, duration, traffic, devices, protocol, flags and availability', async () => {
  renderApp('/');
  const starter = await screen.findByRole('article', { name: 'Starter' });
  const card = within(starter);
  expect(card.getByText('$9.99')).toBeTruthy();
  expect(card.getByText('30 days')).toBeTruthy();
  expect(card.getByText('100 GB')).toBeTruthy();
  expect(card.getByText('VLESS')).toBeTruthy();
  expect(card.getByText('Germany')).toBeTruthy();
  expect(card.getByText('🇩🇪 DE')).toBeTruthy();
  expect(card.getByText('Available')).toBeTruthy();

  const family = within(await screen.findByRole('article', { name: 'Unlimited Family' }));
  expect(family.getByText('$24.50')).toBeTruthy();
  expect(family.getByText('Unlimited')).toBeTruthy();
  expect(family.getByText('5')).toBeTruthy();
  expect(family.getByText('Netherlands')).toBeTruthy();
  expect(family.getByText('United States')).toBeTruthy();

  expect(within(await screen.findByRole('article', { name: 'Sold Out Pro' })).getByText('Sold out')).toBeTruthy();
  expect(await screen.findByText('3 plans')).toBeTruthy();
});

test('choosing filters puts them in the URL and asks the API for them', async () => {
  const requests = planRequests();
  const { user, router } = renderApp('/');
  await screen.findByRole('article', { name: 'Starter' });
  await screen.findByRole('option', { name: 'Streaming' });

  await user.selectOptions(screen.getByLabelText('Category'), 'Streaming');
  await user.selectOptions(screen.getByLabelText('Sort by'), 'Price: high to low');
  await waitFor(() => expect(currentUrl(router)).toBe('/?categoryId=2&sort=price%2Cdesc'));
  expect(await screen.findByText('1 plan')).toBeTruthy();
  expect(screen.queryByRole('article', { name: 'Starter' })).toBeNull();

  await user.type(screen.getByLabelText('Country code'), 'nl');
  await user.type(screen.getByLabelText('Max price'), '30');
  await user.click(screen.getByRole('button', { name: 'Apply' }));
  await waitFor(() => expect(currentUrl(router)).toBe('/?categoryId=2&sort=price%2Cdesc&location=NL&maxPrice=30'));
  await waitFor(() => expect(requests.at(-1)?.searchParams.get('location')).toBe('NL'));
  const last = requests.at(-1)!.searchParams;
  expect(Object.fromEntries(last)).toMatchObject({ categoryId: '2', sort: 'price,desc', maxPrice: '30', size: '12' });
});

test('filters in the URL are applied on arrival and shown in the form', async () => {
  const requests = planRequests();
  renderApp('/?protocol=trojan&minPrice=20.00&bogus=1&sort=drop%20table');
  expect(await screen.findByRole('article', { name: 'Unlimited Family' })).toBeTruthy();
  expect((screen.getByLabelText('Protocol') as HTMLSelectElement).value).toBe('trojan');
  expect((screen.getByLabelText('Min price') as HTMLInputElement).value).toBe('20.00');
  expect(Object.fromEntries(requests[0].searchParams)).toEqual({ protocol: 'trojan', minPrice: '20.00', size: '12' });
});

test('an invalid price or price range is explained next to the field and not sent', async () => {
  const { user, router } = renderApp('/');
  await user.type(screen.getByLabelText('Min price'), '9,99');
  await user.click(screen.getByRole('button', { name: 'Apply' }));
  const input = screen.getByLabelText('Min price');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText('Enter an amount like 9.99').id).toBe(input.getAttribute('aria-describedby'));

  await user.clear(input);
  await user.type(input, '10');
  await user.type(screen.getByLabelText('Max price'), '9.50');
  await user.click(screen.getByRole('button', { name: 'Apply' }));
  expect(screen.getByText('Must not be below the min price')).toBeTruthy();
  expect(currentUrl(router)).toBe('/');
});

test('says so when no plan matches, and offers to clear the filters', async () => {
  const { user, router } = renderApp('/?location=BR');
  expect(await screen.findByText('No plans match these filters.')).toBeTruthy();
  await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
  await waitFor(() => expect(currentUrl(router)).toBe('/'));
  expect(await screen.findByRole('article', { name: 'Starter' })).toBeTruthy();
});

test('shows an error with a retry when the plans cannot be loaded', async () => {
  server.use(http.get('*/api/v1/server-plans', () => fail(503, 'Catalog unavailable')));
  const { user } = renderApp('/');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('The plans could not be loaded.');
  server.resetHandlers();
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('article', { name: 'Starter' })).toBeTruthy();
});

test('pages through a long catalog with the page in the URL', async () => {
  const many = Array.from({ length: 13 }, (_, i) => ({ ...baseItem, id: i + 1, name: `Plan ${i + 1}` }));
  server.use(
    http.get('*/api/v1/server-plans', ({ request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? 0);
      return ok({ items: many.slice(page * 12, page * 12 + 12), page, size: 12, total: many.length });
    }),
  );
  const { user, router } = renderApp('/');
  expect(await screen.findByText('Page 1 of 2')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByRole('article', { name: 'Plan 13' })).toBeTruthy();
  expect(currentUrl(router)).toBe('/?page=1');
});

const baseItem = {
  description: null,
  price: { amount: '1.00', currency: 'EUR' },
  durationDays: 7,
  maxConnections: 1,
  bandwidthLimitGb: 10,
  protocol: 'shadowsocks',
  category: 'Gaming',
  brand: 'Nebula',
  locations: [],
  available: true,
};
