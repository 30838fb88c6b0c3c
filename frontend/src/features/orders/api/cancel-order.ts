import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Id } from '@/lib/api-schemas';
import { apiRequest } from '@/lib/api-client';
import { orderSchema } from './order-schemas';

/** POST /orders/{id}/cancel → the cancelled order; 409 once it is paid or closed */
export function cancelOrder(id: Id) {
  return apiRequest(`/orders/${encodeURIComponent(String(id))}/cancel`, orderSchema, { method: 'POST' });
}

export function useCancelOrder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelOrder, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['orders'] }) });
}
