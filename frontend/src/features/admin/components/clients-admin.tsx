import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { usePageParam } from '@/hooks/use-page-param';
import { useSearchParam } from '@/hooks/use-search-param';
import { useI18n } from '@/i18n/i18n-context';
import type { AdminClient } from '../api/admin-schemas';
import { ADMIN_PAGE_SIZE, useAdminClients, useClientAction } from '../api/operations';
import { StatusFilter } from './status-filter';

const STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'DELETED'] as const;

/** Every client: suspend, resume, reset traffic, delete (the last two ask first). */
export function ClientsAdmin() {
  const { t, bytes, dateTime } = useI18n();
  const [status, setStatus] = useSearchParam('status');
  const [page, setPage] = usePageParam();
  const clients = useAdminClients({ status: status || undefined, page });
  const act = useClientAction();
  return (
    <div className="stack">
      <StatusFilter value={status} onChange={setStatus} statuses={STATUSES} />
      {act.isError && <ApiErrorAlert error={act.error} />}
      <QueryView query={clients} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) => (
          <>
            <DataTable<AdminClient>
              caption={t('admin.nav.clients')}
              rows={data.items}
              rowKey={(c) => c.id}
              columns={[
                { header: '#', cell: (c) => String(c.id) },
                { header: t('admin.clients.email'), cell: (c) => <code dir="ltr">{c.email ?? '—'}</code> },
                { header: t('admin.clients.server'), cell: (c) => <span dir="auto">{c.server.name}</span> },
                { header: t('orders.status'), cell: (c) => <StatusBadge status={c.status} /> },
                { header: t('services.expires'), cell: (c) => (c.expiresAt ? dateTime(c.expiresAt) : '—') },
                { header: t('services.traffic'), cell: (c) => bytes(c.traffic.upBytes + c.traffic.downBytes) },
                {
                  header: t('admin.actions'),
                  cell: (c) => (
                    <div className="actions actions--tight">
                      {c.status === 'SUSPENDED' ? (
                        <button type="button" className="button button--secondary button--small" onClick={() => act.mutate({ id: c.id, action: 'resume' })}>
                          {t('admin.clients.resume')}
                        </button>
                      ) : (
                        <button type="button" className="button button--secondary button--small" disabled={c.status !== 'ACTIVE'} onClick={() => act.mutate({ id: c.id, action: 'suspend' })}>
                          {t('admin.clients.suspend')}
                        </button>
                      )}
                      <ConfirmButton label={t('admin.clients.resetTraffic')} question={t('admin.clients.resetQuestion')} onConfirm={() => act.mutate({ id: c.id, action: 'reset-traffic' })} />
                      <ConfirmButton label={t('admin.delete')} question={t('admin.clients.deleteQuestion')} danger onConfirm={() => act.mutate({ id: c.id, action: 'delete' })} />
                    </div>
                  ),
                },
              ]}
            />
            <Pager page={data.page} size={ADMIN_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}
