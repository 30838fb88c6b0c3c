import { screen, waitFor, within } from '@testing-library/react';
import { paymentPolling } from '@/features/payments/api/get-payment';
import { settlePayment } from '@/testing/mocks/shop-handlers';
import { shop } from '@/testing/mocks/shop-data';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/sign-in';

const payByCrypto = async (user: ReturnType<typeof renderApp>['user']) => {
  await user.click(await screen.findByLabelText(/Cryptocurrency/));
  await user.selectOptions(screen.getByLabelText('Coin'), 'btc');
  await user.click(screen.getByRole('button', { name: 'Pay $9.99' }));
  await screen.findByText('Waiting for your payment. This page updates by itself.');
};

beforeEach(() => {
  paymentPolling.intervalMs = 40;
});
afterEach(() => {
  paymentPolling.intervalMs = 5000;
});

test('a crypto payment shows amount, address, QR and time left, and polls until it is paid', async () => {
  signInAs(1);
  const { user } = renderApp('/checkout/100');
  await payByCrypto(user);

  const payment = shop.payments.at(-1)!;
  expect(screen.getByText(`${payment.payAmount} BTC`)).toBeTruthy();
  expect(screen.getByText(payment.payAddress!)).toBeTruthy();
  expect(screen.getByRole('img', { name: 'QR code of the payment address and amount' })).toBeTruthy();
  expect(screen.getByText(/^Pay within (19|20):\d\d$/)).toBeTruthy();
  expect(screen.getByText('Pending')).toBeTruthy();

  settlePayment(payment, 'finished');
  expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'View the order' }).getAttribute('href')).toBe(`/orders/${payment.orderId}`);
});

test('the demo gateway offers a clearly labelled "Simulate payment"', async () => {
  signInAs(1);
  paymentPolling.intervalMs = 60_000;
  const { user } = renderApp('/checkout/100');
  await payByCrypto(user);
  const demo = screen.getByRole('region', { name: 'Demo mode' });
  await user.click(within(demo).getByRole('button', { name: 'Simulate payment' }));
  expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
  expect(shop.orders[0].status).toBe('COMPLETED');
});

test('an expired payment says nothing was delivered', async () => {
  signInAs(1);
  const { user } = renderApp('/checkout/100');
  await payByCrypto(user);
  settlePayment(shop.payments.at(-1)!, 'expired');
  expect(await screen.findByRole('heading', { name: 'The payment expired' })).toBeTruthy();
  await waitFor(() => expect(screen.getByText('Nothing was delivered. You can start again from the plans.')).toBeTruthy());
});
