// Money through the amount layer: 大写, rounding stated, whole months.
import { describe, expect, test } from 'vitest';
import { amountOf, rateThenCap } from '../../../../shared/policy/amount';
import { fullMonths } from '../../../../shared/policy';

describe('amounts', () => {
  test.each([
    [1_000, '壹拾元整'],
    [10_000_500, '壹拾万零伍元整'],
    [50, '伍角'],
    [50_000_000, '伍拾万元整'],
    [105, '壹元零伍分'],
  ])('%i fen is written %s', (fen, text) => {
    expect(amountOf('computed', fen, { zh: [], en: [] }, { zh: '', en: '' }).amountText).toBe(text);
  });

  test.each([
    [10, { numerator: 25, denominator: 100 }, 2, '25% × 0.10 = 0.02（不足1分部分舍去）'],
    [12, { numerator: 25, denominator: 100 }, 3, '25% × 0.12 = 0.03'],
    [7, { numerator: 30, denominator: 100 }, 2, '30% × 0.07 = 0.02（不足1分部分舍去）'],
  ])('%i fen at a rate is rounded down and says so', (base, rate, fen, trace) => {
    expect(rateThenCap(base, rate)).toMatchObject({ fen, zh: trace });
  });
});

describe('fullMonths', () => {
  test.each([
    ['2025-07-01', '2025-12-31', 6],
    ['2025-07-10', '2025-08-09', 1],
    ['2025-07-10', '2025-08-08', 0],
    ['2025-01-31', '2025-02-27', 1],
    ['2025-01-31', '2025-02-26', 0],
    ['2024-01-31', '2024-02-28', 1],
    ['2025-03-01', '2025-02-28', 0],
    ['2024-09-01', '2025-08-31', 12],
  ])('%s … %s is %i whole months', (start, end, months) => {
    expect(fullMonths(start, end)).toBe(months);
  });
});
