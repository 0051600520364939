/** An amount of money as a safe integer number of fen (分); 100 fen = 1 yuan. */
export type Fen = number;

/** Throws a RangeError unless `value` is a safe integer, so a float yuan never passes as fen. */
export function assertFen(value: number, name = 'fen'): asserts value is Fen {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer number of fen, got ${String(value)}`);
  }
}

/**
 * Sums amounts in fen exactly.
 *
 * @throws RangeError if an element is not a safe integer or the total leaves the safe-integer range.
 */
export function sumFen(values: readonly Fen[]): Fen {
  let total = 0n;
  values.forEach((value, index) => {
    assertFen(value, `values[${index}]`);
    total += BigInt(value);
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`sum of fen overflows the safe-integer range: ${total.toString()}`);
  }
  return Number(total);
}

/**
 * Limits an amount to a cap (a subsidy's 上限); `capped` says whether the cap applied, so a trace can
 * say "超过上限，按上限计".
 *
 * @throws RangeError if either argument is not a safe integer.
 */
export function capAt(fen: Fen, capFen: Fen): { fen: Fen; capped: boolean } {
  assertFen(fen);
  assertFen(capFen, 'capFen');
  return fen > capFen ? { fen: capFen, capped: true } : { fen, capped: false };
}
