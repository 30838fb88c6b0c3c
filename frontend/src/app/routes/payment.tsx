import { useParams } from 'react-router';
import { PaymentStatus } from '@/features/payments/components/payment-status';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

export function PaymentRoute() {
  const { t } = useI18n();
  const { paymentId = '' } = useParams();
  return (
    <Page title={t('pay.title')}>
      <PaymentStatus id={paymentId} />
    </Page>
  );
}
