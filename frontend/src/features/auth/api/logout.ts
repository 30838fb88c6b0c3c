import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { authSession } from '@/lib/auth-session';

/** POST /auth/logout {refreshToken} → 200: revokes the refresh token's family on the server. */
export function logout() {
  const refreshToken = authSession.refreshToken();
  if (!refreshToken) return Promise.resolve(null);
  return apiRequest('/auth/logout', z.unknown(), { method: 'POST', body: { refreshToken } });
}

/** Logs out; the local session ends even when the server cannot be told. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      authSession.clear();
      queryClient.clear();
    },
  });
}
