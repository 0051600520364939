import { daysInMonth } from '../policy/dates';

export type DateParseErrorCode = 'empty' | 'incomplete' | 'format' | 'year' | 'month' | 'day';

export type DateParseResult =
  | { ok: true; iso: string }
  | {
      ok: false;
      code: DateParseErrorCode;
      message: string;
      messageEn: string;
      /** True when typing more at the end can still make a date (`2025-1`, `202511`): no error while typing. */
      incomplete?: true;
    };

type Failure = Extract<DateParseResult, { ok: false }>;

/** Years a form date may have: a typo like 0225 or 20255 is refused, not stored. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const MAX_LENGTH = 40;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EXAMPLES = '2025-11-20、2025/11/20、2025.11.20、20251120 或 2025年11月20日';
const EXAMPLES_EN = '2025-11-20, 2025/11/20, 2025.11.20, 20251120 or 2025年11月20日';

// Chinese input methods type these in full-width punctuation mode.
const FULL_WIDTH: Readonly<Record<string, string>> = { '－': '-', '／': '/', '．': '.', '。': '.' };

function normalise(input: string): string {
  return Array.from(input)
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code >= 0xff10 && code <= 0xff19) return String.fromCodePoint(code - 0xfee0);
      return FULL_WIDTH[ch] ?? ch;
    })
    .join('')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
}

const FORMS = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/u,
  /^(\d{4})(年)(\d{1,2})月(\d{1,2})日?$/u,
  /^(\d{4})()(\d{2})(\d{2})$/u,
];
/** What a date looks like half-typed: a year, then a separator, a month and a separator. */
const HALF_TYPED = [/^\d{1,7}$/u, /^\d{4}([-/.])(\d{1,2}\1?)?$/u, /^\d{4}年(\d{1,2}月?)?$/u];

const failure = (code: DateParseErrorCode, message: string, messageEn: string): Failure => ({
  ok: false,
  code,
  message,
  messageEn,
});

function checkParts(year: number, month: number, day: number): Failure | null {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return failure(
      'year',
      `年份 ${year} 不对，应在 ${MIN_YEAR}–${MAX_YEAR} 之间`,
      `The year ${year} is not between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
  }
  if (month < 1 || month > 12) {
    return failure(
      'month',
      `没有 ${month} 月，月份应为 1–12`,
      `There is no month ${month}; a month is 1 to 12`,
    );
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return failure(
      'day',
      `${year}年${month}月没有${day}日（该月只有${days}天）`,
      `${MONTHS_EN[month - 1] ?? ''} ${year} has no day ${day} (it has ${days} days)`,
    );
  }
  return null;
}

/** The month typed so far, when it is already two digits that no month has (13, 00). */
function badHalfMonth(text: string): boolean {
  const month = /^\d{4}[-/.年](\d{2})/u.exec(text)?.[1];
  return month !== undefined && (Number(month) < 1 || Number(month) > 12);
}

/**
 * Reads a date as Chinese offices type it and returns it as YYYY-MM-DD.
 *
 * Accepted: `2025-11-20`, `2025/11/20`, `2025.11.20` (one separator throughout; month and day may have
 * one digit, `2025-1-5`), `20251120`, `2025年11月20日` (日 optional); full-width digits and punctuation;
 * spaces anywhere. Refused with a message in Chinese and English: impossible dates (`2025-02-30`: 2025年2月
 * 没有30日), months outside 1–12, years outside 1900–2100 and anything else. A refusal marked
 * `incomplete` is text that more typing at its end can still make a date, so an input can wait for it.
 */
export function parseDate(input: string): DateParseResult {
  if (input.length > MAX_LENGTH) {
    return failure(
      'format',
      `日期太长，请按 ${EXAMPLES} 填写`,
      `The date is too long; write it as ${EXAMPLES_EN}`,
    );
  }
  const text = normalise(input);
  if (text === '') return { ...failure('empty', '请输入日期', 'Enter a date'), incomplete: true };
  for (const form of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month, day] = [m[1], m[3], m[4]].map(Number) as [number, number, number];
    const wrong = checkParts(year, month, day);
    if (wrong) return wrong;
    return { ok: true, iso: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  if (HALF_TYPED.some((form) => form.test(text)) && !badHalfMonth(text)) {
    return {
      ...failure(
        'incomplete',
        `日期不完整，请按 ${EXAMPLES} 填写`,
        `The date is incomplete; write it as ${EXAMPLES_EN}`,
      ),
      incomplete: true,
    };
  }
  if (badHalfMonth(text)) {
    const month = Number(/^\d{4}[-/.年](\d{2})/u.exec(text)?.[1]);
    return failure(
      'month',
      `没有 ${month} 月，月份应为 1–12`,
      `There is no month ${month}; a month is 1 to 12`,
    );
  }
  return failure(
    'format',
    `「${input.trim()}」不是日期，请按 ${EXAMPLES} 填写`,
    `"${input.trim()}" is not a date; write it as ${EXAMPLES_EN}`,
  );
}
