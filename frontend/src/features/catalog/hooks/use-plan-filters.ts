import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PlanFilters } from '../api/get-server-plans';
import { PROTOCOLS } from '../api/catalog-schemas';

/** The backend sorts by price ascending when no sort is given; that is our default, kept out of the URL. */
export const SORTS = ['price,desc', 'name,asc', 'createdAt,desc'] as const;
export const DECIMAL_PATTERN = /^\d+(\.\d{1,2})?$/;
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;

type FilterName = Exclude<keyof PlanFilters, 'page'>;
const FILTER_NAMES: FilterName[] = ['categoryId', 'brandId', 'location', 'protocol', 'minPrice', 'maxPrice', 'sort'];

/** Keeps only the query values the catalog understands, so a hand-edited URL cannot break a request. */
export function parsePlanFilters(params: URLSearchParams): PlanFilters {
  const filters: PlanFilters = {};
  const text = (name: FilterName, valid: (value: string) => boolean) => {
    const value = params.get(name)?.trim();
    if (value && valid(value)) filters[name] = value;
  };
  text('categoryId', (v) => /^[\w-]+$/.test(v));
  text('brandId', (v) => /^[\w-]+$/.test(v));
  text('location', (v) => COUNTRY_PATTERN.test(v));
  text('protocol', (v) => (PROTOCOLS as readonly string[]).includes(v));
  text('minPrice', (v) => DECIMAL_PATTERN.test(v));
  text('maxPrice', (v) => DECIMAL_PATTERN.test(v));
  text('sort', (v) => (SORTS as readonly string[]).includes(v));
  if (filters.location) filters.location = filters.location.toUpperCase();
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 0) filters.page = page;
  return filters;
}

/** The catalog filters, kept in the URL query so a filtered view can be shared and survives reload. */
export function usePlanFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parsePlanFilters(params), [params]);

  /** Sets or removes filters; any change of filter goes back to the first page. */
  const update = useCallback(
    (changes: Partial<Record<FilterName, string>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
        return next;
      }),
    [setParams],
  );

  const setPage = useCallback(
    (page: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (page > 0) next.set('page', String(page));
        else next.delete('page');
        return next;
      }),
    [setParams],
  );

  const clear = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        [...FILTER_NAMES, 'page'].forEach((name) => next.delete(name));
        return next;
      }),
    [setParams],
  );

  const isFiltered = FILTER_NAMES.some((name) => name !== 'sort' && filters[name] !== undefined);
  return { filters, update, setPage, clear, isFiltered };
}
