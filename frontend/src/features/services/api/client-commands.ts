import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { PaymentMethod } from '@/components/payment-method-fields';
import { apiRequest } from '@/lib/api-client';
import { idSchema, type Id } from '@/lib/api-schemas';

const path = (id: Id, action: string) => `/server-clients/${encodeURIComponent(String(id))}/${action}`;

const renewalSchema = z.object({
  order: z.object({ id: idSchema }).loose(),
  payment: z.object({ id: idSchema, status: z.string() }).loose(),
});
export type Renewal = z.infer<typeof renewalSchema>;

export type RenewInput = { paymentMethod: PaymentMethod; payCurrency?: string };

/** POST /server-clients/{id}/renew {paymentMethod, payCurrency?} with an Idempotency-Key → 201 {order, payment}: the same client, a later expiry once paid */
export const renewClient = (id: Id, input: RenewInput, idempotencyKey: string) =>
  apiRequest(path(id, 'renew'), renewalSchema, { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } });

/** POST /server-clients/{id}/rotate-subscription → the new subscriptionUrl (the old one answers 404 from now on) */
export const rotateSubscription = (id: Id) =>
  apiRequest(path(id, 'rotate-subscription'), z.object({ subscriptionUrl: z.string() }).loose(), { method: 'POST' });

function useClientCommand<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => ['server-clients', 'orders', 'wallet'].includes(String(q.queryKey[0])) }),
  });
}

export const useRenewClient = () => useClientCommand(({ id, input, key }: { id: Id; input: RenewInput; key: string }) => renewClient(id, input, key));
export const useRotateSubscription = () => useClientCommand(rotateSubscription);
