import { useParams } from 'react-router';
import { OrderDetails } from '@/features/orders/components/order-details';
import { OrderList } from '@/features/orders/components/order-list';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

export function OrdersRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('orders.title')}>
      <OrderList />
    </Page>
  );
}

export function OrderRoute() {
  const { t } = useI18n();
  const { orderId = '' } = useParams();
  return (
    <Page title={t('orders.number', { id: orderId })} back={{ to: '/orders', label: t('orders.back') }}>
      <OrderDetails id={orderId} />
    </Page>
  );
}
