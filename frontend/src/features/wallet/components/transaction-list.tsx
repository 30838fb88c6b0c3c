import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import type { MessageKey } from '@/i18n/dictionary';
import { useI18n } from '@/i18n/i18n-context';
import { usePageParam } from '@/hooks/use-page-param';
import { TRANSACTIONS_PAGE_SIZE, useWalletTransactions } from '../api/wallet-api';

const TYPES: Record<string, MessageKey> = {
  TOP_UP: 'wallet.type.TOP_UP',
  PURCHASE: 'wallet.type.PURCHASE',
  REFUND: 'wallet.type.REFUND',
  ADJUSTMENT: 'wallet.type.ADJUSTMENT',
};

/** The ledger: signed amounts and the balance each left, a page at a time. */
export function TransactionList() {
  const { t, money, dateTime } = useI18n();
  const [page, setPage] = usePageParam();
  const transactions = useWalletTransactions(page);
  return (
    <section aria-labelledby="transactions-title" className="stack">
      <h2 id="transactions-title">{t('wallet.transactions')}</h2>
      <QueryView query={transactions} loading={t('wallet.loading')} error={t('wallet.error')}>
        {(data) =>
          data.items.length === 0 ? (
            <p role="status">{t('wallet.noTransactions')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('wallet.date')}</th>
                      <th scope="col">{t('wallet.type')}</th>
                      <th scope="col">{t('wallet.amount')}</th>
                      <th scope="col">{t('wallet.balanceAfter')}</th>
                      <th scope="col">{t('wallet.reference')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((entry, index) => (
                      <tr key={entry.id ?? index}>
                        <td>{dateTime(entry.createdAt)}</td>
                        <td>{TYPES[entry.type] ? t(TYPES[entry.type]) : entry.type}</td>
                        <td className={entry.amount.amount.startsWith('-') ? 'amount--negative' : 'amount--positive'}>{money(entry.amount)}</td>
                        <td>{money(entry.balanceAfter)}</td>
                        <td dir="auto">{entry.reference ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager page={data.page} size={TRANSACTIONS_PAGE_SIZE} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
