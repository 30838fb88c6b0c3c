import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { orderSchema } from './order-schemas';

/** GET /orders/{id} → one order with items and invoice (own; 404 for another's) */
export function getOrder(id: string, signal?: AbortSignal) {
  return apiRequest(`/orders/${encodeURIComponent(id)}`, orderSchema, { signal });
}

export const orderQueryOptions = (id: string) => queryOptions({ queryKey: ['orders', 'one', id], queryFn: ({ signal }) => getOrder(id, signal) });

export const useOrder = (id: string) => useQuery(orderQueryOptions(id));
