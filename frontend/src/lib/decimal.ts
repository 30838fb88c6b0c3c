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
