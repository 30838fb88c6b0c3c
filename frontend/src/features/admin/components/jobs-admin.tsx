import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { usePageParam } from '@/hooks/use-page-param';
import { useSearchParam } from '@/hooks/use-search-param';
import { useI18n } from '@/i18n/i18n-context';
import type { Job } from '../api/admin-schemas';
import { ADMIN_PAGE_SIZE, useJobs, useRetryJob } from '../api/operations';
import { StatusFilter } from './status-filter';

const STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'DEAD'] as const;

/** The job queue, DEAD first of all: why each died, and a retry. */
export function JobsAdmin() {
  const { t, number, dateTime } = useI18n();
  const [status, setStatus] = useSearchParam('status', 'DEAD');
  const [page, setPage] = usePageParam();
  const jobs = useJobs({ status: status || undefined, page });
  const retry = useRetryJob();
  return (
    <div className="stack">
      <StatusFilter value={status} onChange={setStatus} statuses={STATUSES} />
      {retry.isSuccess && (
        <p role="status" className="alert alert--info">
          {t('admin.jobs.retried', { id: String(retry.data.id) })}
        </p>
      )}
      {retry.isError && <ApiErrorAlert error={retry.error} />}
      <QueryView query={jobs} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) =>
          data.items.length === 0 ? (
            <p role="status">{t('admin.jobs.none')}</p>
          ) : (
            <>
              <DataTable<Job>
                caption={t('admin.nav.jobs')}
                rows={data.items}
                rowKey={(j) => j.id}
                columns={[
                  { header: '#', cell: (j) => String(j.id) },
                  { header: t('admin.jobs.type'), cell: (j) => <code dir="ltr">{j.type}</code> },
                  { header: t('orders.status'), cell: (j) => <StatusBadge status={j.status} /> },
                  { header: t('admin.jobs.attempts'), cell: (j) => `${number(j.attempts)} / ${number(j.maxAttempts)}` },
                  { header: t('admin.jobs.lastError'), cell: (j) => <span dir="ltr" className="error-text">{j.lastError ?? '—'}</span> },
                  { header: t('admin.jobs.updated'), cell: (j) => (j.updatedAt ? dateTime(j.updatedAt) : '—') },
                  {
                    header: t('admin.actions'),
                    cell: (j) =>
                      j.status === 'DEAD' && (
                        <button type="button" className="button button--primary button--small" disabled={retry.isPending} onClick={() => retry.mutate(j.id)} aria-label={t('admin.jobs.retryOne', { id: String(j.id) })}>
                          {t('admin.jobs.retry')}
                        </button>
                      ),
                  },
                ]}
              />
              <Pager page={data.page} size={ADMIN_PAGE_SIZE} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
