import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { tokenPairSchema } from '@/lib/api-schemas';
import { useStartSession } from '../hooks/use-start-session';

export type LoginInput = { email: string; password: string };

/** POST /auth/login {email, password} → {accessToken, refreshToken, tokenType, expiresIn}; wrong → 401 */
export function login(input: LoginInput) {
  return apiRequest('/auth/login', tokenPairSchema, { method: 'POST', body: input, anonymous: true });
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: useStartSession() });
}
