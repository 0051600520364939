import { describe, expect, test } from 'vitest';
import { toChineseAmount } from '../../../../shared/money';

describe('toChineseAmount: the required examples', () => {
  test.each([
    [1000, '壹拾元整'],
    [10000500, '壹拾万零伍元整'],
    [50, '伍角'],
    [0, '零元整'],
    [105, '壹元零伍分'],
    [150, '壹元伍角'],
    [50000000, '伍拾万元整'],
    [60000050, '陆拾万元伍角'],
    [100100, '壹仟零壹元整'],
    [10000000000, '壹亿元整'],
    [1001001, '壹万零壹拾元零壹分'],
    [5, '伍分'],
  ])('%d fen → %s', (fen, text) => {
    expect(toChineseAmount(fen)).toBe(text);
  });
});

describe('toChineseAmount: zeros, groups and 角/分 conventions', () => {
  test.each([
    [100, '壹元整'],
    [55, '伍角伍分'],
    [1050, '壹拾元伍角'],
    [1005, '壹拾元零伍分'],
    [1055, '壹拾元伍角伍分'],
    [10100, '壹佰零壹元整'],
    [101000, '壹仟零壹拾元整'],
    [110000, '壹仟壹佰元整'],
    [1000000, '壹万元整'],
    [11000000, '壹拾壹万元整'],
    [100001000, '壹佰万零壹拾元整'],
    [1000100000, '壹仟万壹仟元整'],
    [1000000500, '壹仟万零伍元整'],
    [10000000100, '壹亿零壹元整'],
    [10010000000, '壹亿零壹拾万元整'],
    [11000000000, '壹亿壹仟万元整'],
    [100000000000, '壹拾亿元整'],
    [100000000000000, '壹万亿元整'],
    [1234567890, '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角'],
    [100000001, '壹佰万元零壹分'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
    [-1000, '负壹拾元整'],
    [-5, '负伍分'],
  ])('%d fen → %s', (fen, text) => {
    expect(toChineseAmount(fen)).toBe(text);
  });

  test.each([0.5, Number.NaN, 2 ** 53])('%d throws', (fen) => {
    expect(() => toChineseAmount(fen)).toThrow(RangeError);
  });
});
