import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { authSession } from '@/lib/auth-session';
import { issueTokens } from '@/testing/mocks/db';
import { fail } from '@/testing/mocks/envelope';
import { server } from '@/testing/mocks/server';
import { currentUrl, renderApp } from '@/testing/render-app';

const header = () => within(screen.getByRole('banner'));

test('the header names the product and offers the plans, login and registration', async () => {
  renderApp('/');
  expect(header().getByRole('link', { name: '1000proxy' })).toBeTruthy();
  expect(header().getByRole('link', { name: 'Log in' })).toBeTruthy();
  expect(header().getByRole('link', { name: 'Create account' })).toBeTruthy();
  expect(await screen.findByRole('heading', { level: 1, name: 'Choose a plan' })).toBeTruthy();
});

test('switching to Persian turns the page right-to-left, translates it and is remembered', async () => {
  const { user, unmount } = renderApp('/', { locale: 'detect' });
  expect(document.documentElement.dir).toBe('ltr');
  await screen.findByRole('article', { name: 'Starter' });

  await user.selectOptions(header().getByLabelText('Language'), 'fa');
  expect(document.documentElement.dir).toBe('rtl');
  expect(document.documentElement.lang).toBe('fa-IR');
  expect(screen.getByRole('heading', { level: 1, name: 'یک طرح انتخاب کنید' })).toBeTruthy();
  expect(within(screen.getByRole('article', { name: 'Starter' })).getByText('۳۰ روز')).toBeTruthy();
  expect(localStorage.getItem('1000proxy.locale')).toBe('fa');

  unmount();
  renderApp('/', { locale: 'detect' });
  expect(document.documentElement.dir).toBe('rtl');
  expect(header().getByLabelText('زبان')).toBeTruthy();
});

test('prices on the cards are formatted for the chosen language', async () => {
  const { user } = renderApp('/', { locale: 'ru' });
  const card = within(await screen.findByRole('article', { name: 'Starter' }));
  expect(card.getByText('9,99 $')).toBeTruthy();
  await user.selectOptions(header().getByLabelText('Язык'), 'zh');
  expect(card.getByText('US$9.99')).toBeTruthy();
  expect(card.getByText('30 天')).toBeTruthy();
});

test('the account page shows who is signed in, and logging out ends the session', async () => {
  authSession.start(issueTokens(1));
  const { user, router } = renderApp('/account');
  expect(await screen.findByText('ann@example.com')).toBeTruthy();
  expect(screen.getByText('Ann')).toBeTruthy();
  expect(screen.getByText('Customer')).toBeTruthy();
  expect(screen.getByText('Never')).toBeTruthy();

  await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Log out' }));
  await waitFor(() => expect(currentUrl(router)).toBe('/'));
  expect(authSession.isSignedIn()).toBe(false);
  expect(header().getByRole('link', { name: 'Log in' })).toBeTruthy();
});

test('a session the server no longer accepts sends the user to log in and back', async () => {
  authSession.start({ accessToken: 'expired', refreshToken: 'revoked' });
  server.use(http.post('*/api/v1/auth/refresh', () => fail(401, 'Refresh token revoked')));
  const { router } = renderApp('/account');
  await waitFor(() => expect(currentUrl(router)).toBe('/login?next=%2Faccount'));
  expect(await screen.findByText('Please log in to continue.')).toBeTruthy();
  expect(sessionStorage.getItem('1000proxy.refreshToken')).toBeNull();
});
