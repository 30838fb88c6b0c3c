import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { usePageParam } from '@/hooks/use-page-param';
import { useI18n } from '@/i18n/i18n-context';
import { ORDERS_PAGE_SIZE, useOrders } from '../api/get-orders';

/** The caller's orders, newest first, a page at a time (the page lives in the URL). */
export function OrderList() {
  const { t, money, dateTime } = useI18n();
  const [page, setPage] = usePageParam();
  const orders = useOrders(page);
  return (
    <QueryView query={orders} loading={t('orders.loading')} error={t('orders.error')}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState message={t('orders.empty')} />
        ) : (
          <>
            <ul className="card-list">
              {data.items.map((order) => (
                <li key={order.id} className="card card--row">
                  <div>
                    <Link to={`/orders/${order.id}`} className="card__title">
                      {t('orders.number', { id: String(order.id) })}
                    </Link>
                    <p className="card__meta">{dateTime(order.createdAt)}</p>
                  </div>
                  <div className="card__end">
                    <strong>{money(order.grandAmount)}</strong>
                    <StatusBadge status={order.status} />
                  </div>
                </li>
              ))}
            </ul>
            <Pager page={data.page} size={ORDERS_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )
      }
    </QueryView>
  );
}
