import { useNavigate } from 'react-router';
import { TopUpForm } from '@/features/wallet/components/top-up-form';
import { TransactionList } from '@/features/wallet/components/transaction-list';
import { WalletBalance } from '@/features/wallet/components/wallet-balance';
import { useI18n } from '@/i18n/i18n-context';
import { Page } from './page';

/** Balance, top-up (on to the payment screen) and the ledger. */
export function WalletRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page title={t('wallet.title')} className="wallet-page">
      <div className="wallet-page__top">
        <WalletBalance />
        <TopUpForm onCreated={(payment) => navigate(`/payments/${payment.id}`)} />
      </div>
      <TransactionList />
    </Page>
  );
}
