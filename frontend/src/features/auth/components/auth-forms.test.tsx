import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { authSession } from '@/lib/auth-session';
import { fail } from '@/testing/mocks/envelope';
import { server } from '@/testing/mocks/server';
import { currentUrl, renderApp } from '@/testing/render-app';

/** The field's error is announced with it: aria-invalid plus aria-describedby pointing at the message. */
function expectFieldError(label: string, message: string) {
  const input = screen.getByLabelText(label);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const descriptions = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
  expect(descriptions).toContain(message);
}

type User = ReturnType<typeof renderApp>['user'];

async function register(user: User, fields: { name: string; email: string; password: string }) {
  await user.type(screen.getByLabelText('Name'), fields.name);
  await user.type(screen.getByLabelText('Email'), fields.email);
  await user.type(screen.getByLabelText('Password'), fields.password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

test('register shows the server’s field errors next to each field', async () => {
  server.use(
    http.post('*/api/v1/auth/register', () =>
      fail(400, 'Validation failed', { email: ['must be a well-formed email address'], name: ['is taken by a ghost'] }),
    ),
  );
  const { user } = renderApp('/register');
  await register(user, { name: 'Bob', email: 'bob@', password: 'long enough password' });

  await screen.findByText('must be a well-formed email address');
  expectFieldError('Email', 'must be a well-formed email address');
  expectFieldError('Name', 'is taken by a ghost');
  expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  expect(screen.getByRole('alert').textContent).toContain('Validation failed');
  expect(document.activeElement).toBe(screen.getByLabelText('Name'));
});

test('register checks required fields and password length before sending', async () => {
  const sent = vi.fn();
  server.events.on('request:start', ({ request }) => request.url.includes('/auth/') && sent());
  const { user } = renderApp('/register');
  await user.type(screen.getByLabelText('Password'), 'short');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  expectFieldError('Name', 'This field is required.');
  expectFieldError('Password', 'Use at least 10 characters.');
  expect(sent).not.toHaveBeenCalled();
});

test('register signs the new customer in and opens the account', async () => {
  const { user, router } = renderApp('/register');
  await register(user, { name: 'Bob', email: 'bob@example.com', password: 'long enough password' });
  await waitFor(() => expect(currentUrl(router)).toBe('/account'));
  expect(await screen.findByText('bob@example.com')).toBeTruthy();
  expect(authSession.isSignedIn()).toBe(true);
});

test('a duplicate email is reported on the email field', async () => {
  const { user } = renderApp('/register');
  await register(user, { name: 'Ann again', email: 'ann@example.com', password: 'long enough password' });
  await screen.findByText('already registered');
  expectFieldError('Email', 'already registered');
});

test('login with a wrong password shows the server’s message and stays signed out', async () => {
  const { user, router } = renderApp('/login');
  await user.type(screen.getByLabelText('Email'), 'ann@example.com');
  await user.type(screen.getByLabelText('Password'), 'wrong password');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Invalid email or password');
  expect(currentUrl(router)).toBe('/login');
  expect(authSession.isSignedIn()).toBe(false);
});

test('login goes back to the page that asked for it, but never off the site', async () => {
  const { user, router } = renderApp('/account');
  await waitFor(() => expect(currentUrl(router)).toBe('/login?next=%2Faccount'));
  expect(await screen.findByText('Please log in to continue.')).toBeTruthy();
  await user.type(screen.getByLabelText('Email'), 'ann@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Log in' }));
  await waitFor(() => expect(currentUrl(router)).toBe('/account'));
  expect(await screen.findByText('ann@example.com')).toBeTruthy();
});
