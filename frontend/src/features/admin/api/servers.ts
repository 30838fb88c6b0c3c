import { useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { pageSchema, type Id } from '@/lib/api-schemas';
import { adminPath, useAdminCommand } from './admin-command';
import { healthSchema, inboundSchema, serverSchema } from './admin-schemas';

/** What an admin sends for a panel; on edit an empty password or token keeps the stored one. */
export type ServerInput = {
  name: string;
  panelUrl: string;
  username: string;
  password?: string;
  apiToken?: string;
  tlsVerify: boolean;
  publicHost: string;
  location: string;
  categoryId: number | string;
  brandId: number | string;
  capacity: number;
  active: boolean;
  dialect?: string;
};

/** GET /admin/servers?size=100 → page of servers */
export const getServers = (signal?: AbortSignal) => apiRequest(adminPath('servers'), pageSchema(serverSchema), { query: { size: 100 }, signal });
export const useServers = () => useQuery({ queryKey: ['admin', 'servers'], queryFn: ({ signal }) => getServers(signal) });

/** GET /admin/servers/{id}/inbounds → as last synced */
export const getInbounds = (id: Id, signal?: AbortSignal) => apiRequest(adminPath('servers', id, 'inbounds'), z.array(inboundSchema), { signal });
export const useInbounds = (id: Id) => useQuery({ queryKey: ['admin', 'inbounds', String(id)], queryFn: ({ signal }) => getInbounds(id, signal) });

/** Every server's inbounds at once (the plan form's pool picker). */
export const useAllInbounds = (ids: Id[]) =>
  useQueries({ queries: ids.map((id) => ({ queryKey: ['admin', 'inbounds', String(id)], queryFn: ({ signal }: { signal: AbortSignal }) => getInbounds(id, signal) })) });

/** GET /admin/servers/{id}/health → {reachable, latencyMs, dialect, clients, checkedAt}: probes the panel */
export const getHealth = (id: Id, signal?: AbortSignal) => apiRequest(adminPath('servers', id, 'health'), healthSchema, { signal });
export const useHealth = (id: Id) =>
  useQuery({ queryKey: ['admin', 'health', String(id)], queryFn: ({ signal }) => getHealth(id, signal), staleTime: 60_000, retry: false });

/** POST /admin/servers → 201 server; PUT /admin/servers/{id} → server; 400 lists every bad field */
export const saveServer = ({ id, input }: { id?: Id; input: ServerInput }) =>
  apiRequest(adminPath('servers', id), serverSchema, { method: id === undefined ? 'POST' : 'PUT', body: input });

/** DELETE /admin/servers/{id} (409 while a plan, order or client uses it) */
export const deleteServer = (id: Id) => apiRequest(adminPath('servers', id), z.unknown(), { method: 'DELETE' });

/** POST /admin/servers/{id}/sync → the stored inbounds after reading the panel */
export const syncServer = (id: Id) => apiRequest(adminPath('servers', id, 'sync'), z.array(inboundSchema), { method: 'POST' });

export const useSaveServer = () => useAdminCommand(saveServer);
export const useDeleteServer = () => useAdminCommand(deleteServer);
export const useSyncServer = () => useAdminCommand(syncServer);
