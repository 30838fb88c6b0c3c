import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { pageSchema } from '@/lib/api-schemas';
import { orderSchema } from './order-schemas';

export const ORDERS_PAGE_SIZE = 10;

/** GET /orders?page=&size= → the caller's orders, newest first */
export function getOrders(page: number, signal?: AbortSignal) {
  return apiRequest('/orders', pageSchema(orderSchema), { query: { page, size: ORDERS_PAGE_SIZE }, signal });
}

export const ordersQueryOptions = (page: number) =>
  queryOptions({ queryKey: ['orders', 'list', page], queryFn: ({ signal }) => getOrders(page, signal), placeholderData: keepPreviousData });

export const useOrders = (page: number) => useQuery(ordersQueryOptions(page));
