import { describe, expect, test } from 'vitest';
import { checkBankAccount } from '../../../../shared/ids';

describe('checkBankAccount', () => {
  test.each([
    ['12345678', '12345678'],
    ['1'.repeat(32), '1'.repeat(32)],
    ['6222 0212 3456 7890 123', '6222021234567890123'],
    ['6222-0212-3456', '622202123456'],
    ['６２２２\u3000０２１２　３４５６', '622202123456'],
    ['33050161 8888 0000 0123', '33050161888800000123'],
  ])('accepts %j', (input, value) => {
    expect(checkBankAccount(input)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'empty', undefined, '请输入银行账号'],
    [' - ', 'empty', undefined, '请输入银行账号'],
    ['1234567', 'length', undefined, '银行账号应为8-32位数字，实为7位'],
    ['1'.repeat(33), 'length', undefined, '银行账号应为8-32位数字，实为33位'],
    ['622202123456789O', 'invalid-char', 16, '银行账号第16位「O」不是数字'],
    ['6222 0212 3456 789o', 'invalid-char', 16, '银行账号第16位「o」不是数字'],
    ['6222.0212', 'invalid-char', 5, '银行账号第5位「.」不是数字'],
    ['账号6222021234567890', 'invalid-char', 1, '银行账号第1位「账」不是数字'],
  ])('rejects %j', (input, code, position, message) => {
    const result = checkBankAccount(input);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? undefined : result.position).toBe(position);
  });
});
