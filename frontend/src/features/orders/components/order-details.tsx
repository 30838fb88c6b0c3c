import { Link } from 'react-router';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { DetailsList } from '@/components/details-list';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { useI18n } from '@/i18n/i18n-context';
import { useCancelOrder } from '../api/cancel-order';
import { useOrder } from '../api/get-order';
import { isCancellable } from '../api/order-schemas';

/** One order: status, lines with their price snapshots, invoice, and cancel while unpaid. */
export function OrderDetails({ id }: { id: string }) {
  const { t, money, number, dateTime } = useI18n();
  const order = useOrder(id);
  const cancel = useCancelOrder();
  return (
    <QueryView query={order} loading={t('orders.loadingOne')} error={t('orders.errorOne')}>
      {(data) => (
        <div className="stack">
          <DetailsList
            rows={[
              [t('orders.status'), <StatusBadge status={data.status} />],
              [t('orders.paymentStatus'), <StatusBadge status={data.paymentStatus} />],
              [t('orders.paymentMethod'), data.paymentMethod === 'wallet' ? t('pay.wallet') : t('pay.crypto')],
              [t('orders.createdAt'), dateTime(data.createdAt)],
              [t('orders.total'), <strong>{money(data.grandAmount)}</strong>],
              ...(data.invoice
                ? ([[t('orders.invoice'), `${data.invoice.number} · ${data.invoice.paidAt ? t('orders.invoicePaid', { date: dateTime(data.invoice.paidAt) }) : t('orders.invoiceOpen')}`]] as [string, string][])
                : []),
            ]}
          />
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('orders.items')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('orders.plan')}</th>
                  <th scope="col">{t('checkout.quantity')}</th>
                  <th scope="col">{t('orders.unitPrice')}</th>
                  <th scope="col">{t('orders.lineTotal')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.id}>
                    <td>{t('orders.planNumber', { id: String(item.serverPlanId) })}</td>
                    <td>{number(item.quantity)}</td>
                    <td>{money(item.unitAmount)}</td>
                    <td>{money(item.totalAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.status === 'COMPLETED' && (
            <Link to="/services" className="button button--primary">
              {t('pay.toServices')}
            </Link>
          )}
          {isCancellable(data) && (
            <ConfirmButton label={t('orders.cancel')} question={t('orders.cancelQuestion')} danger onConfirm={() => cancel.mutate(data.id)} disabled={cancel.isPending} />
          )}
          {cancel.isError && <ApiErrorAlert error={cancel.error} />}
        </div>
      )}
    </QueryView>
  );
}
