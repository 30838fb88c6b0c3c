import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { fail } from '@/testing/mocks/envelope';
import { server } from '@/testing/mocks/server';
import { shop } from '@/testing/mocks/shop-data';
import { currentUrl, renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/sign-in';

const keysSent: (string | null)[] = [];
beforeEach(() => {
  keysSent.length = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/api/v1/orders')) keysSent.push(request.headers.get('Idempotency-Key'));
  });
});
afterEach(() => server.events.removeAllListeners());

test('a plan card leads to checkout, and paying from the wallet ends on the success screen', async () => {
  signInAs(1);
  const { user, router } = renderApp('/');
  await user.click(within(await screen.findByRole('article', { name: 'Starter' })).getByRole('link', { name: 'Buy' }));
  expect(currentUrl(router)).toBe('/checkout/100');

  const quantity = await screen.findByLabelText('Quantity');
  await user.clear(quantity);
  await user.type(quantity, '2');
  expect(screen.getByText('$19.98')).toBeTruthy();
  expect((screen.getByLabelText(/Wallet balance/) as HTMLInputElement).checked).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Pay $19.98' }));

  expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
  expect(currentUrl(router)).toMatch(/^\/payments\/\d+$/);
  expect(screen.getByRole('link', { name: 'Go to my services' }).getAttribute('href')).toBe('/services');
  expect(shop.balances.get(1)).toBe('30.02');
  expect(keysSent).toHaveLength(1);
  expect(keysSent[0]).toMatch(/^[0-9a-f-]{36}$/);
});

test('a wallet that does not cover the order says so (409) and offers a top-up; nothing is charged', async () => {
  signInAs(1);
  shop.balances.set(1, '5.00');
  const { user } = renderApp('/checkout/100');
  await user.click(await screen.findByRole('button', { name: 'Pay $9.99' }));

  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText('Your wallet balance is too low')).toBeTruthy();
  expect(within(alert).getByText('Insufficient wallet balance: 5.00 USD available, 9.99 needed')).toBeTruthy();
  expect(within(alert).getByRole('link', { name: 'Top up the wallet' }).getAttribute('href')).toBe('/wallet');
  expect(shop.balances.get(1)).toBe('5.00');

  // A definite answer ends the attempt: trying again sends a new key.
  await user.click(screen.getByRole('button', { name: 'Pay $9.99' }));
  await waitFor(() => expect(keysSent).toHaveLength(2));
  expect(keysSent[1]).not.toBe(keysSent[0]);
});

test('a retry after a failure with an unknown outcome reuses the Idempotency-Key', async () => {
  signInAs(1);
  server.use(http.post('*/api/v1/orders', () => fail(503, 'Try later'), { once: true }));
  const { user } = renderApp('/checkout/100');
  await user.click(await screen.findByRole('button', { name: 'Pay $9.99' }));
  await screen.findByRole('alert');
  await user.click(screen.getByRole('button', { name: 'Pay $9.99' }));
  expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
  expect(keysSent).toHaveLength(2);
  expect(keysSent[1]).toBe(keysSent[0]);
});

test('the server\'s quantity error shows at the quantity field', async () => {
  signInAs(1);
  server.use(http.post('*/api/v1/orders', () => fail(400, 'The request is invalid', { 'items[0].quantity': ['must be 1 to 100'] })));
  const { user } = renderApp('/checkout/100');
  await user.click(await screen.findByRole('button', { name: 'Pay $9.99' }));
  const quantity = screen.getByLabelText('Quantity');
  await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
  expect(screen.getByText('must be 1 to 100')).toBeTruthy();
  expect(document.activeElement).toBe(quantity);
});

test('checkout asks a visitor to log in first and comes back', async () => {
  const { router } = renderApp('/checkout/100');
  await waitFor(() => expect(currentUrl(router)).toBe('/login?next=%2Fcheckout%2F100'));
});
