import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error-alert';
import { LoadingStatus } from './loading-status';

type QueryViewProps<T> = {
  query: UseQueryResult<T>;
  loading: string;
  error: string;
  children: (data: T) => ReactNode;
};

/** A query's three faces: a polite loading status, an error with retry, or the data. */
export function QueryView<T>({ query, loading, error, children }: QueryViewProps<T>) {
  if (query.isPending) return <LoadingStatus label={loading} />;
  if (query.isError) return <ApiErrorAlert title={error} error={query.error} onRetry={() => query.refetch()} />;
  return children(query.data);
}
