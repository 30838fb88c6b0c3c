import { useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { SelectField } from './select-field';

export type PaymentMethod = 'wallet' | 'nowpayments';

/** The coins offered at the crypto gateway (NowPayments tickers). */
export const COINS = ['btc', 'eth', 'ltc', 'usdttrc20', 'ton', 'xmr'] as const;

const COIN_LABELS: Record<string, string> = { btc: 'Bitcoin (BTC)', eth: 'Ethereum (ETH)', ltc: 'Litecoin (LTC)', usdttrc20: 'USDT (TRC-20)', ton: 'Toncoin (TON)', xmr: 'Monero (XMR)' };

/** The coin to pay in, with the server's error for `payCurrency` under it. */
export function CoinField({ coin, onCoin, error }: { coin: string; onCoin: (coin: string) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('pay.coin')}
      name="payCurrency"
      value={coin}
      onChange={(event) => onCoin(event.target.value)}
      options={COINS.map((value) => ({ value, label: COIN_LABELS[value] }))}
      error={error}
    />
  );
}

type PaymentMethodFieldsProps = {
  method: PaymentMethod;
  onMethod: (method: PaymentMethod) => void;
  coin: string;
  onCoin: (coin: string) => void;
  methodError?: string;
  coinError?: string;
};

/** Wallet or crypto as a radio group (arrow keys move between them), and the coin for crypto. */
export function PaymentMethodFields({ method, onMethod, coin, onCoin, methodError, coinError }: PaymentMethodFieldsProps) {
  const { t } = useI18n();
  const errorId = useId();
  return (
    <>
      <fieldset className="choice-group" aria-describedby={methodError ? errorId : undefined}>
        <legend className="field__label">{t('pay.method')}</legend>
        {(['wallet', 'nowpayments'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="paymentMethod" value={value} checked={method === value} onChange={() => onMethod(value)} />
            <span>
              <span className="choice__title">{t(value === 'wallet' ? 'pay.wallet' : 'pay.crypto')}</span>
              <span className="choice__hint">{t(value === 'wallet' ? 'pay.walletHint' : 'pay.cryptoHint')}</span>
            </span>
          </label>
        ))}
        {methodError && (
          <p id={errorId} className="field__error">
            {methodError}
          </p>
        )}
      </fieldset>
      {method === 'nowpayments' && <CoinField coin={coin} onCoin={onCoin} error={coinError} />}
    </>
  );
}
