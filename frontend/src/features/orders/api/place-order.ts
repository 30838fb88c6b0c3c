import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PaymentMethod } from '@/components/payment-method-fields';
import { apiRequest } from '@/lib/api-client';
import type { Id } from '@/lib/api-schemas';
import { placedOrderSchema } from './order-schemas';


export type PlaceOrderInput = {
  items: { serverPlanId: Id; quantity: number }[];
  paymentMethod: PaymentMethod;
  payCurrency?: string;
};

/** POST /orders {items, paymentMethod, payCurrency?} with an Idempotency-Key → 201 {order, payment}; wallet short → 409 */
export function placeOrder(input: PlaceOrderInput, idempotencyKey: string) {
  return apiRequest('/orders', placedOrderSchema, { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function usePlaceOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: PlaceOrderInput; key: string }) => placeOrder(input, key),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => ['orders', 'wallet', 'server-clients'].includes(String(q.queryKey[0])) }),
  });
}
