import { useNavigate } from 'react-router';
import { useMe } from '@/features/account/api/get-me';
import { AccountDetails } from '@/features/account/components/account-details';
import { ApiKeys } from '@/features/account/components/api-keys';
import { LogoutButton } from '@/features/auth/components/logout-button';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

/** Who is signed in; resellers and admins also manage their API keys here. */
export function AccountRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useMe();
  const keyHolder = me.data?.role === 'RESELLER' || me.data?.role === 'ADMIN';
  return (
    <Page title={t('account.title')} className="account-page">
      <AccountDetails />
      <LogoutButton onLeave={() => navigate('/', { replace: true })} />
      {keyHolder && <ApiKeys />}
    </Page>
  );
}
