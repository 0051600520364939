import { expect, test } from 'vitest';
import { formatYuan } from '../../../../shared/money';

test.each([
  [0, '0.00'],
  [-0, '0.00'],
  [5, '0.05'],
  [50, '0.50'],
  [100, '1.00'],
  [99999, '999.99'],
  [100000, '1,000.00'],
  [60000000, '600,000.00'],
  [123456789, '1,234,567.89'],
  [100000000000000, '1,000,000,000,000.00'],
  [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  [-5, '-0.05'],
  [-123456, '-1,234.56'],
])('formatYuan(%d) is %j', (fen, text) => {
  expect(formatYuan(fen)).toBe(text);
});

test.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('formatYuan(%d) throws', (fen) => {
  expect(() => formatYuan(fen)).toThrow(RangeError);
});
