import { z } from 'zod';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/lib/api-schemas';
import { CLIENTS_PAGE_SIZE, serverClientSchema } from './service-schemas';

/** The page also carries the account's feed with every client (`/sub/u/...`), when the backend offers it. */
const clientPageSchema = pageSchema(serverClientSchema).extend({ accountSubscriptionUrl: z.string().nullish() });

/** GET /server-clients?page=&size= → the caller's clients (+ accountSubscriptionUrl) */
export function getServerClients(page: number, signal?: AbortSignal) {
  return apiRequest('/server-clients', clientPageSchema, { query: { page, size: CLIENTS_PAGE_SIZE }, signal });
}

export const serverClientsQueryOptions = (page: number) =>
  queryOptions({ queryKey: ['server-clients', 'list', page], queryFn: ({ signal }) => getServerClients(page, signal), placeholderData: keepPreviousData });

export const useServerClients = (page: number) => useQuery(serverClientsQueryOptions(page));

/** GET /server-clients/{id} → one of the caller's clients (404 for another's) */
export function getServerClient(id: string, signal?: AbortSignal) {
  return apiRequest(`/server-clients/${encodeURIComponent(id)}`, serverClientSchema, { signal });
}

export const useServerClient = (id: string) =>
  useQuery({ queryKey: ['server-clients', 'one', id], queryFn: ({ signal }) => getServerClient(id, signal) });
