import { useNavigate } from 'react-router';
import { AccountDetails } from '@/features/account/components/account-details';
import { LogoutButton } from '@/features/auth/components/logout-button';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/i18n/i18n-context';

export function AccountRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('account.title'));
  return (
    <div className="account-page">
      <h1>{t('account.title')}</h1>
      <AccountDetails />
      <LogoutButton onLeave={() => navigate('/', { replace: true })} />
    </div>
  );
}
