import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { pageSchema, type Id, type Money } from '@/lib/api-schemas';
import { adminPath, useAdminCommand } from './admin-command';
import { adminPlanSchema, labelSchema } from './admin-schemas';

export type LabelKind = 'server-categories' | 'server-brands';

/** GET /admin/server-categories | /admin/server-brands → [{id, name, slug}] */
export const getLabels = (kind: LabelKind, signal?: AbortSignal) => apiRequest(adminPath(kind), z.array(labelSchema), { signal });
export const useLabels = (kind: LabelKind) => useQuery({ queryKey: ['admin', kind], queryFn: ({ signal }) => getLabels(kind, signal) });

/** POST (create) or PUT /{id} (rename) {name}; DELETE /{id} (409 while used) */
export const saveLabel = ({ kind, id, name }: { kind: LabelKind; id?: Id; name: string }) =>
  apiRequest(adminPath(kind, id), labelSchema, { method: id === undefined ? 'POST' : 'PUT', body: { name } });
export const deleteLabel = ({ kind, id }: { kind: LabelKind; id: Id }) => apiRequest(adminPath(kind, id), z.unknown(), { method: 'DELETE' });

export const useSaveLabel = () => useAdminCommand(saveLabel);
export const useDeleteLabel = () => useAdminCommand(deleteLabel);

export type PlanInput = {
  name: string;
  description: string;
  price: Money;
  durationDays: number;
  maxConnections: number;
  bandwidthLimitGb: number | null;
  protocol: string;
  categoryId: Id;
  brandId: Id;
  inboundIds: Id[];
  active: boolean;
};

/** GET /admin/server-plans?size=100 → every plan, active or not, with its inbound pool */
export const getAdminPlans = (signal?: AbortSignal) => apiRequest(adminPath('server-plans'), pageSchema(adminPlanSchema), { query: { size: 100 }, signal });
export const useAdminPlans = () => useQuery({ queryKey: ['admin', 'plans'], queryFn: ({ signal }) => getAdminPlans(signal) });

/** POST /admin/server-plans → 201; PUT /admin/server-plans/{id}; DELETE (409 once sold: deactivate instead) */
export const savePlan = ({ id, input }: { id?: Id; input: PlanInput }) =>
  apiRequest(adminPath('server-plans', id), adminPlanSchema, { method: id === undefined ? 'POST' : 'PUT', body: input });
export const deletePlan = (id: Id) => apiRequest(adminPath('server-plans', id), z.unknown(), { method: 'DELETE' });

export const useSavePlan = () => useAdminCommand(savePlan);
export const useDeletePlan = () => useAdminCommand(deletePlan);
