import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TokenPair } from '@/lib/api-schemas';
import { authSession } from '@/lib/auth-session';

/** Starts a session from a fresh token pair, dropping user data cached for an earlier one. */
export function useStartSession() {
  const queryClient = useQueryClient();
  return useCallback(
    (tokens: TokenPair) => {
      queryClient.removeQueries({ queryKey: ['me'] });
      authSession.start(tokens);
    },
    [queryClient],
  );
}
