import type { Fen } from './fen';

/** Largest amount a yuan field accepts: 1e12 yuan (1e14 fen), well inside the safe-integer range. */
export const MAX_INPUT_FEN: Fen = 100_000_000_000_000;

export type MoneyParseErrorCode =
  | 'empty'
  | 'negative'
  | 'invalid-char'
  | 'multiple-points'
  | 'too-many-decimals'
  | 'missing-integer'
  | 'missing-decimals'
  | 'misplaced-separator'
  | 'leading-zero'
  | 'too-large';

export type MoneyParseResult =
  | { ok: true; fen: Fen }
  | {
      ok: false;
      code: MoneyParseErrorCode;
      message: string;
      messageEn: string;
      /** 1-based position in the original input (by code point), for 'invalid-char'. */
      position?: number;
      /**
       * True when typing more characters at the end can still make a valid amount (`5.`, `1,23`, `¥`,
       * empty): an input shows no error for it while the user is typing.
       */
      incomplete?: true;
    };

interface Char {
  ch: string;
  /** 1-based position in the original input. */
  position: number;
}

// Chinese input methods type these for , and . in their full-width punctuation mode.
const FULL_WIDTH: Readonly<Record<string, string>> = { '，': ',', '．': '.', '。': '.', '－': '-' };
const MINUS = new Set(['-', '−']);
// Zero-width characters are not whitespace but arrive with pasted text; they are dropped everywhere.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
// \s covers U+3000, NBSP, thin and narrow no-break spaces.
const SPACE = /\s/u;
/** 1 万 = 10,000 yuan = 1,000,000 fen. */
const WAN_FEN = 1_000_000n;
const MAX_INTEGER_DIGITS = 16;

function normalise(input: string): Char[] {
  const chars: Char[] = [];
  let pendingSpace: Char | null = null;
  Array.from(input).forEach((raw, index) => {
    if (ZERO_WIDTH.test(raw)) return;
    if (SPACE.test(raw)) {
      pendingSpace ??= { ch: ',', position: index + 1 };
      return;
    }
    const code = raw.codePointAt(0) ?? 0;
    const ch =
      code >= 0xff10 && code <= 0xff19 ? String.fromCodePoint(code - 0xfee0) : (FULL_WIDTH[raw] ?? raw);
    // A space between two digits groups them like a comma ("1 234 567.00" pasted from a report).
    if (pendingSpace && /\d/.test(ch) && /\d/.test(chars[chars.length - 1]?.ch ?? ''))
      chars.push(pendingSpace);
    pendingSpace = null;
    chars.push({ ch, position: index + 1 });
  });
  return chars;
}

type Failure = Extract<MoneyParseResult, { ok: false }>;

function fail(code: MoneyParseErrorCode, message: string, messageEn: string, position?: number): Failure {
  return position === undefined
    ? { ok: false, code, message, messageEn }
    : { ok: false, code, message, messageEn, position };
}

const incomplete = (failure: Failure): Failure => ({ ...failure, incomplete: true });

/** Drops one trailing 元 / 万 / 万元 and one leading ¥ / ￥; says whether the amount is in 万. */
function stripUnits(chars: Char[]): { chars: Char[]; wan: boolean } {
  let rest = chars;
  if (rest[rest.length - 1]?.ch === '元') rest = rest.slice(0, -1);
  const wan = rest[rest.length - 1]?.ch === '万';
  if (wan) rest = rest.slice(0, -1);
  if (rest[0]?.ch === '¥' || rest[0]?.ch === '￥') rest = rest.slice(1);
  return { chars: rest, wan };
}

/**
 * Parses what a user typed or pasted into a yuan field into fen, exactly (integer arithmetic only).
 *
 * Accepted after normalisation: full-width digits, comma and point (also 。 from a Chinese input method);
 * whitespace and zero-width characters (a space between digits counts as a thousands separator); one
 * leading ¥ or ￥; one trailing 元, 万 or 万元 (`12.5万` = 125,000.00 元, up to six decimals in 万).
 * Thousands separators are optional but, when present, must group the integer part in threes. A leading
 * zero is allowed only as "0" or "0.xx"; ".5" and "5." are refused so the user sees exactly what will
 * be stored. Zero is accepted; callers that need a positive amount check `fen > 0` themselves.
 *
 * A refusal names the problem in Chinese and English; `incomplete` marks text that more typing at its
 * end can still make valid (a half-typed amount), so every prefix of a valid amount either parses to
 * what it says or is incomplete.
 */
