import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { idSchema, moneySchema } from '@/lib/api-schemas';

/** A category or brand: `{id, name, slug}`. */
export const catalogEntrySchema = z.object({ id: idSchema, name: z.string(), slug: z.string().nullish() });
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** A plan names its category and brand either as an entry or as a bare name; we keep the name. */
const entryNameSchema = z
  .union([z.string(), z.object({ name: z.string() }).loose()])
  .transform((value) => (typeof value === 'string' ? value : value.name));

export const PROTOCOLS = ['vless', 'vmess', 'trojan', 'shadowsocks'] as const;

export const serverPlanSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullish(),
  price: moneySchema,
  durationDays: z.number().int().nonnegative(),
  maxConnections: z.number().int().nonnegative(),
  /** null (or absent) means unlimited traffic. */
  bandwidthLimitGb: z
    .number()
    .nonnegative()
    .nullish()
    .transform((value) => value ?? null),
  protocol: z.string(),
  category: entryNameSchema.nullish(),
  brand: entryNameSchema.nullish(),
  locations: z.array(z.string()).default([]),
  available: z.boolean(),
});
export type ServerPlan = z.infer<typeof serverPlanSchema>;

/** Categories and brands change rarely: keep them for five minutes. */
export const CATALOG_ENTRIES_STALE_TIME = 5 * 60_000;

export function getCatalogEntries(path: '/server-categories' | '/server-brands', signal?: AbortSignal) {
  return apiRequest(path, z.array(catalogEntrySchema), { signal, anonymous: true });
}
