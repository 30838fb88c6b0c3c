import { setupWorker } from 'msw/browser';
import { resetDb, restoreDb, snapshotDb } from './db';
import { handlers } from './handlers';

/**
 * The same mock API in the browser, for `npm run dev:mock` (never part of a production build).
 * Its data is kept in sessionStorage, so registered users and tokens survive a reload.
 */
const STORAGE_KEY = '1000proxy.mockDb';

resetDb();
const saved = sessionStorage.getItem(STORAGE_KEY);
if (saved) restoreDb(saved);

export const worker = setupWorker(...handlers);
worker.events.on('response:mocked', () => sessionStorage.setItem(STORAGE_KEY, snapshotDb()));
