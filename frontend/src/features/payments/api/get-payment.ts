import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { isFinal, paymentSchema } from './payment-schema';

/** How often an open payment is re-read; tests shorten it. */
export const paymentPolling = { intervalMs: 5000 };

/** GET /payments/{id} → the caller's payment */
export function getPayment(id: string, signal?: AbortSignal) {
  return apiRequest(`/payments/${encodeURIComponent(id)}`, paymentSchema, { signal });
}

/** The payment, re-read every few seconds until its status is final (also while the tab is hidden). */
export const paymentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['payments', id],
    queryFn: ({ signal }) => getPayment(id, signal),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isFinal(query.state.data) ? false : paymentPolling.intervalMs),
  });

export const usePayment = (id: string) => useQuery(paymentQueryOptions(id));
