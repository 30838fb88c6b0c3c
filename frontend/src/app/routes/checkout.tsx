import { useNavigate, useParams } from 'react-router';
import { QueryView } from '@/components/query-view';
import { useServerPlan } from '@/features/catalog/api/get-server-plan';
import { PlanCard } from '@/features/catalog/components/plan-card';
import { CheckoutForm } from '@/features/orders/components/checkout-form';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

/** Checkout: the plan as on its card, then quantity and payment; on to the payment screen. */
export function CheckoutRoute() {
  const { t } = useI18n();
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const plan = useServerPlan(planId);
  return (
    <Page title={t('checkout.title')} back={{ to: '/', label: t('checkout.back') }} className="checkout">
      <QueryView query={plan} loading={t('catalog.loading')} error={t('checkout.planError')}>
        {(data) => (
          <div className="checkout__body">
            <PlanCard plan={{ ...data, available: false }} />
            <CheckoutForm plan={data} onPlaced={({ payment }) => navigate(`/payments/${payment.id}`)} />
          </div>
        )}
      </QueryView>
    </Page>
  );
}
