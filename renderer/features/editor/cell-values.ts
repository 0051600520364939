import { z } from 'zod';
import { parseDate } from '../../../shared/dates';
import { formatYuan, parseYuan } from '../../../shared/money';
import { issueText } from '../../../shared/policy/schema-findings';
import { PROGRAM_SCHEMAS, type FieldMeta, type ProgramId } from '../../../shared/schemas';

/** How a typed value reads in a grid cell or a spreadsheet. */
export function displayValue(meta: FieldMeta, value: unknown, lang: 'zh' | 'en' = 'zh'): string {
  if (value === undefined || value === null || value === '') return '';
  if (meta.input === 'money' && typeof value === 'number') return formatYuan(value);
  if (meta.input === 'boolean')
    return value === true ? (lang === 'zh' ? '是' : 'Yes') : lang === 'zh' ? '否' : 'No';
  if (meta.input === 'select')
    return meta.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
  if (meta.input === 'basis-points' && typeof value === 'number') return `${value / 100}%`;
  return String(value);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '']);

/** Turns one cell's text into the field's typed value, or a message (Chinese, English) saying why it cannot. */
export function parseCell(
  meta: FieldMeta,
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string; messageEn: string } {
  const t = text.trim();
  if (t === '' && meta.input !== 'boolean') return { ok: true, value: undefined };
  switch (meta.input) {
    case 'money': {
      const parsed = parseYuan(t);
      return parsed.ok
        ? { ok: true, value: parsed.fen }
        : { ok: false, message: parsed.message, messageEn: parsed.messageEn };
    }
    case 'integer':
    case 'year':
      return /^\d+$/.test(t)
        ? { ok: true, value: Number(t) }
        : { ok: false, message: `「${t}」不是整数`, messageEn: `"${t}" is not a whole number` };
    case 'boolean': {
      const key = t.toLowerCase();
      if (YES.has(key)) return { ok: true, value: true };
      if (NO.has(key)) return { ok: true, value: false };
      return { ok: false, message: `「${t}」应填“是”或“否”`, messageEn: `"${t}": write Yes or No` };
    }
    case 'select': {
      const option = meta.options?.find(
        (o) => o.value === t || o.label.zh === t || o.label.en.toLowerCase() === t.toLowerCase(),
      );
      return option
        ? { ok: true, value: option.value }
        : {
            ok: false,
            message: `「${t}」不是可选项（${(meta.options ?? []).map((o) => o.label.zh).join('、')}）`,
            messageEn: `"${t}" is not one of the options (${(meta.options ?? []).map((o) => o.label.en).join(', ')})`,
          };
    }
    case 'date': {
      // The shared parser's refusal names the problem (2025年2月没有30日), like the date inputs do.
      const date = parseDate(t);
      return date.ok
        ? { ok: true, value: date.iso }
        : { ok: false, message: date.message, messageEn: date.messageEn };
    }
    default:
      return { ok: true, value: t };
  }
}

/** The zod schema of one row of a program's table (`interns`, `investments` …). */
export function tableRowSchema(program: ProgramId, tableKey: string, asOf?: string): z.ZodType {
  const data = PROGRAM_SCHEMAS[program].data(asOf === undefined ? {} : { asOf });
  let node: unknown = (data as unknown as { shape: Record<string, unknown> }).shape[tableKey];
  // Unwrap optional/default wrappers down to the array, then take its element.
  for (let i = 0; i < 5 && node && !(node instanceof z.ZodArray); i++) {
    node = (node as { unwrap?: () => unknown }).unwrap?.();
  }
  if (!(node instanceof z.ZodArray)) throw new Error(`表 ${tableKey} 不是数组`);
  return node.element as z.ZodType;
}

/**
 * A schema from spreadsheet cells (column key → text) to a typed row: each cell is converted by its
 * field's input kind, then the program's row schema checks the whole row. Issues name the column key.
 */
export function importRowSchema(
  columns: readonly [string, FieldMeta][],
  rowSchema: z.ZodType,
): z.ZodType<Record<string, unknown>> {
  return z.record(z.string(), z.string()).transform((cells, ctx) => {
    const typed: Record<string, unknown> = {};
    const unreadable = new Set<string>();
    for (const [key, meta] of columns) {
      const parsed = parseCell(meta, cells[key] ?? '');
      if (parsed.ok) {
        if (parsed.value !== undefined) typed[key] = parsed.value;
      } else {
        unreadable.add(key);
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: parsed.message,
          input: cells[key],
          params: { messageEn: parsed.messageEn },
        });
      }
    }
    // The row is checked even when a cell did not convert, so the report names every problem of the
    // row at once; a cell that did not convert is reported once, by its conversion.
    const result = rowSchema.safeParse(typed);
    if (result.success && unreadable.size === 0) return result.data as Record<string, unknown>;
    for (const issue of result.error?.issues ?? []) {
      const key = String(issue.path[0] ?? '');
      if (unreadable.has(key)) continue;
      const meta = columns.find(([k]) => k === key)?.[1];
      const missing = typed[key] === undefined;
      // zod's own text is generic English: the report words each issue as the checks do, in both languages.
      const text = missing && meta ? { zh: '必填，不能为空', en: 'Required' } : issueText(issue, meta, typed);
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: text.zh,
        input: cells[key],
        params: { messageEn: text.en },
      });
    }
    return z.NEVER;
  });
}
