import { describe, expect, test } from 'vitest';
import { capAt, sumFen } from '../../../../shared/money';

describe('capAt', () => {
  test.each([
    [5, 10, 5, false],
    [9, 10, 9, false],
    [10, 10, 10, false],
    [11, 10, 10, true],
    [0, 0, 0, false],
    [60000000, 50000000, 50000000, true],
  ])('capAt(%d, %d) → %d (capped %s)', (fen, cap, out, capped) => {
    expect(capAt(fen, cap)).toEqual({ fen: out, capped });
  });

  test.each([
    [1.5, 10],
    [10, Number.NaN],
  ])('capAt(%d, %d) throws', (fen, cap) => {
    expect(() => capAt(fen, cap)).toThrow(RangeError);
  });
});

describe('sumFen', () => {
  test.each([
    [[], 0],
    [[1, 2, 3], 6],
    [[60000000, -10000000], 50000000],
    [[Number.MAX_SAFE_INTEGER, -1], Number.MAX_SAFE_INTEGER - 1],
    // An intermediate total beyond 2^53 is fine as long as the result is safe.
    [[Number.MAX_SAFE_INTEGER, 1, -1], Number.MAX_SAFE_INTEGER],
  ])('sumFen(%j) is %d', (values, total) => {
    expect(sumFen(values)).toBe(total);
  });

  test.each([
    [[Number.MAX_SAFE_INTEGER, 1], /overflows/],
    [[Number.MIN_SAFE_INTEGER, -1], /overflows/],
    [[1, 0.5], /values\[1\]/],
    [[Number.NaN], /values\[0\]/],
  ])('sumFen(%j) throws', (values, message) => {
    expect(() => sumFen(values)).toThrow(message);
  });
});
