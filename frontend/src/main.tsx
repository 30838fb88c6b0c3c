import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/index.css';

/** `npm run dev:mock` answers the API from the MSW handlers; production builds drop this branch. */
async function startMockApi() {
  if (import.meta.env.MODE !== 'mock') return;
  const { worker } = await import('./testing/mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

void startMockApi().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
