import { z } from 'zod';
import { idSchema, moneySchema } from '@/lib/api-schemas';

export const ORDER_STATUSES = ['PENDING', 'PAID', 'PROVISIONING', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'FAILED', 'REFUNDED'] as const;

/** An order (api.md, Orders): items with their price snapshots, and its invoice once issued. */
export const orderSchema = z.object({
  id: idSchema,
  status: z.string(),
  paymentStatus: z.string(),
  paymentMethod: z.string().nullish(),
  items: z.array(
    z.object({
      id: idSchema,
      serverPlanId: idSchema,
      quantity: z.number().int(),
      unitAmount: moneySchema,
      totalAmount: moneySchema,
    }),
  ),
  totalAmount: moneySchema,
  grandAmount: moneySchema,
  currency: z.string(),
  invoice: z
    .object({ number: z.string(), status: z.string(), amount: moneySchema, issuedAt: z.string().nullish(), paidAt: z.string().nullish() })
    .nullish(),
  createdAt: z.string(),
  clients: z.array(z.unknown()).nullish(),
});
export type Order = z.infer<typeof orderSchema>;

/** `POST /orders` and `POST /server-clients/{id}/renew` answer the order and the payment that pays it. */
export const placedOrderSchema = z.object({
  order: orderSchema,
  payment: z.object({ id: idSchema, status: z.string() }).loose(),
});
export type PlacedOrder = z.infer<typeof placedOrderSchema>;

/** Only an unpaid, open order can be cancelled (409 otherwise). */
export const isCancellable = (order: Order) => order.status === 'PENDING' && ['UNPAID', 'PENDING'].includes(order.paymentStatus);
