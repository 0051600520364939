import { type IdCheckResult, idFailure } from './check-result';
import { checkMobile, type MobileErrorCode } from './mobile';
import { normalizeNumberInput } from './normalize';

export type PhoneErrorCode =
  | MobileErrorCode
  | 'missing-area-code'
  | 'format'
  | 'area-code'
  | 'local-length'
  | 'local-start'
  | 'extension';

export type PhoneResult = IdCheckResult<{ kind: 'mobile' | 'landline'; extension?: string }, PhoneErrorCode>;

const EXTENSION_MARK = /转|分机|ext\.?|x|#/i;

/** What a phone message is written for: the area code of the policy's region (0746 for 永州), if known. */
export interface PhoneHints {
  areaCode?: string;
}

/** An example landline in the region (0746-1234567), or with Beijing's 010 when no region is known. */
export function landlineExample(hints: PhoneHints = {}): string {
  return hints.areaCode ? `${hints.areaCode}-1234567` : '010-12345678';
}

function notDigit(part: string): string | undefined {
  return Array.from(part).find((c) => !/^\d$/.test(c));
}

/** Splits a landline into area code, local number and extension without judging them yet. */
function splitLandline(s: string): { area: string; local: string; ext?: string } | null {
  const mark = EXTENSION_MARK.exec(s);
  let main = mark ? s.slice(0, mark.index) : s;
  let ext = mark ? s.slice(mark.index + mark[0].length) : undefined;
  const parenthesised = /^\(([^)]*)\)-?(.*)$/.exec(main);
  if (parenthesised) return { area: parenthesised[1] ?? '', local: parenthesised[2] ?? '', ext };
  if (main.includes('-')) {
    const parts = main.split('-');
    if (parts.length === 3 && ext === undefined) [main, ext] = [`${parts[0]}-${parts[1]}`, parts[2]];
    else if (parts.length !== 2) return null;
    const [area = '', local = ''] = main.split('-');
    return { area, local, ext };
  }
  // Without separators the area code's length follows the numbering plan: 010 and 02X have three digits.
  const areaLength = /^(010|02)/.test(main) ? 3 : 4;
  return { area: main.slice(0, areaLength), local: main.slice(areaLength), ext };
}

function checkLandline(s: string, hints: PhoneHints): PhoneResult {
  const parts = splitLandline(s);
  if (!parts) {
    return idFailure(
      'format',
      `座机号码格式不对，应写作 区号-号码，如 ${landlineExample(hints)}`,
      `Write a landline as area code-number, e.g. ${landlineExample(hints)}`,
    );
  }
  const { area, local, ext } = parts;
  const bad = notDigit(area + local + (ext ?? ''));
  if (bad !== undefined) {
    return idFailure(
      'invalid-char',
      `电话号码中的「${bad}」不是数字`,
      `"${bad}" in the phone number is not a digit`,
    );
  }
  if (!/^(010|02\d|0[3-9]\d\d)$/.test(area)) {
    return idFailure(
      'area-code',
      `区号「${area}」不对：区号为 010、020-029 这样的3位，或 0310-0999 这样的4位`,
      `"${area}" is not an area code: use 010, 020-029 or a four-digit code from 0310`,
    );
  }
  if (local.length < 7 || local.length > 8) {
    return idFailure(
      'local-length',
      `座机号码（不含区号）应为7或8位，实为${local.length}位`,
      `A landline number without area code has 7 or 8 digits, got ${local.length}`,
    );
  }
  // Only 0 is refused: it is the trunk prefix, so it means the area code was typed twice or cut short.
  if (local.startsWith('0')) {
    return idFailure(
      'local-start',
      '座机号码（不含区号）不能以「0」开头',
      'A landline number cannot start with "0" after the area code',
    );
  }
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) {
    return idFailure('extension', '分机号应为1-6位数字', 'An extension has 1-6 digits');
  }
  const value = `${area}-${local}${ext === undefined ? '' : `-${ext}`}`;
  return ext === undefined
    ? { ok: true, value, kind: 'landline' }
    : { ok: true, value, kind: 'landline', extension: ext };
}

/**
 * Checks a contact number: a mobile (see {@link checkMobile}) or a landline with its area code, such
 * as 0570-1234567, (0570)12345678 or 010 12345678, optionally followed by an extension written
 * 转123, 分机123, ext123, x123, #123 or -123. A landline is normalised to 0570-1234567[-123]. A
 * number without an area code is refused: the form may be read outside the applicant's city.
 * Messages give an example with `hints.areaCode`, the policy region's area code, when known.
 */
export function checkPhone(input: string, hints: PhoneHints = {}): PhoneResult {
  const s = normalizeNumberInput(input);
  if (s === '') return idFailure('empty', '请输入电话号码', 'Enter the phone number');
  const digitsOnly = s.replace(/-/g, '');
  if (/^(\+86|0086|1)/.test(digitsOnly) || /^86\d{11}$/.test(digitsOnly)) {
    const mobile = checkMobile(s);
    return mobile.ok ? { ok: true, value: mobile.value, kind: 'mobile' } : mobile;
  }
  if (s.startsWith('0') || s.startsWith('(')) return checkLandline(s, hints);
  if (/^[2-9]/.test(s)) {
    return idFailure(
      'missing-area-code',
      `座机号码请加区号，如 ${landlineExample(hints)}；手机号为1开头的11位`,
      `Add the area code to a landline, e.g. ${landlineExample(hints)}; mobiles have 11 digits starting with 1`,
    );
  }
  return idFailure(
    'invalid-char',
    `电话号码中的「${Array.from(s)[0]}」不是数字`,
    `"${Array.from(s)[0]}" in the phone number is not a digit`,
  );
}
