import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { idSchema, moneySchema, pageSchema } from '@/lib/api-schemas';

export const TRANSACTIONS_PAGE_SIZE = 10;

export const walletSchema = z.object({ balance: moneySchema });

export const walletTransactionSchema = z.object({
  id: idSchema.nullish(),
  type: z.string(),
  amount: moneySchema,
  balanceAfter: moneySchema,
  reference: z.string().nullish(),
  createdAt: z.string(),
});
export type WalletTransaction = z.infer<typeof walletTransactionSchema>;

/** GET /wallet → {balance} */
export const getWallet = (signal?: AbortSignal) => apiRequest('/wallet', walletSchema, { signal });

export const walletQueryOptions = () => queryOptions({ queryKey: ['wallet', 'balance'], queryFn: ({ signal }) => getWallet(signal) });
export const useWallet = () => useQuery(walletQueryOptions());

/** GET /wallet/transactions?page=&size= → the ledger, newest first */
export const getWalletTransactions = (page: number, signal?: AbortSignal) =>
  apiRequest('/wallet/transactions', pageSchema(walletTransactionSchema), { query: { page, size: TRANSACTIONS_PAGE_SIZE }, signal });

export const useWalletTransactions = (page: number) =>
  useQuery({
    queryKey: ['wallet', 'transactions', page],
    queryFn: ({ signal }) => getWalletTransactions(page, signal),
    placeholderData: keepPreviousData,
  });

export type TopUpInput = { amount: string; payCurrency?: string };

/** POST /wallet/top-ups {amount, payCurrency?} with an Idempotency-Key → 201 payment (credited when finished) */
export function topUp(input: TopUpInput, idempotencyKey: string) {
  return apiRequest('/wallet/top-ups', z.object({ id: idSchema, status: z.string() }).loose(), {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useTopUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: TopUpInput; key: string }) => topUp(input, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['wallet'] }),
  });
}
