import { z } from 'zod';
import { idSchema, trafficSchema } from '@/lib/api-schemas';

export const CLIENTS_PAGE_SIZE = 12;

/** A delivered client (api.md, Server clients); `traffic.totalBytes` null means unlimited. */
export const serverClientSchema = z.object({
  id: idSchema,
  orderId: idSchema.nullish(),
  status: z.string(),
  protocol: z.string(),
  server: z.object({ name: z.string(), location: z.string().nullish() }),
  email: z.string().nullish(),
  expiresAt: z.string().nullish(),
  maxConnections: z.number().int().nullish(),
  traffic: trafficSchema,
  links: z.array(z.string()).default([]),
  subscriptionUrl: z.string().nullish(),
});
export type ServerClient = z.infer<typeof serverClientSchema>;

/** Used and limit in bytes; the limit is null for unlimited (0 is read as unlimited too, as the feed does). */
export function trafficOf(client: ServerClient) {
  const used = client.traffic.upBytes + client.traffic.downBytes;
  const limit = client.traffic.totalBytes ? client.traffic.totalBytes : null;
  return { used, limit };
}
