import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { CoinField } from '@/components/payment-method-fields';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useI18n } from '@/i18n/i18n-context';
import type { Id } from '@/lib/api-schemas';
import { useTopUp } from '../api/wallet-api';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** An amount and a coin; the created payment is handed on (the app shows the payment screen). */
export function TopUpForm({ onCreated }: { onCreated: (payment: { id: Id }) => void }) {
  const { t } = useI18n();
  const topUp = useTopUp();
  const idempotency = useIdempotencyKey();
  const [coin, setCoin] = useState('btc');
  const { formRef, fieldError, check } = useFieldErrors(topUp.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { amount } = readForm(event.currentTarget, ['amount'] as const);
    if (!check(AMOUNT.test(amount) && !/^0*(\.0*)?$/.test(amount) ? {} : { amount: [t('wallet.amountInvalid')] })) return;
    const input = { amount, payCurrency: coin };
    topUp.mutate({ input, key: idempotency.keyFor(input) }, { onSuccess: onCreated, onSettled: (_d, error) => idempotency.settle(error) });
  };

  const fieldless = topUp.isError && !fieldError('amount') && !fieldError('payCurrency');
  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate aria-labelledby="top-up-title">
      <h2 id="top-up-title">{t('wallet.topUpTitle')}</h2>
      <TextField label={t('wallet.amount')} name="amount" inputMode="decimal" autoComplete="off" placeholder="20.00" error={fieldError('amount')} dir="ltr" />
      <CoinField coin={coin} onCoin={setCoin} error={fieldError('payCurrency')} />
      {fieldless && <ApiErrorAlert error={topUp.error} />}
      <button type="submit" className="button button--primary" disabled={topUp.isPending}>
        {topUp.isPending ? t('auth.submitting') : t('wallet.topUp')}
      </button>
    </form>
  );
}
