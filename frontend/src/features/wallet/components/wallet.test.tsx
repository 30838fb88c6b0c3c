import { screen, within } from '@testing-library/react';
import { db } from '@/testing/mocks/db';
import { currentUrl, renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/sign-in';

test('the wallet shows the balance and ledger, and a top-up continues on the payment screen', async () => {
  signInAs(1);
  const { user, router } = renderApp('/wallet');
  expect(await screen.findByText('$50.00')).toBeTruthy();
  expect(await screen.findByText('-$9.99')).toBeTruthy();

  const form = within(screen.getByRole('form', { name: 'Top up' }));
  await user.type(form.getByLabelText('Amount'), '0');
  await user.click(form.getByRole('button', { name: 'Continue to payment' }));
  expect(form.getByText('Enter an amount above zero, like 20.00')).toBeTruthy();

  await user.clear(form.getByLabelText('Amount'));
  await user.type(form.getByLabelText('Amount'), '20.00');
  await user.click(form.getByRole('button', { name: 'Continue to payment' }));
  expect(await screen.findByText('Waiting for your payment. This page updates by itself.')).toBeTruthy();
  expect(currentUrl(router)).toMatch(/^\/payments\/\d+$/);
});

test('a reseller creates an API key, sees it once with a warning, and can revoke it', async () => {
  db.users[0].role = 'RESELLER';
  signInAs(1);
  const { user } = renderApp('/account');
  await user.type(await screen.findByLabelText('Key name'), 'billing script');
  await user.click(screen.getByRole('button', { name: 'Create key' }));
  const shown = within(await screen.findByRole('alert'));
  expect(shown.getByText('Copy it now: it is shown only this once and cannot be recovered.')).toBeTruthy();
  expect(shown.getByText(/\.s3cr3t-only-shown-once$/)).toBeTruthy();
  await user.click(await screen.findByRole('button', { name: 'Revoke' }));
  await user.click(screen.getByRole('button', { name: 'Yes, Revoke' }));
  expect(await screen.findByText('Revoked')).toBeTruthy();
});

test('customers are not offered API keys', async () => {
  signInAs(1);
  renderApp('/account');
  expect(await screen.findByText('ann@example.com')).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'API keys' })).toBeNull();
});