export function parseYuan(input: string): MoneyParseResult {
  const { chars, wan } = stripUnits(normalise(input));
  // Checked after the ¥ is dropped so that "¥-5" and "-¥5" both read as negative.
  if (MINUS.has(chars[0]?.ch ?? '')) {
    return fail('negative', '金额不能为负数', 'The amount cannot be negative');
  }
  if (chars.length === 0) return incomplete(fail('empty', '请输入金额', 'Enter an amount'));

  const bad = chars.find((c) => !/^[0-9.,]$/.test(c.ch));
  if (bad) {
    return fail(
      'invalid-char',
      `金额第${bad.position}个字符「${bad.ch}」无效，只能填写数字、千位分隔符「,」、小数点和「万」「元」`,
      `Invalid character "${bad.ch}" at position ${bad.position}; use digits, ",", "." and 万 or 元 only`,
      bad.position,
    );
  }

  const text = chars.map((c) => c.ch).join('');
  const parts = text.split('.');
  if (parts.length > 2) {
    return fail('multiple-points', '金额中只能有一个小数点', 'The amount can have only one decimal point');
  }
  const [integerPart = '', decimalPart] = parts;
  if (decimalPart !== undefined && decimalPart.includes(',')) {
    return fail(
      'misplaced-separator',
      '千位分隔符「,」不能出现在小数点后',
      'A thousands separator cannot follow the decimal point',
    );
  }
  const maxDecimals = wan ? 6 : 2;
  if (decimalPart !== undefined && decimalPart.length > maxDecimals) {
    return wan
      ? fail(
          'too-many-decimals',
          '以「万」为单位时最多六位小数（精确到分）',
          'An amount in 万 can have at most six decimal places (to the fen)',
        )
      : fail('too-many-decimals', '金额最多两位小数', 'The amount can have at most two decimal places');
  }
  if (integerPart === '') {
    return fail(
      'missing-integer',
      '小数点前缺少整数部分，如 0.50',
      'Digits are missing before the decimal point, e.g. 0.50',
    );
  }
  if (integerPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(integerPart)) {
    const failure = fail(
      'misplaced-separator',
      '千位分隔符「,」位置不对，应从个位起每三位一组，如 1,234,567.00',
      'Thousands separators must group the digits in threes, e.g. 1,234,567.00',
    );
    // "1,2" is on its way to "1,234": only the last group is short, and nothing follows it.
    const halfTyped = !wan && decimalPart === undefined && /^\d{1,3}(,\d{3})*,\d{0,2}$/.test(integerPart);
    return halfTyped ? incomplete(failure) : failure;
  }
  const digits = integerPart.replace(/,/g, '');
  if (digits.length > 1 && digits.startsWith('0')) {
    return fail(
      'leading-zero',
      '金额不能以0开头，如 0123 应写作 123',
      'The amount cannot start with 0, e.g. 0123',
    );
  }
  // After the separator and leading-zero checks, so "1,23." and "01." are refused, not half-typed.
  if (decimalPart === '') {
    const failure = fail(
      'missing-decimals',
      '小数点后缺少数字',
      'Digits are missing after the decimal point',
    );
    return wan ? failure : incomplete(failure);
  }
  // Length check first so a pasted 40-digit number never reaches BigInt arithmetic unbounded.
  const fen =
    digits.length > MAX_INTEGER_DIGITS
      ? null
      : wan
        ? BigInt(digits) * WAN_FEN + BigInt((decimalPart ?? '').padEnd(6, '0'))
        : BigInt(digits) * 100n + BigInt((decimalPart ?? '').padEnd(2, '0'));
  if (fen === null || fen > BigInt(MAX_INPUT_FEN)) {
    return fail(
      'too-large',
      '金额不能超过 1,000,000,000,000.00 元',
      'The amount cannot exceed 1,000,000,000,000.00 yuan',
    );
  }
  return { ok: true, fen: Number(fen) };
}
