import { z } from 'zod';
import { idSchema, moneySchema, trafficSchema } from '@/lib/api-schemas';

/** A 3x-ui panel as admins read it: never its password or token, only whether a token is set. */
export const serverSchema = z.object({
  id: idSchema,
  name: z.string(),
  panelUrl: z.string(),
  username: z.string().nullish(),
  hasApiToken: z.boolean().nullish(),
  tlsVerify: z.boolean().nullish(),
  publicHost: z.string(),
  location: z.string(),
  categoryId: idSchema.nullish(),
  brandId: idSchema.nullish(),
  capacity: z.number().int(),
  active: z.boolean(),
  dialect: z.string().nullish(),
  detectedDialect: z.string().nullish(),
  lastSyncedAt: z.string().nullish(),
  lastCheckedAt: z.string().nullish(),
});
export type Server = z.infer<typeof serverSchema>;

export const inboundSchema = z.object({
  id: idSchema,
  panelInboundId: z.number().int(),
  protocol: z.string(),
  port: z.number().int(),
  remark: z.string().nullish(),
  network: z.string().nullish(),
  security: z.string().nullish(),
  enabled: z.boolean().default(true),
});
export type Inbound = z.infer<typeof inboundSchema>;

export const healthSchema = z.object({
  reachable: z.boolean(),
  latencyMs: z.number().nullish(),
  dialect: z.string().nullish(),
  clients: z.number().int().nullish(),
  checkedAt: z.string().nullish(),
});
export type Health = z.infer<typeof healthSchema>;

export const labelSchema = z.object({ id: idSchema, name: z.string(), slug: z.string().nullish() });
export type Label = z.infer<typeof labelSchema>;

export const adminPlanSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullish(),
  price: moneySchema,
  durationDays: z.number().int(),
  maxConnections: z.number().int(),
  bandwidthLimitGb: z.number().nullish(),
  protocol: z.string().nullish(),
  categoryId: idSchema.nullish(),
  brandId: idSchema.nullish(),
  inboundIds: z.array(idSchema).default([]),
  active: z.boolean(),
});
export type AdminPlan = z.infer<typeof adminPlanSchema>;

export const adminUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string().nullish(),
  role: z.string(),
  active: z.boolean(),
  createdAt: z.string().nullish(),
  lastLoginAt: z.string().nullish(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const jobSchema = z.object({
  id: idSchema,
  type: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  arguments: z.record(z.string(), z.string()).nullish(),
  lastError: z.string().nullish(),
  runAt: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});
export type Job = z.infer<typeof jobSchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  action: z.string(),
  actorType: z.string().nullish(),
  actorUserId: idSchema.nullish(),
  targetType: z.string().nullish(),
  targetId: z.string().nullish(),
  details: z.record(z.string(), z.string()).nullish(),
  ipAddress: z.string().nullish(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A client as admins list them: the customer's view plus whose it is. */
export const adminClientSchema = z.object({
  id: idSchema,
  userId: idSchema.nullish(),
  orderId: idSchema.nullish(),
  status: z.string(),
  protocol: z.string(),
  server: z.object({ name: z.string(), location: z.string().nullish() }),
  email: z.string().nullish(),
  expiresAt: z.string().nullish(),
  traffic: trafficSchema,
});
export type AdminClient = z.infer<typeof adminClientSchema>;

/**
 * GET /admin/stats (the SPA's proposal; api.md names the endpoint only): a series per day, the
 * active clients, queue health. Every part is optional, so a partial answer still renders.
 */
export const statsSchema = z.object({
  days: z.array(z.object({ date: z.string(), orders: z.number().int(), revenue: moneySchema })).default([]),
  activeClients: z.number().int().nullish(),
  users: z.number().int().nullish(),
  jobs: z.object({ queued: z.number().int().nullish(), running: z.number().int().nullish(), dead: z.number().int().nullish() }).nullish(),
});
export type Stats = z.infer<typeof statsSchema>;
