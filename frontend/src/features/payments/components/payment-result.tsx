import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n-context';
import type { Payment } from '../api/payment-schema';

/** The end of a payment: paid (with the way to what it bought) or not (with the way back). */
export function PaymentResult({ payment }: { payment: Payment }) {
  const { t, money } = useI18n();
  if (payment.status === 'PAID') {
    const topUp = payment.purpose === 'TOP_UP';
    return (
      <section className="result result--ok" aria-labelledby="payment-result">
        <h2 id="payment-result">{t('pay.paidTitle')}</h2>
        <p>{t(topUp ? 'pay.paidTopUp' : 'pay.paidOrder', { amount: money(payment.amount) })}</p>
        <div className="actions">
          {topUp ? (
            <Link to="/wallet" className="button button--primary">
              {t('pay.toWallet')}
            </Link>
          ) : (
            <Link to="/services" className="button button--primary">
              {t('pay.toServices')}
            </Link>
          )}
          {payment.orderId != null && (
            <Link to={`/orders/${payment.orderId}`} className="button button--secondary">
              {t('pay.toOrder')}
            </Link>
          )}
        </div>
      </section>
    );
  }
  return (
    <section className="result result--error" aria-labelledby="payment-result">
      <h2 id="payment-result">{t(payment.status === 'EXPIRED' ? 'pay.expiredTitle' : 'pay.failedTitle')}</h2>
      <p>{t('pay.notPaidText')}</p>
      <Link to="/" className="button button--primary">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
