/**
 * Compares two non-negative decimal strings ("9.99", "010.5") exactly, digit by digit, so prices
 * are never squeezed through a float. Returns -1, 0 or 1.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const [aInt, aFrac = ''] = a.split('.');
  const [bInt, bFrac = ''] = b.split('.');
  const ai = aInt.replace(/^0+(?=\d)/, '');
  const bi = bInt.replace(/^0+(?=\d)/, '');
  if (ai.length !== bi.length) return ai.length < bi.length ? -1 : 1;
  const width = Math.max(aFrac.length, bFrac.length);
  const x = ai + aFrac.padEnd(width, '0');
  const y = bi + bFrac.padEnd(width, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** `amount × count` for a decimal string and a whole number, exactly (BigInt), keeping the decimals. */
export function multiplyDecimal(amount: string, count: number): string {
  const negative = amount.startsWith('-');
  const [int, frac = ''] = amount.replace(/^-/, '').split('.');
  const product = (BigInt(int + frac) * BigInt(count)).toString().padStart(frac.length + 1, '0');
  const whole = frac ? `${product.slice(0, -frac.length)}.${product.slice(-frac.length)}` : product;
  return negative && /[1-9]/.test(whole) ? `-${whole}` : whole;
}
