import { queryOptions, useQuery } from '@tanstack/react-query';
import { CATALOG_ENTRIES_STALE_TIME, getCatalogEntries } from './catalog-schemas';

/** GET /server-categories → [{id, name, slug}] */
export const getServerCategories = (signal?: AbortSignal) => getCatalogEntries('/server-categories', signal);

export const serverCategoriesQueryOptions = () =>
  queryOptions({ queryKey: ['server-categories'], queryFn: ({ signal }) => getServerCategories(signal), staleTime: CATALOG_ENTRIES_STALE_TIME });

export const useServerCategories = () => useQuery(serverCategoriesQueryOptions());
