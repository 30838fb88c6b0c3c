import { z } from 'zod';
import { idSchema, moneySchema } from '@/lib/api-schemas';

/**
 * A payment (api.md, Orders and payments). `method` is wallet or nowpayments; `provider` names the
 * gateway that holds it (`demo` in the demo profile). `payExtraId` is the memo / destination tag
 * some coins need, when the gateway gives one.
 */
export const paymentSchema = z.object({
  id: idSchema,
  method: z.string(),
  provider: z.string().nullish(),
  purpose: z.string().nullish(),
  orderId: idSchema.nullish(),
  status: z.string(),
  providerStatus: z.string().nullish(),
  amount: moneySchema,
  invoiceUrl: z.string().nullish(),
  payAddress: z.string().nullish(),
  payAmount: z.string().nullish(),
  actuallyPaid: z.string().nullish(),
  payCurrency: z.string().nullish(),
  payExtraId: z.string().nullish(),
  expiresAt: z.string().nullish(),
  createdAt: z.string().nullish(),
});
export type Payment = z.infer<typeof paymentSchema>;

/** Statuses after which nothing changes any more: polling stops. */
export const FINAL_PAYMENT_STATUSES = ['PAID', 'FAILED', 'EXPIRED', 'REFUNDED'];
export const isFinal = (payment: Payment) => FINAL_PAYMENT_STATUSES.includes(payment.status);
export const isDemo = (payment: Payment) => payment.provider === 'demo' || payment.method === 'demo';
