import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { idSchema, type Id } from '@/lib/api-schemas';

export const apiKeySchema = z.object({
  id: idSchema,
  name: z.string(),
  prefix: z.string().nullish(),
  active: z.boolean().default(true),
  createdAt: z.string().nullish(),
  lastUsedAt: z.string().nullish(),
  revokedAt: z.string().nullish(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

const createdKeySchema = z.object({ id: idSchema, name: z.string(), prefix: z.string().nullish(), key: z.string().min(1) });
export type CreatedApiKey = z.infer<typeof createdKeySchema>;

/** GET /me/api-keys → the caller's keys, never their secrets (resellers and admins) */
export const getApiKeys = (signal?: AbortSignal) => apiRequest('/me/api-keys', z.array(apiKeySchema), { signal });
export const useApiKeys = () => useQuery({ queryKey: ['api-keys'], queryFn: ({ signal }) => getApiKeys(signal) });

/** POST /me/api-keys {name} → 201 {id, name, prefix, key}: the key is in this answer only */
export const createApiKey = (name: string) => apiRequest('/me/api-keys', createdKeySchema, { method: 'POST', body: { name } });

/** DELETE /me/api-keys/{id} → revoked at once */
export const revokeApiKey = (id: Id) => apiRequest(`/me/api-keys/${encodeURIComponent(String(id))}`, z.unknown(), { method: 'DELETE' });

function useKeyCommand<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }) });
}

export const useCreateApiKey = () => useKeyCommand(createApiKey);
export const useRevokeApiKey = () => useKeyCommand(revokeApiKey);
