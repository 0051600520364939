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
    };

interface Char {
  ch: string;
  /** 1-based position in the original input. */
  position: number;
}

const FULL_WIDTH: Readonly<Record<string, string>> = { '，': ',', '．': '.', '－': '-' };
const MINUS = new Set(['-', '−']);
// \s covers U+3000 and NBSP; zero-width characters are not whitespace but arrive with pasted text.
const IGNORABLE = /[\s\u200B-\u200D\u2060\uFEFF]/u;

function normalise(input: string): Char[] {
  const chars: Char[] = [];
  Array.from(input).forEach((raw, index) => {
    if (IGNORABLE.test(raw)) return;
    const code = raw.codePointAt(0) ?? 0;
    const ch =
      code >= 0xff10 && code <= 0xff19 ? String.fromCodePoint(code - 0xfee0) : (FULL_WIDTH[raw] ?? raw);
    chars.push({ ch, position: index + 1 });
  });
  return chars;
}

function fail(
  code: MoneyParseErrorCode,
  message: string,
  messageEn: string,
  position?: number,
): MoneyParseResult {
  return position === undefined
    ? { ok: false, code, message, messageEn }
    : { ok: false, code, message, messageEn, position };
}

/**
 * Parses what a user typed into a yuan field into fen, strictly.
 *
 * Accepted after normalisation: full-width digits, comma and point; whitespace anywhere (including
 * U+3000 and zero-width characters); one leading ¥ or ￥ (before or after a minus, which is then
 * rejected as negative); one trailing 元. Thousands separators are optional but, when present, must
 * group the integer part in threes. A leading zero is allowed only as "0" or "0.xx"; ".5" and "5."
 * are rejected so the user sees exactly what will be stored. Zero is accepted; callers that need a
 * positive amount check `fen > 0` themselves.
 */
export function parseYuan(input: string): MoneyParseResult {
  let chars = normalise(input);
  if (chars[chars.length - 1]?.ch === '元') chars = chars.slice(0, -1);
  if (chars[0]?.ch === '¥' || chars[0]?.ch === '￥') chars = chars.slice(1);
  // Checked after the ¥ is dropped so that "¥-5" and "-¥5" both read as negative.
  if (MINUS.has(chars[0]?.ch ?? '')) {
    return fail('negative', '金额不能为负数', 'The amount cannot be negative');
  }
  if (chars.length === 0) return fail('empty', '请输入金额', 'Enter an amount');

  const bad = chars.find((c) => !/^[0-9.,]$/.test(c.ch));
  if (bad) {
    return fail(
      'invalid-char',
      `金额第${bad.position}个字符「${bad.ch}」无效，只能填写数字、千位分隔符「,」和小数点`,
      `Invalid character "${bad.ch}" at position ${bad.position}; use digits, "," and "." only`,
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
  if (decimalPart !== undefined && decimalPart.length > 2) {
    return fail('too-many-decimals', '金额最多两位小数', 'The amount can have at most two decimal places');
  }
  if (integerPart === '') {
    return fail(
      'missing-integer',
      '小数点前缺少整数部分，如 0.50',
      'Digits are missing before the decimal point, e.g. 0.50',
    );
  }
  if (decimalPart === '') {
    return fail('missing-decimals', '小数点后缺少数字', 'Digits are missing after the decimal point');
  }
  if (integerPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(integerPart)) {
    return fail(
      'misplaced-separator',
      '千位分隔符「,」位置不对，应从个位起每三位一组，如 1,234,567.00',
      'Thousands separators must group the digits in threes, e.g. 1,234,567.00',
    );
  }
  const digits = integerPart.replace(/,/g, '');
  if (digits.length > 1 && digits.startsWith('0')) {
    return fail(
      'leading-zero',
      '金额不能以0开头，如 0123 应写作 123',
      'The amount cannot start with 0, e.g. 0123',
    );
  }
  // Length check first so a pasted 40-digit number never reaches BigInt arithmetic unbounded.
  const fen = digits.length > 16 ? null : BigInt(digits) * 100n + BigInt((decimalPart ?? '').padEnd(2, '0'));
  if (fen === null || fen > BigInt(MAX_INPUT_FEN)) {
    return fail(
      'too-large',
      '金额不能超过 1,000,000,000,000.00 元',
      'The amount cannot exceed 1,000,000,000,000.00 yuan',
    );
  }
  return { ok: true, fen: Number(fen) };
}
