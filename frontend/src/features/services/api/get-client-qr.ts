import { useQuery } from '@tanstack/react-query';
import { apiBlob } from '@/lib/api-client';
import type { Id } from '@/lib/api-schemas';

export type QrTarget = 'link' | 'subscription';

/**
 * GET /server-clients/{id}/qr?format=svg[&target=subscription] → an SVG of the first link or of the
 * subscription URL. It needs the bearer token, so it is fetched as a blob (not an <img src>).
 */
export function getClientQr(id: Id, target: QrTarget, signal?: AbortSignal) {
  return apiBlob(`/server-clients/${encodeURIComponent(String(id))}/qr`, {
    query: { format: 'svg', target: target === 'subscription' ? 'subscription' : undefined },
    signal,
  });
}

export const useClientQr = (id: Id, target: QrTarget, subscriptionUrl?: string | null) =>
  useQuery({
    // The subscription URL is in the key: after a rotation the old picture is wrong.
    queryKey: ['server-clients', 'qr', String(id), target, subscriptionUrl ?? ''],
    queryFn: ({ signal }) => getClientQr(id, target, signal),
    staleTime: Infinity,
  });
