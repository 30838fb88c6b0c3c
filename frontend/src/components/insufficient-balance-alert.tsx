import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n-context';

/** The wallet does not cover a payment: the server's numbers and the way to top up. */
export function InsufficientBalanceAlert({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="alert alert--error">
      <p className="alert__title">{t('checkout.insufficientTitle')}</p>
      <p>{message}</p>
      <Link to="/wallet" className="button button--primary">
        {t('checkout.topUp')}
      </Link>
    </div>
  );
}
