import type { Payment } from '../api/payment-schema';

const SCHEMES: Record<string, string> = { btc: 'bitcoin', ltc: 'litecoin', eth: 'ethereum', xmr: 'monero', bch: 'bitcoincash', doge: 'dogecoin' };

/**
 * What the QR code holds: a BIP-21-style payment URI for coins whose wallets read one
 * (`bitcoin:<address>?amount=<amount>`), else the bare address (tokens such as USDT, or a memo coin).
 */
export function paymentUri(payment: Payment): string | null {
  if (!payment.payAddress) return null;
  const scheme = SCHEMES[(payment.payCurrency ?? '').toLowerCase()];
  if (!scheme || payment.payExtraId) return payment.payAddress;
  return payment.payAmount ? `${scheme}:${payment.payAddress}?amount=${payment.payAmount}` : `${scheme}:${payment.payAddress}`;
}
