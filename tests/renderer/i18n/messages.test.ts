// Every message object of the interface: the same keys in Chinese and English, and English without Chinese.
import { describe, expect, test } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zhCN } from '../../../renderer/i18n/zh-cn';

/** Han ideographs, CJK and full-width punctuation (「」、，：（）…), which an English interface never shows. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface Pair {
  zh: Record<string, string>;
  en: Record<string, string>;
}

const isPair = (v: unknown): v is Pair =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Pair).zh === 'object' &&
  typeof (v as Pair).en === 'object';

// Every renderer file named messages.ts or *-messages.ts, and each { zh, en } object it exports.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../renderer/**/messages.ts', '../../../renderer/**/*-messages.ts'],
  { eager: true },
);
const pairs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isPair(value))
    .map(([name, value]) => ({ id: `${file.replace(/^(\.\.\/)+/, '')} ${name}`, pair: value as Pair })),
);

/** The `{name}` / `{{name}}` placeholders of a message, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{\{?(\w+)\}?\}/g)].map((m) => m[1]).sort();

/** Nested shell messages as flat `a.b` → text. */
function flatten(tree: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value as object, `${prefix}${key}.`)),
    ),
  );
}

describe('interface messages', () => {
  test('finds the message objects of every translated feature', () => {
    const files = pairs.map((p) => p.id.split(' ')[0]);
    for (const feature of [
      'renderer/features/backup/messages.ts',
      'renderer/features/drafts/messages.ts',
      'renderer/features/editor/messages.ts',
      'renderer/features/eligibility/messages.ts',
      'renderer/features/new-application/messages.ts',
      'renderer/features/official-form/messages.ts',
      'renderer/features/policies/messages.ts',
      'renderer/i18n/status-messages.ts',
    ]) {
      expect(files).toContain(feature);
    }
  });

  test.each(pairs)('$id: same keys, same placeholders, English with no Chinese', ({ pair }) => {
    expect(Object.keys(pair.en).sort()).toEqual(Object.keys(pair.zh).sort());
    for (const [key, zh] of Object.entries(pair.zh)) {
      const english = pair.en[key] ?? '';
      expect({ key, english }).not.toEqual({ key, english: '' });
      expect({ key, cjk: CJK.test(english) }).toEqual({ key, cjk: false });
      expect({ key, placeholders: placeholders(english) }).toEqual({ key, placeholders: placeholders(zh) });
    }
  });

  test('the shell: same keys and placeholders, English with no Chinese', () => {
    const zhFlat = flatten(zhCN);
    const enFlat = flatten(en);
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(zhFlat).sort());
    for (const [key, english] of Object.entries(enFlat)) {
      expect({ key, cjk: CJK.test(english) }).toEqual({ key, cjk: false });
      expect({ key, placeholders: placeholders(english) }).toEqual({
        key,
        placeholders: placeholders(zhFlat[key] ?? ''),
      });
    }
  });

  test('the pattern recognises Chinese words and punctuation, and not English typography', () => {
    expect(['草稿', '（', '、', '：', '「'].map((s) => CJK.test(s))).toEqual([true, true, true, true, true]);
    expect(['Saved 09:30', '“quoted” – ¥1,000.00 · …'].map((s) => CJK.test(s))).toEqual([false, false]);
  });
});
