import { HttpResponse } from 'msw';
import type { FieldErrors } from '@/lib/api-error';

/** api.md's success envelope. */
export function ok(data: unknown, status = 200) {
  return HttpResponse.json({ success: true, message: 'OK', data }, { status });
}

/** api.md's error envelope. */
export function fail(status: number, message: string, errors: FieldErrors | null = null) {
  return HttpResponse.json({ success: false, message, errors }, { status });
}
