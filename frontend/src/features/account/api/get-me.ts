import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { idSchema } from '@/lib/api-schemas';

export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string().nullish(),
  role: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullish(),
});
export type Me = z.infer<typeof meSchema>;

/** GET /me → {id, email, name, role, active, createdAt, lastLoginAt} */
export function getMe(signal?: AbortSignal) {
  return apiRequest('/me', meSchema, { signal });
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: ({ signal }) => getMe(signal) });

/** The signed-in user; `enabled: false` while signed out (the header asks only when there is a session). */
export const useMe = (enabled = true) => useQuery({ ...meQueryOptions(), enabled });
