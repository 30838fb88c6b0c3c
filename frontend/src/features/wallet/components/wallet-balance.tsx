import { QueryView } from '@/components/query-view';
import { useI18n } from '@/i18n/i18n-context';
import { useWallet } from '../api/wallet-api';

/** The balance, large. */
export function WalletBalance() {
  const { t, money } = useI18n();
  const wallet = useWallet();
  return (
    <QueryView query={wallet} loading={t('wallet.loading')} error={t('wallet.error')}>
      {(data) => (
        <p className="wallet-balance">
          <span className="wallet-balance__label">{t('wallet.balance')}</span>
          <span className="wallet-balance__amount">{money(data.balance)}</span>
        </p>
      )}
    </QueryView>
  );
}
