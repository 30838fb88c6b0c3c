import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Id } from '@/lib/api-schemas';
import { paymentSchema, type Payment } from './payment-schema';

const path = (id: Id, action: string) => `/payments/${encodeURIComponent(String(id))}/${action}`;

/** POST /payments/{id}/refresh → the payment after asking the gateway now */
export const refreshPayment = (id: Id) => apiRequest(path(id, 'refresh'), paymentSchema, { method: 'POST' });

/** POST /payments/{id}/simulate {status} → DEMO profile only: the demo gateway moves the payment */
export const simulatePayment = (id: Id, status = 'finished') =>
  apiRequest(path(id, 'simulate'), paymentSchema, { method: 'POST', body: { status } });

/** Stores the answer as the payment's current state, and lets orders, wallet and services reload. */
function usePaymentCommand(run: (id: Id) => Promise<Payment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (payment) => {
      queryClient.setQueryData(['payments', String(payment.id)], payment);
      void queryClient.invalidateQueries({ predicate: (q) => ['orders', 'wallet', 'server-clients'].includes(String(q.queryKey[0])) });
    },
  });
}

export const useRefreshPayment = () => usePaymentCommand(refreshPayment);
export const useSimulatePayment = () => usePaymentCommand((id) => simulatePayment(id));
