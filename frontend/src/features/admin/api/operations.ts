import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { moneySchema, pageSchema, type Id } from '@/lib/api-schemas';
import { adminPath, useAdminCommand } from './admin-command';
import { adminClientSchema, adminUserSchema, auditEntrySchema, jobSchema, statsSchema } from './admin-schemas';

export const ADMIN_PAGE_SIZE = 20;

const useAdminList = <T extends z.ZodType>(path: string, item: T, filters: Record<string, string | number | undefined>) =>
  useQuery({
    queryKey: ['admin', path, filters],
    queryFn: ({ signal }) => apiRequest(adminPath(path), pageSchema(item), { query: { size: ADMIN_PAGE_SIZE, ...filters }, signal }),
    placeholderData: keepPreviousData,
  });

/** GET /admin/stats → series per day, active clients, queue health */
export const useStats = () => useQuery({ queryKey: ['admin', 'stats'], queryFn: ({ signal }) => apiRequest(adminPath('stats'), statsSchema, { signal }) });

/** GET /admin/orders?status=&page= → every order */
const adminOrderSchema = z
  .object({ id: z.union([z.number(), z.string()]), status: z.string(), paymentStatus: z.string(), grandAmount: moneySchema, createdAt: z.string(), userId: z.union([z.number(), z.string()]).nullish() })
  .loose();
export const useAdminOrders = (filters: { status?: string; page: number }) => useAdminList('orders', adminOrderSchema, filters);

/** GET /admin/users?page= → accounts, oldest first */
export const useAdminUsers = (filters: { page: number }) => useAdminList('users', adminUserSchema, filters);

/** PATCH /admin/users/{id} {role?, active?} */
export const updateUser = ({ id, ...change }: { id: Id; role?: string; active?: boolean }) =>
  apiRequest(adminPath('users', id), adminUserSchema, { method: 'PATCH', body: change });
export const useUpdateUser = () => useAdminCommand(updateUser);

/** POST /admin/users/{id}/wallet-adjustments {amount (signed), reason} → 201 ledger entry */
export const adjustWallet = ({ id, amount, reason }: { id: Id; amount: string; reason: string }) =>
  apiRequest(adminPath('users', id, 'wallet-adjustments'), z.unknown(), { method: 'POST', body: { amount, reason } });
export const useAdjustWallet = () => useAdminCommand(adjustWallet);

/** GET /admin/server-clients?status=&page= → every client (the SPA's assumption; api.md lists only the actions) */
export const useAdminClients = (filters: { status?: string; page: number }) => useAdminList('server-clients', adminClientSchema, filters);

export type ClientAction = 'suspend' | 'resume' | 'reset-traffic' | 'delete';

/** POST /admin/server-clients/{id}/suspend|resume|reset-traffic · DELETE /admin/server-clients/{id} */
export const clientAction = ({ id, action }: { id: Id; action: ClientAction }) =>
  action === 'delete'
    ? apiRequest(adminPath('server-clients', id), z.unknown(), { method: 'DELETE' })
    : apiRequest(adminPath('server-clients', id, action), z.unknown(), { method: 'POST' });
export const useClientAction = () => useAdminCommand(clientAction);

/** GET /admin/jobs?status=DEAD&page= → jobs, newest first, with lastError */
export const useJobs = (filters: { status?: string; page: number }) => useAdminList('jobs', jobSchema, filters);

/** POST /admin/jobs/{id}/retry → the job, queued again (409 unless DEAD) */
export const retryJob = (id: Id) => apiRequest(adminPath('jobs', id, 'retry'), jobSchema, { method: 'POST' });
export const useRetryJob = () => useAdminCommand(retryJob);

/** GET /admin/audit-log?actor=&action=&page= → the audit trail, newest first */
export const useAuditLog = (filters: { actor?: string; action?: string; page: number }) => useAdminList('audit-log', auditEntrySchema, filters);
