import { screen, waitFor, within } from '@testing-library/react';
import { admin } from '@/testing/mocks/admin-data';
import { shop } from '@/testing/mocks/shop-data';
import { renderApp } from '@/testing/render-app';
import { signInAs } from '@/testing/sign-in';

const form = (name: string) => within(screen.getByRole('form', { name }));

test('customers see no admin menu, and the admin pages refuse them', async () => {
  signInAs(1);
  renderApp('/admin');
  expect(await screen.findByRole('heading', { name: 'Only administrators can open this page.' })).toBeTruthy();
  expect(within(screen.getByRole('banner')).queryByRole('link', { name: 'Admin' })).toBeNull();
});

test('the dashboard shows the day charts, queue health and each panel\'s health', async () => {
  signInAs(2);
  renderApp('/admin');
  expect(await screen.findByRole('link', { name: 'Admin' })).toBeTruthy();
  expect(await screen.findByRole('figure', { name: 'Revenue per day' })).toBeTruthy();
  expect(screen.getByRole('figure', { name: 'Orders per day' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Dead jobs' }).getAttribute('href')).toBe('/admin/jobs');
  await waitFor(() => expect(screen.getAllByText('Online · 42 ms')).toHaveLength(2));
});

test('adding a server shows each refused field next to it, then saves and tests the connection', async () => {
  signInAs(2);
  const { user } = renderApp('/admin/servers');
  await user.click(await screen.findByRole('button', { name: 'Add a server' }));
  const add = form('Add a server');
  await user.type(add.getByLabelText('Name'), 'Tokyo 1');
  await user.type(add.getByLabelText('Panel URL'), 'ftp://panel');
  await user.type(add.getByLabelText('Public host'), 'jp1 example');
  await user.type(add.getByLabelText('Country code'), 'JP');
  await user.click(add.getByRole('button', { name: 'Save and test the connection' }));

  const panelUrl = add.getByLabelText('Panel URL');
  await waitFor(() => expect(panelUrl.getAttribute('aria-invalid')).toBe('true'));
  expect(add.getByText(/must be an absolute http\(s\) URL/)).toBeTruthy();
  expect(add.getByText('must be a host name or an IP address')).toBeTruthy();
  expect(add.getByText('is required unless an API token is given')).toBeTruthy();
  expect(document.activeElement).toBe(panelUrl);

  await user.clear(panelUrl);
  await user.type(panelUrl, 'https://jp1.example.net:2053/xui/');
  await user.clear(add.getByLabelText('Public host'));
  await user.type(add.getByLabelText('Public host'), 'jp1.example.net');
  await user.type(add.getByLabelText('Panel password'), 'secret');
  await user.click(add.getByRole('button', { name: 'Save and test the connection' }));
  expect(await add.findByText('Connected in 42 ms: classic panel, 17 clients.')).toBeTruthy();
  expect(admin.servers.at(-1)).toMatchObject({ name: 'Tokyo 1', location: 'JP', publicHost: 'jp1.example.net' });
  expect(await screen.findByRole('cell', { name: 'Tokyo 1' })).toBeTruthy();
});

test('syncing a server reads its inbounds', async () => {
  signInAs(2);
  const { user } = renderApp('/admin/servers');
  await user.click(await screen.findByRole('button', { name: 'Sync the inbounds of Frankfurt 1' }));
  expect(await screen.findByText('Frankfurt 1: 4 inbounds synced.')).toBeTruthy();
});

test('a dead job shows why it died and can be retried', async () => {
  signInAs(2);
  const { user } = renderApp('/admin/jobs');
  expect(await screen.findByText('panel de1.example.net unreachable: connect timed out')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Retry job 71' }));
  expect(await screen.findByText('Job 71 is queued again.')).toBeTruthy();
  expect(admin.jobs[0].status).toBe('QUEUED');
  expect(await screen.findByText('No jobs in this state.')).toBeTruthy();
});

test('a new plan pools inbounds of its protocol only, and appears in the shop', async () => {
  signInAs(2);
  const { user } = renderApp('/admin/plans');
  await user.click(await screen.findByRole('button', { name: 'Add a plan' }));
  const add = form('Add a plan');
  await user.type(add.getByLabelText('Name'), 'Trojan Duo');
  await user.type(add.getByLabelText('Price'), '7.50');
  await user.selectOptions(add.getByLabelText('Protocol'), 'trojan');
  const vless = await add.findByRole('checkbox', { name: /vless-1 · vless/ });
  expect((vless as HTMLInputElement).disabled).toBe(true);
  await user.click(add.getByRole('checkbox', { name: /trojan-1 · trojan/ }));
  await user.click(add.getByRole('button', { name: 'Save' }));
  expect(await screen.findByRole('cell', { name: 'Trojan Duo' })).toBeTruthy();

  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Plans' }));
  expect(await screen.findByRole('article', { name: 'Trojan Duo' })).toBeTruthy();
});

test('an admin credits a wallet with a reason', async () => {
  signInAs(2);
  const { user } = renderApp('/admin/users');
  await user.click(await screen.findByRole('button', { name: 'Adjust the wallet of ann@example.com' }));
  const adjust = form('Adjust the wallet of ann@example.com');
  await user.type(adjust.getByLabelText('Amount'), '25.00');
  await user.click(adjust.getByRole('button', { name: 'Apply adjustment' }));
  expect(await adjust.findByText('This field is required.')).toBeTruthy();
  await user.type(adjust.getByLabelText('Reason (kept in the audit log)'), 'goodwill');
  await user.click(adjust.getByRole('button', { name: 'Apply adjustment' }));
  await waitFor(() => expect(shop.balances.get(1)).toBe('75.00'));
});
