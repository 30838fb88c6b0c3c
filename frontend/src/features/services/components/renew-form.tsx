import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { InsufficientBalanceAlert } from '@/components/insufficient-balance-alert';
import { PaymentMethodFields, type PaymentMethod } from '@/components/payment-method-fields';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useI18n } from '@/i18n/i18n-context';
import { isApiError, isInsufficientBalance } from '@/lib/api-error';
import type { Id } from '@/lib/api-schemas';
import { useRenewClient, type Renewal } from '../api/client-commands';

/** Renew the same client for another term of its plan, from the wallet or in crypto. */
export function RenewForm({ id, onRenewed }: { id: Id; onRenewed: (renewal: Renewal) => void }) {
  const { t } = useI18n();
  const renew = useRenewClient();
  const idempotency = useIdempotencyKey();
  const [method, setMethod] = useState<PaymentMethod>('wallet');
  const [coin, setCoin] = useState('btc');
  const fieldError = (name: string) => (isApiError(renew.error) ? renew.error.fieldError(name) : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { paymentMethod: method, ...(method === 'nowpayments' ? { payCurrency: coin } : {}) };
    renew.mutate({ id, input, key: idempotency.keyFor({ id, input }) }, { onSuccess: onRenewed, onSettled: (_d, error) => idempotency.settle(error) });
  };

  const insufficient = method === 'wallet' && isInsufficientBalance(renew.error);
  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="renew-title">
      <h2 id="renew-title">{t('services.renew')}</h2>
      <p className="field__hint">{t('services.renewHint')}</p>
      <PaymentMethodFields method={method} onMethod={setMethod} coin={coin} onCoin={setCoin} methodError={fieldError('paymentMethod')} coinError={fieldError('payCurrency')} />
      {insufficient && <InsufficientBalanceAlert message={renew.error!.message} />}
      {renew.isError && !insufficient && !fieldError('paymentMethod') && !fieldError('payCurrency') && <ApiErrorAlert error={renew.error} />}
      <button type="submit" className="button button--primary" disabled={renew.isPending}>
        {renew.isPending ? t('auth.submitting') : t('services.renewSubmit')}
      </button>
    </form>
  );
}
