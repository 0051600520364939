// Printed amounts to integer fen (through the project's money parser) and the 大写 cross-check.
import { parseYuan, toChineseAmount } from '../money';
import { InvoiceReadError } from './refusal';

/**
 * Fen of an amount as an invoice prints it: `¥1,234.56`, `-100.00`, `¥-100.00`, `510.68`.
 * @throws InvoiceReadError `not-invoice` when the text is no amount.
 */
export function invoiceFen(text: string): number {
  const trimmed = text.replace(/\s/g, '').replace(/^[¥￥]/, '');
  const negative = /^[-−]/.test(trimmed);
  const parsed = parseYuan(negative ? trimmed.slice(1) : trimmed);
  // Tax systems print up to 2 decimals; a bare integer ("500") is also seen in XML.
  if (!parsed.ok) throw new InvoiceReadError('not-invoice', amountWords(text));
  return negative ? -parsed.fen : parsed.fen;
}

/** Fen of an amount, or undefined for an empty or non-numeric cell (`***`). */
export function optionalFen(text: string | undefined): number | undefined {
  if (text === undefined || !/\d/.test(text)) return undefined;
  return invoiceFen(text);
}

function amountWords(text: string) {
  const shown = text.slice(0, 40);
  return { zh: `金额「${shown}」无法识别`, en: `the amount "${shown}" is not a number` };
}

/** 大写 as printed, reduced to the project's convention: 圆→元, no ⊗ / (负数) marks, no spaces. */
function normaliseDaxie(text: string): { words: string; negative: boolean } {
  let words = text.replace(/[\s⊗ⓧ×]/g, '').replace(/圆/g, '元');
  const negative = /^[（(]?负数?[)）]?/.test(words);
  words = words.replace(/^[（(]?负数?[)）]?/, '');
  // Some issuers print 元整 as 元正, or leave 整 out after 分.
  words = words.replace(/正$/, '整');
  return { words, negative };
}

/**
 * Whether a printed 大写 total says the same amount as `fen` (a red-letter total is negative and
 * printed with 负数). Tolerates 圆/元, 正/整 and a missing 壹 before a leading 拾.
 */
export function daxieAgrees(printed: string, fen: number): boolean {
  const { words, negative } = normaliseDaxie(printed);
  if (negative !== fen < 0) return false;
  const expected = toChineseAmount(Math.abs(fen));
  return words === expected || `壹${words}` === expected || words === expected.replace(/整$/, '');
}
