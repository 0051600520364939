import type { ProgramId } from '../schemas';
import { fieldLabel } from './schema-findings';
import type { Finding } from './types';

type Kind = 'replacement' | 'nul' | 'surrogate';

const KIND_TEXT: Readonly<Record<Kind, { zh: string; en: string }>> = {
  replacement: {
    zh: '乱码替换符“�”（文件编码可能不对）',
    en: 'the replacement character “�” (wrong file encoding?)',
  },
  nul: { zh: '空字符（NUL）', en: 'a NUL character' },
  surrogate: { zh: '不成对的代理字符（残缺的字）', en: 'an unpaired surrogate (a broken character)' },
};

/** The kinds of unreadable character in `s`, in a fixed order; empty for clean text. */
export function badCharacters(s: string): Kind[] {
  const found = new Set<Kind>();
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) found.add('replacement');
    else if (c === 0) found.add('nul');
    else if ((c & 0xfc00) === 0xd800) {
      if ((s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i += 1;
      else found.add('surrogate');
    } else if ((c & 0xfc00) === 0xdc00) found.add('surrogate');
  }
  return (['replacement', 'nul', 'surrogate'] as const).filter((k) => found.has(k));
}

// Deeper than any draft; a hostile file nested further is refused by the schema anyway.
const MAX_DEPTH = 12;

/**
 * One error finding (`text.bad-characters`) per text field holding U+FFFD, NUL or a lone surrogate,
 * naming the field and its row in Chinese and English: such text is what a GBK file read as UTF-8
 * or a broken paste leaves, and must not reach a printed form.
 */
export function textFindings(draft: unknown, program: ProgramId | undefined): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const kinds = badCharacters(value);
      if (kinds.length === 0) return;
      const field = fieldLabel(path, program);
      findings.push({
        ruleId: 'text.bad-characters',
        severity: 'error',
        path: [...path],
        clause: null,
        message: `${field.zh}含有${kinds.map((k) => KIND_TEXT[k].zh).join('、')}，请重新输入`,
        messageEn: `${field.en} contains ${kinds.map((k) => KIND_TEXT[k].en).join(', ')}; type it again`,
      });
      return;
    }
    if (value === null || typeof value !== 'object' || path.length >= MAX_DEPTH) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(draft, []);
  return findings;
}
