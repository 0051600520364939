import { type IdCheckResult, idFailure } from './check-result';
import { normalizeIdentifier } from './normalize';
import { USCC_AUTHORITIES } from './uscc-authorities';

/** The 31 characters GB 32100 allows; a character's value is its index. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccErrorCode =
  | 'empty'
  | 'invalid-char'
  | 'length'
  | 'registration-authority'
  | 'category'
  | 'division'
  | 'check-char'
  | 'org-check-char';

export type UsccResult = IdCheckResult<
  {
    /** 第3-8位, the registering authority's administrative division. */
    divisionCode: string;
    /** 第9-17位, the GB 11714 organisation code including its check character. */
    organizationCode: string;
  },
  UsccErrorCode
>;

function usccCheckChar(chars: readonly string[]): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * ALPHABET.indexOf(chars[i] ?? ''), 0);
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/** GB 11714 values letters A=10 … Z=35 (its own alphabet, not GB 32100's). */
function orgCodeCheckChar(chars: readonly string[]): string {
  const sum = ORG_WEIGHTS.reduce((acc, weight, i) => acc + weight * parseInt(chars[i] ?? '', 36), 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Checks a 统一社会信用代码 (GB 32100-2015) after {@link normalizeIdentifier}.
 *
 * Checked in this order, first failure reported: allowed characters, length 18, registration
 * authority and category (see `USCC_AUTHORITIES`), six-digit division code (not looked up in
 * GB/T 2260), the 18th check character, then the GB 11714 check character at position 17. The 18th
 * comes first because it covers every position, so a typo anywhere is reported there.
 */
export function checkUscc(input: string): UsccResult {
  const value = normalizeIdentifier(input);
  const chars = Array.from(value);
  if (chars.length === 0) {
    return idFailure('empty', '请输入统一社会信用代码', 'Enter the unified social credit code');
  }
  const badIndex = chars.findIndex((c) => !ALPHABET.includes(c));
  if (badIndex >= 0) {
    const bad = chars[badIndex] ?? '';
    const hint = 'IOZSV'.includes(bad) ? '（代码中不使用字母 I、O、Z、S、V）' : '';
    return idFailure(
      'invalid-char',
      `第${badIndex + 1}位「${bad}」不是统一社会信用代码允许的字符${hint}`,
      `Character ${badIndex + 1} "${bad}" is not allowed in a unified social credit code`,
      badIndex + 1,
    );
  }
  if (chars.length !== 18) {
    return idFailure(
      'length',
      `统一社会信用代码应为18位，实为${chars.length}位`,
      `A unified social credit code has 18 characters, got ${chars.length}`,
    );
  }
  const [authority = '', category = ''] = chars;
  const allowed = USCC_AUTHORITIES[authority];
  if (!allowed) {
    return idFailure(
      'registration-authority',
      `统一社会信用代码第1位「${authority}」不是有效的登记管理部门代码`,
      `Character 1 "${authority}" is not a registration authority code`,
      1,
    );
  }
  if (!allowed.categories.includes(category)) {
    const list = allowed.categories.split('').join('、');
    return idFailure(
      'category',
      `统一社会信用代码第2位「${category}」不是有效的机构类别代码（第1位为「${authority}」时应为 ${list}）`,
      `Character 2 "${category}" is not a category code of authority "${authority}" (expected one of ${list})`,
      2,
    );
  }
  const divisionIndex = chars.slice(2, 8).findIndex((c) => !/^\d$/.test(c));
  if (divisionIndex >= 0) {
    const position = divisionIndex + 3;
    const bad = chars[position - 1] ?? '';
    return idFailure(
      'division',
      `统一社会信用代码第${position}位「${bad}」应为数字（第3-8位是行政区划码）`,
      `Character ${position} "${bad}" must be a digit (characters 3-8 are the division code)`,
      position,
    );
  }
  const expected = usccCheckChar(chars);
  if (chars[17] !== expected) {
    return idFailure(
      'check-char',
      `统一社会信用代码第18位（校验码）应为「${expected}」，实为「${chars[17]}」`,
      `Character 18 (check character) should be "${expected}", got "${chars[17]}"`,
      18,
    );
  }
  const orgExpected = orgCodeCheckChar(chars.slice(8, 16));
  if (chars[16] !== orgExpected) {
    return idFailure(
      'org-check-char',
      `统一社会信用代码第17位（组织机构代码校验码）应为「${orgExpected}」，实为「${chars[16]}」`,
      `Character 17 (organisation code check character) should be "${orgExpected}", got "${chars[16]}"`,
      17,
    );
  }
  return { ok: true, value, divisionCode: value.slice(2, 8), organizationCode: value.slice(8, 17) };
}
