import { assertFen, type Fen } from './fen';

/** A rate as an exact fraction, e.g. 25% = { numerator: 25, denominator: 100 }. */
export interface Rate {
  numerator: number;
  denominator: number;
}

/** 'half-up' is 四舍五入 (a half fen rounds away from zero); 'down' truncates toward zero. */
export type Rounding = 'half-up' | 'down';

function assertRate(rate: Rate): void {
  if (!Number.isSafeInteger(rate.numerator) || rate.numerator < 0) {
    throw new RangeError(`rate.numerator must be a non-negative safe integer, got ${String(rate.numerator)}`);
  }
  if (!Number.isSafeInteger(rate.denominator) || rate.denominator <= 0) {
    throw new RangeError(`rate.denominator must be a positive safe integer, got ${String(rate.denominator)}`);
  }
}

/**
 * Multiplies an amount by a rate with exact integer arithmetic: 25% of 240000000 fen is 60000000.
 * `exact` is false when the result had to be rounded to whole fen, so a trace can say "四舍五入到分".
 *
 * @throws RangeError on a non-integer amount, a negative or zero-denominator rate, or a result outside
 *   the safe-integer range.
 */
export function applyRate(baseFen: Fen, rate: Rate, rounding: Rounding): { fen: Fen; exact: boolean } {
  assertFen(baseFen, 'baseFen');
  assertRate(rate);
  // BigInt because base × numerator can pass 2^53 long before the quotient does.
  const product = BigInt(baseFen) * BigInt(rate.numerator);
  const denominator = BigInt(rate.denominator);
  let quotient = product / denominator;
  const remainder = product % denominator;
  const exact = remainder === 0n;
  if (!exact && rounding === 'half-up') {
    const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
    if (twice >= denominator) quotient += product < 0n ? -1n : 1n;
  }
  if (quotient > BigInt(Number.MAX_SAFE_INTEGER) || quotient < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`applyRate result overflows the safe-integer range: ${quotient.toString()}`);
  }
  return { fen: Number(quotient), exact };
}

/**
 * Labels a rate as a percentage: 25/100 → "25%", 3/10 → "30%", 1/8 → "12.5%". A rate whose
 * percentage has no terminating decimal within four places is shown as a fraction ("1/3") rather
 * than a rounded percentage (numerator/denominator as given, not reduced), so the label never claims
 * a rate the arithmetic does not use.
 *
 * @throws RangeError on an invalid rate.
 */
export function rateLabel(rate: Rate): string {
  assertRate(rate);
  const numerator = BigInt(rate.numerator) * 100n;
  const denominator = BigInt(rate.denominator);
  for (let places = 0; places <= 4; places += 1) {
    const scale = 10n ** BigInt(places);
    if ((numerator * scale) % denominator === 0n) {
      const scaled = ((numerator * scale) / denominator).toString().padStart(places + 1, '0');
      const whole = scaled.slice(0, scaled.length - places);
      const fraction = scaled.slice(scaled.length - places);
      return places === 0 ? `${whole}%` : `${whole}.${fraction}%`;
    }
  }
  return `${rate.numerator}/${rate.denominator}`;
}
