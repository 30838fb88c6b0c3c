import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { serverPlanSchema } from './catalog-schemas';

/** GET /server-plans/{id} → one active plan (404 when it is not on sale) */
export function getServerPlan(id: string, signal?: AbortSignal) {
  return apiRequest(`/server-plans/${encodeURIComponent(id)}`, serverPlanSchema, { signal, anonymous: true });
}

export const serverPlanQueryOptions = (id: string) => queryOptions({ queryKey: ['server-plans', 'one', id], queryFn: ({ signal }) => getServerPlan(id, signal) });

export const useServerPlan = (id: string) => useQuery(serverPlanQueryOptions(id));
