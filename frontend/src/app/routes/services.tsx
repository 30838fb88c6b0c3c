import { useNavigate, useParams } from 'react-router';
import { ServiceDetails } from '@/features/services/components/service-details';
import { ServiceList } from '@/features/services/components/service-list';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

export function ServicesRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('services.title')}>
      <ServiceList />
    </Page>
  );
}

export function ServiceRoute() {
  const { t } = useI18n();
  const { clientId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Page title={t('services.titleOne')} back={{ to: '/services', label: t('services.back') }}>
      <ServiceDetails id={clientId} onRenewed={({ payment }) => navigate(`/payments/${payment.id}`)} />
    </Page>
  );
}
