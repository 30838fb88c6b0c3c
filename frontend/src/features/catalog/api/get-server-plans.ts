import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/lib/api-schemas';
import { serverPlanSchema } from './catalog-schemas';

export const PLANS_PAGE_SIZE = 12;

/** The catalog's query parameters; prices are decimal strings, sent as typed. */
export type PlanFilters = {
  categoryId?: string;
  brandId?: string;
  location?: string;
  protocol?: string;
  minPrice?: string;
  maxPrice?: string;
  sort?: string;
  page?: number;
};

/** GET /server-plans?categoryId=&brandId=&location=&protocol=&minPrice=&maxPrice=&page=&size=&sort= → page of plans */
export function getServerPlans(filters: PlanFilters, signal?: AbortSignal) {
  return apiRequest('/server-plans', pageSchema(serverPlanSchema), {
    query: { ...filters, size: PLANS_PAGE_SIZE },
    signal,
    anonymous: true,
  });
}

export const serverPlansQueryOptions = (filters: PlanFilters) =>
  queryOptions({
    queryKey: ['server-plans', filters],
    queryFn: ({ signal }) => getServerPlans(filters, signal),
    placeholderData: keepPreviousData,
  });

export const useServerPlans = (filters: PlanFilters) => useQuery(serverPlansQueryOptions(filters));
