import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { InsufficientBalanceAlert } from '@/components/insufficient-balance-alert';
import { TextField } from '@/components/text-field';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useIdempotencyKey } from '@/hooks/use-idempotency-key';
import { useI18n } from '@/i18n/i18n-context';
import { isInsufficientBalance } from '@/lib/api-error';
import type { Id, Money } from '@/lib/api-schemas';
import { multiplyDecimal } from '@/lib/decimal';
import type { PlacedOrder } from '../api/order-schemas';
import { usePlaceOrder } from '../api/place-order';
import { PaymentMethodFields, type PaymentMethod } from '@/components/payment-method-fields';

export type CheckoutPlan = { id: Id; name: string; price: Money };

const MAX_QUANTITY = 100;

/** Quantity and how to pay, the exact total, and one Idempotency-Key per attempt. */
export function CheckoutForm({ plan, onPlaced }: { plan: CheckoutPlan; onPlaced: (placed: PlacedOrder) => void }) {
  const { t, money } = useI18n();
  const placement = usePlaceOrder();
  const idempotency = useIdempotencyKey();
  const [quantityText, setQuantityText] = useState('1');
  const [method, setMethod] = useState<PaymentMethod>('wallet');
  const [coin, setCoin] = useState('btc');
  const { formRef, fieldError, check } = useFieldErrors(placement.error, { quantity: ['items[0].quantity', 'items'] });

  const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : NaN;
  const validQuantity = quantity >= 1 && quantity <= MAX_QUANTITY;
  const total: Money = { amount: multiplyDecimal(plan.price.amount, validQuantity ? quantity : 1), currency: plan.price.currency };
  const insufficient = method === 'wallet' && isInsufficientBalance(placement.error);
  const fieldless = placement.isError && !insufficient && !fieldError('quantity') && !fieldError('paymentMethod') && !fieldError('payCurrency');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(validQuantity ? {} : { quantity: [t('checkout.quantityInvalid', { max: MAX_QUANTITY })] })) return;
    const input = {
      items: [{ serverPlanId: plan.id, quantity }],
      paymentMethod: method,
      ...(method === 'nowpayments' ? { payCurrency: coin } : {}),
    };
    placement.mutate(
      { input, key: idempotency.keyFor(input) },
      { onSuccess: onPlaced, onSettled: (_data, error) => idempotency.settle(error) },
    );
  };

  return (
    <form ref={formRef} className="form checkout-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t('checkout.quantity')}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_QUANTITY}
        value={quantityText}
        onChange={(event) => setQuantityText(event.target.value)}
        hint={t('checkout.quantityHint', { max: MAX_QUANTITY })}
        error={fieldError('quantity')}
      />
      <PaymentMethodFields
        method={method}
        onMethod={setMethod}
        coin={coin}
        onCoin={setCoin}
        methodError={fieldError('paymentMethod')}
        coinError={fieldError('payCurrency')}
      />
      <p className="checkout-form__total">
        {t('checkout.total')}: <strong>{money(total)}</strong>
      </p>
      {insufficient && <InsufficientBalanceAlert message={placement.error!.message} />}
      {fieldless && <ApiErrorAlert error={placement.error} />}
      <button type="submit" className="button button--primary" disabled={placement.isPending}>
        {placement.isPending ? t('auth.submitting') : t('checkout.pay', { total: money(total) })}
      </button>
    </form>
  );
}
