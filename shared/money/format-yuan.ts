import { assertFen, type Fen } from './fen';

/**
 * Formats fen as yuan with thousands separators and always two decimals: 60000000 → "600,000.00",
 * -5 → "-0.05". No currency sign, so callers decide between "¥" and "元".
 *
 * @throws RangeError if `fen` is not a safe integer.
 */
export function formatYuan(fen: Fen): string {
  assertFen(fen);
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, '0');
  const grouped = yuan.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}
