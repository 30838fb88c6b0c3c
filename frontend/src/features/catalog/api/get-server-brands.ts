import { queryOptions, useQuery } from '@tanstack/react-query';
import { CATALOG_ENTRIES_STALE_TIME, getCatalogEntries } from './catalog-schemas';

/** GET /server-brands → [{id, name, slug}] */
export const getServerBrands = (signal?: AbortSignal) => getCatalogEntries('/server-brands', signal);

export const serverBrandsQueryOptions = () =>
  queryOptions({ queryKey: ['server-brands'], queryFn: ({ signal }) => getServerBrands(signal), staleTime: CATALOG_ENTRIES_STALE_TIME });

export const useServerBrands = () => useQuery(serverBrandsQueryOptions());
