import { type IdCheckResult, idFailure } from './check-result';
import { normalizeNumberInput } from './normalize';

export type BankAccountErrorCode = 'empty' | 'invalid-char' | 'length';

export type BankAccountResult = IdCheckResult<object, BankAccountErrorCode>;

/**
 * Checks a bank account number: 8-32 digits once spaces and hyphens are removed. No Luhn check:
 * corporate (对公) accounts do not carry one. `position` counts characters after spaces and hyphens
 * are removed.
 */
export function checkBankAccount(input: string): BankAccountResult {
  const chars = Array.from(normalizeNumberInput(input).replace(/-/g, ''));
  if (chars.length === 0) return idFailure('empty', '请输入银行账号', 'Enter the bank account number');
  const badIndex = chars.findIndex((c) => !/^\d$/.test(c));
  if (badIndex >= 0) {
    const bad = chars[badIndex] ?? '';
    return idFailure(
      'invalid-char',
      `银行账号第${badIndex + 1}位「${bad}」不是数字`,
      `Character ${badIndex + 1} "${bad}" of the bank account number is not a digit`,
      badIndex + 1,
    );
  }
  if (chars.length < 8 || chars.length > 32) {
    return idFailure(
      'length',
      `银行账号应为8-32位数字，实为${chars.length}位`,
      `A bank account number has 8-32 digits, got ${chars.length}`,
    );
  }
  return { ok: true, value: chars.join('') };
}
