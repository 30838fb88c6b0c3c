import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { idSchema } from '@/lib/api-schemas';
import { useStartSession } from '../hooks/use-start-session';
import { login } from './login';

export const MIN_PASSWORD_LENGTH = 10;

export type RegisterInput = { email: string; password: string; name: string };

const registeredUserSchema = z.object({ id: idSchema, email: z.string(), name: z.string().nullish(), role: z.string() });

/** POST /auth/register {email, password, name} → 201 {id, email, name, role}; 400 field errors; 409 duplicate */
export function register(input: RegisterInput) {
  return apiRequest('/auth/register', registeredUserSchema, { method: 'POST', body: input, anonymous: true });
}

/** Registers, then logs in with the same credentials so the new customer lands signed in. */
export function useRegister() {
  return useMutation({
    mutationFn: async (input: RegisterInput) => {
      await register(input);
      return login({ email: input.email, password: input.password });
    },
    onSuccess: useStartSession(),
  });
}
