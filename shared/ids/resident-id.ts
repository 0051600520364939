import { assertIsoDate, isRealDate, todayIso } from './calendar-date';
import { type IdCheckResult, idFailure } from './check-result';
import { normalizeIdentifier } from './normalize';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_MAP = '10X98765432';
const EARLIEST_BIRTH = '1900-01-01';

export type ResidentIdErrorCode =
  | 'empty'
  | 'invalid-char'
  | 'length'
  | 'birth-date-invalid'
  | 'birth-date-too-early'
  | 'birth-date-future'
  | 'check-digit';

export type ResidentIdResult = IdCheckResult<{ birthDate: string; sex: '男' | '女' }, ResidentIdErrorCode>;

export interface ResidentIdOptions {
  /** Birth dates after this day (YYYY-MM-DD) are rejected; defaults to today's local date. */
  asOf?: string;
}

function checkDigit(digits: readonly string[]): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return CHECK_MAP[sum % 11] ?? '';
}

/**
 * Checks an 18-digit 居民身份证号 (GB 11643-1999) after {@link normalizeIdentifier} (so x → X).
 *
 * Checked in this order: characters (digits, X only as the 18th), length (15-digit old numbers are
 * refused with a hint), birth date at positions 7-14 (a real date, 1900-01-01 … asOf), then the
 * ISO 7064 MOD 11-2 check digit. The address code (positions 1-6) is not looked up. Returns the
 * birth date as YYYY-MM-DD and the sex from the 17th digit (odd = 男).
 *
 * @throws RangeError if `opts.asOf` is given and is not a real YYYY-MM-DD date.
 */
export function checkResidentId(input: string, opts: ResidentIdOptions = {}): ResidentIdResult {
  const asOf = opts.asOf ?? todayIso();
  assertIsoDate(asOf, 'asOf');
  const value = normalizeIdentifier(input);
  const chars = Array.from(value);
  if (chars.length === 0) return idFailure('empty', '请输入身份证号', 'Enter the ID number');
  const badIndex = chars.findIndex((c) => !/^[0-9X]$/.test(c));
  if (badIndex >= 0) {
    const bad = chars[badIndex] ?? '';
    return idFailure(
      'invalid-char',
      badIndex === 17
        ? `身份证号第18位「${bad}」应为数字或X`
        : `身份证号第${badIndex + 1}位「${bad}」不是数字`,
      `Character ${badIndex + 1} "${bad}" of the ID number is not a digit`,
      badIndex + 1,
    );
  }
  if (chars.length !== 18) {
    const hint = chars.length === 15 ? '（请使用18位新号码）' : '';
    return idFailure(
      'length',
      `身份证号应为18位，实为${chars.length}位${hint}`,
      `An ID number has 18 characters, got ${chars.length}`,
    );
  }
  const xIndex = chars.slice(0, 17).indexOf('X');
  if (xIndex >= 0) {
    return idFailure(
      'invalid-char',
      `身份证号第${xIndex + 1}位「X」应为数字（只有第18位可以是X）`,
      `Character ${xIndex + 1} "X" must be a digit (only the 18th may be X)`,
      xIndex + 1,
    );
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) {
    return idFailure(
      'birth-date-invalid',
      `身份证号中的出生日期 ${birthDate} 不存在`,
      `The birth date ${birthDate} in the ID number does not exist`,
      7,
    );
  }
  // ISO dates of equal length compare correctly as strings.
  if (birthDate < EARLIEST_BIRTH) {
    return idFailure(
      'birth-date-too-early',
      `身份证号中的出生日期 ${birthDate} 早于 ${EARLIEST_BIRTH}`,
      `The birth date ${birthDate} in the ID number is before ${EARLIEST_BIRTH}`,
      7,
    );
  }
  if (birthDate > asOf) {
    return idFailure(
      'birth-date-future',
      `身份证号中的出生日期 ${birthDate} 晚于 ${asOf}`,
      `The birth date ${birthDate} in the ID number is after ${asOf}`,
      7,
    );
  }
  const expected = checkDigit(chars);
  if (chars[17] !== expected) {
    return idFailure(
      'check-digit',
      `身份证号第18位（校验码）应为「${expected}」，实为「${chars[17]}」`,
      `Character 18 (check digit) should be "${expected}", got "${chars[17]}"`,
      18,
    );
  }
  return { ok: true, value, birthDate, sex: Number(chars[16]) % 2 === 1 ? '男' : '女' };
}
