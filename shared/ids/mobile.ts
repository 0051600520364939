import { type IdCheckResult, idFailure } from './check-result';
import { normalizeNumberInput } from './normalize';

export type MobileErrorCode = 'empty' | 'invalid-char' | 'length' | 'first-digit' | 'second-digit';

export type MobileResult = IdCheckResult<object, MobileErrorCode>;

const COUNTRY_PREFIX = /^(\+86|0086)/;

/**
 * Checks a mainland mobile number 1[3-9]xxxxxxxxx. Spaces and hyphens may appear anywhere; a +86,
 * 0086 or (only in front of 11 more digits) 86 prefix is dropped. `value` is the 11 digits.
 * `position` on a failure counts characters after spaces and hyphens are removed.
 */
export function checkMobile(input: string): MobileResult {
  const compact = normalizeNumberInput(input).replace(/-/g, '');
  if (compact === '') return idFailure('empty', '请输入手机号', 'Enter the mobile number');
  const prefix = COUNTRY_PREFIX.exec(compact)?.[0] ?? (/^86\d{11}$/.test(compact) ? '86' : '');
  const digits = Array.from(compact.slice(prefix.length));
  const badIndex = digits.findIndex((c) => !/^\d$/.test(c));
  if (badIndex >= 0) {
    const bad = digits[badIndex] ?? '';
    return idFailure(
      'invalid-char',
      `手机号中的「${bad}」不是数字`,
      `"${bad}" in the mobile number is not a digit`,
      prefix.length + badIndex + 1,
    );
  }
  if (digits.length !== 11) {
    return idFailure(
      'length',
      `手机号应为11位，实为${digits.length}位`,
      `A mobile number has 11 digits, got ${digits.length}`,
    );
  }
  if (digits[0] !== '1') {
    return idFailure(
      'first-digit',
      `手机号应以1开头，实为「${digits[0]}」`,
      `A mobile number starts with 1, got "${digits[0]}"`,
      prefix.length + 1,
    );
  }
  if (!/^[3-9]$/.test(digits[1] ?? '')) {
    return idFailure(
      'second-digit',
      `手机号第2位应为3-9，实为「${digits[1]}」`,
      `The second digit of a mobile number is 3-9, got "${digits[1]}"`,
      prefix.length + 2,
    );
  }
  return { ok: true, value: digits.join('') };
}
