import { screen, waitFor, within } from '@testing-library/react';
import { shop } from '@/testing/mocks/shop-data';
import { currentUrl, renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/sign-in';

test('my services lists each client with status, time left and traffic', async () => {
  signInAs(1);
  renderApp('/services');
  const frankfurt = within(await screen.findByRole('article', { name: 'Frankfurt 1' }));
  expect(frankfurt.getByText('Active')).toBeTruthy();
  expect(frankfurt.getByText(/^Expires in 1[12] days/)).toBeTruthy();
  expect(frankfurt.getByRole('progressbar', { name: 'Traffic' }).getAttribute('aria-valuetext')).toBe('31.5 GB of 100 GB');
  const amsterdam = within(screen.getByRole('article', { name: 'Amsterdam 2' }));
  expect(amsterdam.getByText('Expired')).toBeTruthy();
  expect(amsterdam.getByText('3 GB used · unlimited')).toBeTruthy();
});

test('a service shows its links with copy buttons, QR images and import links for the apps', async () => {
  signInAs(1);
  const { user, router } = renderApp('/services');
  await user.click(await screen.findByRole('link', { name: 'Frankfurt 1' }));
  expect(currentUrl(router)).toBe('/services/501');

  const link = shop.clients.find((c) => c.id === 501)!.links[0];
  await user.click(await screen.findByRole('button', { name: 'Copy Link 1' }));
  expect(await navigator.clipboard.readText()).toBe(link);
  expect(screen.getByText('Copied')).toBeTruthy();

  const sub = 'http://localhost/sub/token-501';
  await user.click(screen.getByRole('button', { name: 'Copy Subscription URL' }));
  expect(await navigator.clipboard.readText()).toBe(sub);

  expect((await screen.findByRole('img', { name: 'QR code of the first link' })).getAttribute('src')).toMatch(/^blob:/);
  expect((await screen.findByRole('img', { name: 'QR code of the subscription URL' })).getAttribute('src')).toMatch(/^blob:/);

  const href = (app: string) => screen.getByRole('link', { name: `Open in ${app}` }).getAttribute('href');
  expect(href('v2rayNG')).toBe(`v2rayng://install-config?url=${encodeURIComponent(sub)}`);
  expect(href('Hiddify')).toBe(`hiddify://import/${sub}#1000proxy%20Frankfurt%201`);
  expect(href('Clash')).toBe(`clash://install-config?url=${encodeURIComponent(sub)}`);
  expect(href('sing-box')).toBe(`sing-box://import-remote-profile?url=${encodeURIComponent(sub)}#1000proxy%20Frankfurt%201`);
});

test('rotating the subscription URL asks first, then shows the new URL', async () => {
  signInAs(1);
  const { user } = renderApp('/services/501');
  await user.click(await screen.findByRole('button', { name: 'Rotate the subscription URL' }));
  expect(screen.getByText(/The current URL stops working at once/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(shop.clients.find((c) => c.id === 501)!.subscriptionUrl).toBe('http://localhost/sub/token-501');

  await user.click(screen.getByRole('button', { name: 'Rotate the subscription URL' }));
  await user.click(screen.getByRole('button', { name: 'Yes, Rotate the subscription URL' }));
  await waitFor(() => expect(screen.getByText(/^http:\/\/localhost\/sub\/rotated-/)).toBeTruthy());
});

test('renewing from the wallet goes to the payment result', async () => {
  signInAs(1);
  const { user } = renderApp('/services/502');
  await user.click(await screen.findByRole('button', { name: 'Renew this service' }));
  expect(await screen.findByRole('heading', { name: 'Payment received' })).toBeTruthy();
  expect(shop.clients.find((c) => c.id === 502)!.status).toBe('ACTIVE');
});
