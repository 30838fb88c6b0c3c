import { useRef } from 'react';
import { isApiError } from '@/lib/api-error';
import { newIdempotencyKey } from '@/lib/idempotency-key';

/**
 * One `Idempotency-Key` per attempt: sending the same body again (a retry after a network error or
 * a 5xx, when the first try may have gone through) reuses the key, so the server answers the first
 * result instead of charging twice. A changed body, or a definite answer (success or 4xx), starts
 * a new attempt with a new key.
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ key: string; body: string } | null>(null);
  return {
    keyFor(body: unknown): string {
      const json = JSON.stringify(body);
      if (attempt.current?.body !== json) attempt.current = { key: newIdempotencyKey(), body: json };
      return attempt.current.key;
    },
    settle(error?: unknown) {
      const unknownOutcome = isApiError(error) && (error.kind !== 'http' || error.status >= 500);
      if (!unknownOutcome) attempt.current = null;
    },
  };
}
