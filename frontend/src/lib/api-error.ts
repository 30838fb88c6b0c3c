export type FieldErrors = Record<string, string[]>;

/** What went wrong: the server answered with an error, the network failed, or the answer broke the contract. */
export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

/** Every failure of the API client, with the envelope's message and per-field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly fieldErrors: FieldErrors;
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    message: string;
    kind?: ApiErrorKind;
    fieldErrors?: FieldErrors | null;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.kind = init.kind ?? 'http';
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** The first message for a field, if the server rejected it. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors[field]?.[0];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A wallet payment the balance does not cover: 409 (api.md), nothing charged or created. */
export function isInsufficientBalance(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 409 && /balance/i.test(error.message);
}
