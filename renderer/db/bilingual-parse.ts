// A zod parse whose failure is worded for the user in both languages: zod's Chinese and English, or a
// stored-row schema's own Chinese message and its English.
import { z } from 'zod';
import { rowMessageEn } from './row-schemas';

const zhCN = z.locales.zhCN().localeError;

export type BilingualParse<T> =
  { success: true; data: T } | { success: false; path: string; zh: string; en: string };

/** Parses `value`; on failure, the first issue's path ("a.0.b") and its message in Chinese and English. */
export function parseBilingual<T>(schema: z.ZodType<T>, value: unknown): BilingualParse<T> {
  const parsed = schema.safeParse(value, { error: zhCN });
  if (parsed.success) return { success: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const zh = issue?.message ?? '';
  const en = rowMessageEn(zh) ?? schema.safeParse(value).error?.issues[0]?.message ?? zh;
  return { success: false, path: issue?.path.join('.') ?? '', zh, en };
}
