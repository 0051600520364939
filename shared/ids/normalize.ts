// \s covers U+3000 and NBSP; zero-width characters are not whitespace but arrive with pasted text.
const IGNORABLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

const PUNCTUATION: Readonly<Record<string, string>> = {
  '－': '-',
  '—': '-',
  '–': '-',
  '＋': '+',
  '（': '(',
  '）': ')',
  '＃': '#',
};

function halfWidth(s: string): string {
  return s
    .replace(IGNORABLE, '')
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) - 0xfee0));
}

/**
 * Normalises a typed or pasted identifier: full-width letters and digits become half-width, all
 * whitespace (including U+3000) and zero-width characters are removed, and a-z become A-Z. Other
 * characters are kept as they are so that a check can name them.
 */
export function normalizeIdentifier(s: string): string {
  return halfWidth(s).replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/**
 * For numbers (phone, bank account): like {@link normalizeIdentifier} but keeps letter case, so a
 * message names the character the user typed, and turns full-width and dash-like punctuation
 * half-width.
 */
export function normalizeNumberInput(s: string): string {
  return halfWidth(s).replace(/[－—–＋（）＃]/gu, (c) => PUNCTUATION[c] ?? c);
}
