import { useMutation, useQueryClient } from '@tanstack/react-query';

/** An admin write that reloads every admin list afterwards (they are small, and often related). */
export function useAdminCommand<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => ['admin', 'server-plans'].includes(String(q.queryKey[0])) }),
  });
}

/** `/admin/<path>/<id>` with the id escaped. */
export const adminPath = (path: string, id?: unknown, action?: string) =>
  `/admin/${path}${id === undefined ? '' : `/${encodeURIComponent(String(id))}`}${action ? `/${action}` : ''}`;
