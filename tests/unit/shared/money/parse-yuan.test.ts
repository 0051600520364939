import { describe, expect, test } from 'vitest';
import { MAX_INPUT_FEN, parseYuan } from '../../../../shared/money';

describe('parseYuan accepts', () => {
  test.each([
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0.05', 5],
    ['1,234,567.00', 123456700],
    ['0', 0],
    ['0.5', 50],
    ['0.00', 0],
    ['999', 99900],
    ['1,000', 100000],
    ['１，２３４．５６', 123456],
    ['０．０５', 5],
    [' 1234 ', 123400],
    ['\u30001234.5\u3000', 123450],
    ['12\u200B34', 123400],
    ['¥1,234.56', 123456],
    ['￥1234', 123400],
    ['1234元', 123400],
    ['¥ 1 234.50 元', 123450],
    ['600,000.00', 60000000],
    ['999,999,999,999.99', 99999999999999],
    ['1000000000000', MAX_INPUT_FEN],
    ['1,000,000,000,000.00', MAX_INPUT_FEN],
    ['12.5万', 12_500_000],
    ['12.5万元', 12_500_000],
    ['¥12.5万', 12_500_000],
    ['１２．５万元', 12_500_000],
    ['0.0001万', 100],
    ['1.234567万', 1_234_567],
    ['100,000,000万', MAX_INPUT_FEN],
    ['1234。5', 123450],
    ['1\u00A0234.50', 123450],
    ['1\u2009234\u2009567.00', 123456700],
    ['1\u202F234', 123400],
    ['\t¥ 238,760.50 元\n', 23876050],
  ])('%j → %d fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, fen });
  });
});

const INVALID_CHAR = (n: number, ch: string): string =>
  `金额第${n}个字符「${ch}」无效，只能填写数字、千位分隔符「,」、小数点和「万」「元」`;
const GROUPING = '千位分隔符「,」位置不对，应从个位起每三位一组，如 1,234,567.00';
const TOO_LARGE = '金额不能超过 1,000,000,000,000.00 元';

describe('parseYuan rejects', () => {
  test.each([
    ['', 'empty', '请输入金额'],
    ['   ', 'empty', '请输入金额'],
    ['¥', 'empty', '请输入金额'],
    ['元', 'empty', '请输入金额'],
    ['1.234', 'too-many-decimals', '金额最多两位小数'],
    ['0.001', 'too-many-decimals', '金额最多两位小数'],
    ['1,234.567', 'too-many-decimals', '金额最多两位小数'],
    ['12a', 'invalid-char', INVALID_CHAR(3, 'a')],
    [' ¥12a', 'invalid-char', INVALID_CHAR(5, 'a')],
    ['1e5', 'invalid-char', INVALID_CHAR(2, 'e')],
    ['+5', 'invalid-char', INVALID_CHAR(1, '+')],
    ['5-3', 'invalid-char', INVALID_CHAR(2, '-')],
    ['12万5', 'invalid-char', INVALID_CHAR(3, '万')],
    ['1亿', 'invalid-char', INVALID_CHAR(2, '亿')],
    ['12元万', 'invalid-char', INVALID_CHAR(3, '元')],
    ['1.2345678万', 'too-many-decimals', '以「万」为单位时最多六位小数（精确到分）'],
    ['100,000,000.01万', 'too-large', TOO_LARGE],
    ['12 34', 'misplaced-separator', GROUPING],
    ['1,23,4', 'misplaced-separator', GROUPING],
    ['$12', 'invalid-char', INVALID_CHAR(1, '$')],
    ['1,23', 'misplaced-separator', GROUPING],
    ['12,34.5', 'misplaced-separator', GROUPING],
    [',123', 'misplaced-separator', GROUPING],
    ['1,,234', 'misplaced-separator', GROUPING],
    ['1234,567', 'misplaced-separator', GROUPING],
    ['1,234,', 'misplaced-separator', GROUPING],
    ['1,2345', 'misplaced-separator', GROUPING],
    ['1.2,3', 'misplaced-separator', '千位分隔符「,」不能出现在小数点后'],
    ['-5', 'negative', '金额不能为负数'],
    ['－5', 'negative', '金额不能为负数'],
    ['−5', 'negative', '金额不能为负数'],
    ['¥-5', 'negative', '金额不能为负数'],
    ['-¥5', 'negative', '金额不能为负数'],
    ['-0', 'negative', '金额不能为负数'],
    ['1.2.3', 'multiple-points', '金额中只能有一个小数点'],
    ['1..2', 'multiple-points', '金额中只能有一个小数点'],
    ['.5', 'missing-integer', '小数点前缺少整数部分，如 0.50'],
    ['5.', 'missing-decimals', '小数点后缺少数字'],
    ['0123', 'leading-zero', '金额不能以0开头，如 0123 应写作 123'],
    ['00.5', 'leading-zero', '金额不能以0开头，如 0123 应写作 123'],
    ['1000000000000.01', 'too-large', TOO_LARGE],
    ['1,000,000,000,001', 'too-large', TOO_LARGE],
    ['99999999999999999999', 'too-large', TOO_LARGE],
  ])('%j', (input, code, message) => {
    const result = parseYuan(input);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? '' : result.messageEn).not.toBe('');
  });

  test('reports the position of a bad character in the original input', () => {
    expect(parseYuan('１２ａ')).toEqual({
      ok: false,
      code: 'invalid-char',
      message: INVALID_CHAR(3, 'ａ'),
      messageEn: 'Invalid character "ａ" at position 3; use digits, ",", "." and 万 or 元 only',
      position: 3,
    });
  });
});

describe('parseYuan marks half-typed text as incomplete, and only that', () => {
  test.each(['', ' ', '¥', '￥ ', '5.', '1,', '1,2', '1,23', '1,234,', '238760.', '１，２', '1 2'])(
    '%j is incomplete',
    (input) => {
      expect(parseYuan(input)).toMatchObject({ ok: false, incomplete: true });
    },
  );
  test.each(['1,23.', '01.', '1,2345', '12.345', '-', '.5', '1..', '1234,', '12.万', 'a'])(
    '%j is refused outright',
    (input) => {
      const result = parseYuan(input);
      expect(result.ok).toBe(false);
      expect(result).not.toHaveProperty('incomplete');
    },
  );
});
