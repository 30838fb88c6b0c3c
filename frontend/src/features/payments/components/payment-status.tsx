import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { CopyField } from '@/components/copy-field';
import { QrCode } from '@/components/qr-code';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { useI18n } from '@/i18n/i18n-context';
import { usePayment } from '../api/get-payment';
import { useRefreshPayment, useSimulatePayment } from '../api/payment-commands';
import { isDemo, isFinal, type Payment } from '../api/payment-schema';
import { PaymentCountdown } from './payment-countdown';
import { PaymentResult } from './payment-result';
import { paymentUri } from './payment-uri';

/** A payment from start to end: what to send where, a QR, the time left, the live status, the result. */
export function PaymentStatus({ id }: { id: string }) {
  const { t } = useI18n();
  const payment = usePayment(id);
  const final = payment.data ? isFinal(payment.data) : false;
  const queryClient = useQueryClient();

  // Once it is final, what it paid for (services, orders, wallet) may have changed.
  useEffect(() => {
    if (final) void queryClient.invalidateQueries({ predicate: (q) => ['orders', 'wallet', 'server-clients'].includes(String(q.queryKey[0])) });
  }, [final, queryClient]);

  return (
    <QueryView query={payment} loading={t('pay.loading')} error={t('pay.error')}>
      {(data) => (final ? <PaymentResult payment={data} /> : <OpenPayment payment={data} />)}
    </QueryView>
  );
}

function OpenPayment({ payment }: { payment: Payment }) {
  const { t, money } = useI18n();
  const refresh = useRefreshPayment();
  const simulate = useSimulatePayment();
  const uri = paymentUri(payment);
  const coin = payment.payCurrency?.toUpperCase() ?? '';
  return (
    <div className="payment">
      <p role="status" className="payment__status">
        {t('pay.waiting')} <StatusBadge status={payment.status} />
      </p>
      <div className="payment__body">
        <div className="stack">
          <p className="payment__amount">
            {payment.payAmount ? (
              <>
                <span dir="ltr">
                  {payment.payAmount} {coin}
                </span>
                <span className="payment__fiat">≈ {money(payment.amount)}</span>
              </>
            ) : (
              money(payment.amount)
            )}
          </p>
          {payment.payAmount && <CopyField label={t('pay.amountLabel', { coin })} value={payment.payAmount} />}
          {payment.payAddress && <CopyField label={t('pay.address')} value={payment.payAddress} />}
          {payment.payExtraId && (
            <>
              <CopyField label={t('pay.memo')} value={payment.payExtraId} />
              <p className="alert alert--info">{t('pay.memoWarning')}</p>
            </>
          )}
          {payment.expiresAt && <PaymentCountdown expiresAt={payment.expiresAt} />}
          {payment.invoiceUrl && (
            <a href={payment.invoiceUrl} target="_blank" rel="noopener noreferrer" className="button button--secondary">
              {t('pay.openInvoice')}
            </a>
          )}
          <button type="button" className="button button--secondary" onClick={() => refresh.mutate(payment.id)} disabled={refresh.isPending}>
            {t('pay.checkNow')}
          </button>
          {refresh.isError && <ApiErrorAlert error={refresh.error} />}
        </div>
        {uri && (
          <figure className="payment__qr">
            <QrCode value={uri} label={t('pay.qrLabel')} />
            <figcaption>{t('pay.qrCaption')}</figcaption>
          </figure>
        )}
      </div>
      {isDemo(payment) && (
        <section className="demo-box" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('pay.demoTitle')}</h2>
          <p>{t('pay.demoText')}</p>
          <button type="button" className="button button--primary" onClick={() => simulate.mutate(payment.id)} disabled={simulate.isPending}>
            {t('pay.simulate')}
          </button>
          {simulate.isError && <ApiErrorAlert error={simulate.error} />}
        </section>
      )}
    </div>
  );
}
