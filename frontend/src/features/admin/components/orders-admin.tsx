import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { usePageParam } from '@/hooks/use-page-param';
import { useSearchParam } from '@/hooks/use-search-param';
import { useI18n } from '@/i18n/i18n-context';
import { ADMIN_PAGE_SIZE, useAdminOrders } from '../api/operations';
import { StatusFilter } from './status-filter';

const STATUSES = ['PENDING', 'PAID', 'PROVISIONING', 'COMPLETED', 'CANCELLED', 'EXPIRED', 'FAILED', 'REFUNDED'] as const;

/** Every order, newest first, filtered by status. */
export function OrdersAdmin() {
  const { t, money, dateTime } = useI18n();
  const [status, setStatus] = useSearchParam('status');
  const [page, setPage] = usePageParam();
  const orders = useAdminOrders({ status: status || undefined, page });
  return (
    <div className="stack">
      <StatusFilter value={status} onChange={setStatus} statuses={STATUSES} />
      <QueryView query={orders} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) => (
          <>
            <DataTable
              caption={t('admin.nav.orders')}
              rows={data.items}
              rowKey={(o) => String(o.id)}
              columns={[
                { header: '#', cell: (o) => String(o.id) },
                { header: t('admin.users.user'), cell: (o) => (o.userId != null ? String(o.userId) : '—') },
                { header: t('orders.createdAt'), cell: (o) => dateTime(o.createdAt) },
                { header: t('orders.total'), cell: (o) => money(o.grandAmount) },
                { header: t('orders.status'), cell: (o) => <StatusBadge status={o.status} /> },
                { header: t('orders.paymentStatus'), cell: (o) => <StatusBadge status={o.paymentStatus} /> },
              ]}
            />
            <Pager page={data.page} size={ADMIN_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}
