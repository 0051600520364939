import { describe, expect, test } from 'vitest';
import { applyRate, rateLabel } from '../../../../shared/money';

const r = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('applyRate', () => {
  test.each([
    ['25% of 2,400,000.00', 240000000, r(25, 100), 60000000, 60000000, true],
    ['30% of 1.00', 100, r(30, 100), 30, 30, true],
    ['half a fen', 1, r(1, 2), 1, 0, false],
    ['1.5 fen', 3, r(1, 2), 2, 1, false],
    ['50.5 fen', 101, r(1, 2), 51, 50, false],
    ['0.5 fen via 1/10', 5, r(1, 10), 1, 0, false],
    ['0.49 fen', 1, r(49, 100), 0, 0, false],
    ['0.51 fen', 1, r(51, 100), 1, 0, false],
    ['just under half: 4999/10000', 1, r(4999, 10000), 0, 0, false],
    ['exactly half: 5000/10000', 1, r(5000, 10000), 1, 0, false],
    ['1/3 of 1.00', 100, r(1, 3), 33, 33, false],
    ['2/3 of 1.00', 100, r(2, 3), 67, 66, false],
    ['zero rate', 12345, r(0, 1), 0, 0, true],
    ['zero base', 0, r(25, 100), 0, 0, true],
    ['rate above 100%', 100, r(3, 2), 150, 150, true],
    ['negative half', -1, r(1, 2), -1, 0, false],
    ['negative 1.5', -3, r(1, 2), -2, -1, false],
    ['negative 0.49', -1, r(49, 100), 0, 0, false],
    // base × numerator passes 2^53 here; a float product would lose the last digits.
    ['product beyond 2^53', Number.MAX_SAFE_INTEGER, r(3, 10), 2702159776422297, 2702159776422297, false],
    ['product beyond 2^53, exact', 9000000000000000, r(30, 100), 2700000000000000, 2700000000000000, true],
    ['whole range', Number.MAX_SAFE_INTEGER, r(1, 1), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true],
  ])('%s', (_name, base, rate, halfUp, down, exact) => {
    expect(applyRate(base, rate, 'half-up')).toEqual({ fen: halfUp, exact });
    expect(applyRate(base, rate, 'down')).toEqual({ fen: down, exact });
  });

  test.each([
    ['fractional base', 1.5, r(1, 2)],
    ['unsafe base', 2 ** 53, r(1, 2)],
    ['zero denominator', 100, r(1, 0)],
    ['negative denominator', 100, r(1, -2)],
    ['negative numerator', 100, r(-1, 2)],
    ['fractional numerator', 100, r(0.25, 1)],
    ['result overflow', Number.MAX_SAFE_INTEGER, r(2, 1)],
  ])('throws on %s', (_name, base, rate) => {
    expect(() => applyRate(base, rate, 'half-up')).toThrow(RangeError);
  });
});

describe('rateLabel', () => {
  test.each([
    [r(25, 100), '25%'],
    [r(30, 100), '30%'],
    [r(3, 10), '30%'],
    [r(1, 4), '25%'],
    [r(1, 1), '100%'],
    [r(3, 2), '150%'],
    [r(0, 1), '0%'],
    [r(1, 8), '12.5%'],
    [r(15, 10000), '0.15%'],
    [r(1, 1000000), '0.0001%'],
    [r(1, 10000000), '1/10000000'],
    [r(1, 3), '1/3'],
    [r(2, 3), '2/3'],
  ])('%j → %s', (rate, label) => {
    expect(rateLabel(rate)).toBe(label);
  });

  test('throws on a zero denominator', () => {
    expect(() => rateLabel(r(1, 0))).toThrow(RangeError);
  });
});
