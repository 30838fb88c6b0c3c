import { z } from 'zod';

/** The error envelope: `{success:false, message, errors:{field:[...]}|null}` (api.md, Conventions). */
export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  message: z.string().catch(''),
  errors: z.record(z.string(), z.array(z.string())).nullish(),
});

/** The success envelope around a payload validated by `data`. */
export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), message: z.string().nullish(), data });
}

/** Money is a decimal string plus an ISO-4217 code; the amount is never turned into a float. */
export const moneySchema = z.object({
  amount: z.string().regex(/^-?\d+(\.\d+)?$/, 'amount must be a decimal string'),
  currency: z.string().length(3),
});
export type Money = z.infer<typeof moneySchema>;

/** A page of items: `{items, page, size, total}`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().nonnegative(),
    size: z.number().int().positive(),
    total: z.number().int().nonnegative(),
  });
}
export type Page<T> = { items: T[]; page: number; size: number; total: number };

/** Ids are opaque to clients: numbers today, kept as given. */
export const idSchema = z.union([z.number(), z.string()]);
export type Id = z.infer<typeof idSchema>;

/** The login and refresh payload. */
export const tokenPairSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  tokenType: z.string().optional(),
  expiresIn: z.number().optional(),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;

/** A client's traffic in bytes; `totalBytes` is the limit, null (or 0) for unlimited. */
export const trafficSchema = z.object({
  upBytes: z.number().nonnegative(),
  downBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative().nullish(),
});
