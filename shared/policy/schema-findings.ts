import type { z } from 'zod';
import { checkPhone, type PhoneHints } from '../ids';
import { formatYuan } from '../money';
import { draftFieldMeta, type FieldMeta, type FieldMetaMap, metaKey, type ProgramId } from '../schemas';
import type { FieldPath, Finding } from './types';

type Issue = z.core.$ZodIssue;

const metaCache = new Map<ProgramId, FieldMetaMap>();

function metaFor(program: ProgramId | undefined): FieldMetaMap {
  if (!program) return {};
  let meta = metaCache.get(program);
  if (!meta) {
    meta = draftFieldMeta(program);
    metaCache.set(program, meta);
  }
  return meta;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface Named {
  zh: string;
  en: string;
  meta?: FieldMeta;
}

/** `实习学生名单第4行「身份证号」` for `['data', 'interns', 3, 'idNumber']`. */
function nameField(path: readonly PropertyKey[], meta: FieldMetaMap): Named {
  const field = meta[metaKey(path)];
  const last = path.at(-1);
  const fieldZh = field?.label.zh ?? String(last ?? '草稿');
  const fieldEn = field?.label.en ?? String(last ?? 'draft');
  const rowAt = path.findLastIndex((p) => typeof p === 'number');
  if (rowAt < 0) return { zh: `「${fieldZh}」`, en: `"${fieldEn}"`, meta: field };
  const list = meta[metaKey(path.slice(0, rowAt))];
  const row = Number(path[rowAt]) + 1;
  const listZh = list?.label.zh ?? '';
  const listEn = list?.label.en ?? 'list';
  if (rowAt === path.length - 1)
    return { zh: `${listZh}第${row}行`, en: `${listEn} row ${row}`, meta: field };
  return { zh: `${listZh}第${row}行「${fieldZh}」`, en: `${listEn} row ${row}, "${fieldEn}"`, meta: field };
}

/** The field at `path` named by its labels and row (`实习学生名单第4行「身份证号」`), in Chinese and English. */
export function fieldLabel(
  path: readonly PropertyKey[],
  program: ProgramId | undefined,
): { zh: string; en: string } {
  const { zh, en } = nameField(path, metaFor(program));
  return { zh, en };
}

const EXPECTED_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
};

function bound(n: number | bigint, meta: FieldMeta | undefined): { zh: string; en: string } {
  if (meta?.unit === 'fen') return { zh: `${formatYuan(Number(n))}元`, en: formatYuan(Number(n)) };
  return { zh: String(n), en: String(n) };
}

function describe(issue: Issue, f: Named, input: unknown): { code: string; zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) {
        return { code: 'required', zh: `缺少${f.zh}`, en: `${f.en} is missing` };
      }
      const expected = EXPECTED_ZH[issue.expected] ?? issue.expected;
      const unit = f.meta?.unit === 'fen' ? '（以分为单位的整数）' : '';
      return {
        code: 'invalid_type',
        zh: `${f.zh}应为${expected}${unit}`,
        en: `${f.en} must be ${issue.expected === 'int' ? 'an integer' : `a ${issue.expected}`}`,
      };
    }
    case 'too_small': {
      const b = bound(issue.minimum, f.meta);
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { code: 'required', zh: `${f.zh}不能为空`, en: `${f.en} is empty` }
          : { code: 'too_small', zh: `${f.zh}至少${b.zh}个字`, en: `${f.en} needs ${b.en} characters` };
      }
      if (issue.origin === 'array') {
        return {
          code: 'too_small',
          zh: `${f.zh}至少需要${b.zh}行`,
          en: `${f.en} needs at least ${b.en} ${Number(issue.minimum) === 1 ? 'row' : 'rows'}`,
        };
      }
      return { code: 'too_small', zh: `${f.zh}不能小于${b.zh}`, en: `${f.en} must be at least ${b.en}` };
    }
    case 'too_big': {
      const b = bound(issue.maximum, f.meta);
      if (issue.origin === 'string') {
        return {
          code: 'too_big',
          zh: `${f.zh}不能超过${b.zh}个字`,
          en: `${f.en} has more than ${b.en} characters`,
        };
      }
      if (issue.origin === 'array') {
        return {
          code: 'too_big',
          zh: `${f.zh}不能超过${b.zh}行`,
          en: `${f.en} has more than ${b.en} ${Number(issue.maximum) === 1 ? 'row' : 'rows'}`,
        };
      }
      return { code: 'too_big', zh: `${f.zh}不能大于${b.zh}`, en: `${f.en} must be at most ${b.en}` };
    }
    case 'invalid_format':
      return issue.format === 'date'
        ? {
            code: 'invalid-date',
            zh: `${f.zh}应为 YYYY-MM-DD 格式的真实日期，如 2025-06-30`,
            en: `${f.en} must be a real date written YYYY-MM-DD`,
          }
        : { code: 'invalid_format', zh: `${f.zh}格式不对`, en: `${f.en} is not well formed` };
    case 'invalid_value': {
      if (valueAt(input, issue.path) === undefined) {
        return { code: 'required', zh: `缺少${f.zh}`, en: `${f.en} is missing` };
      }
      const options = f.meta?.options;
      const allowed = options
        ? options.map((o) => o.label.zh).join('、')
        : issue.values.map((v) => String(v)).join('、');
      return {
        code: 'invalid_value',
        zh: `${f.zh}应为以下之一：${allowed}`,
        en: `${f.en} must be one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      };
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: string; messageEn?: string };
      return {
        code: params.code ?? 'custom',
        zh: `${f.zh}：${issue.message}`,
        en: `${f.en}: ${params.messageEn ?? issue.message}`,
      };
    }
    default:
      return { code: issue.code, zh: `${f.zh}填写有误`, en: `${f.en}: ${issue.message}` };
  }
}

/**
 * One zod issue worded for a place that already names its field (a roster cell in an import report):
 * `至少2个字` / `needs 2 characters`. A validator's own message (custom issue) is kept, with its English.
 */
export function issueText(
  issue: Issue,
  meta: FieldMeta | undefined,
  input: unknown,
): { code: string; zh: string; en: string } {
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as { code?: string; messageEn?: string };
    return { code: params.code ?? 'custom', zh: issue.message, en: params.messageEn ?? issue.message };
  }
  const { code, zh, en } = describe(issue, { zh: '', en: '', meta }, input);
  return { code, zh, en: en.trim() };
}

const implicitBound = (i: Issue): boolean =>
  (i.code === 'too_big' && Number(i.maximum) === Number.MAX_SAFE_INTEGER) ||
  (i.code === 'too_small' && Number(i.minimum) === Number.MIN_SAFE_INTEGER);

/**
 * Drops zod's implicit safe-integer bound of `.int()` where the field's own bound is also reported:
 * an amount of 1e308 names the real limit (1,000,000,000,000.00 元), not 90,071,992,547,409.91.
 */
function withoutImplicitIntBounds(issues: readonly Issue[]): readonly Issue[] {
  if (!issues.some(implicitBound)) return issues;
  const at = (i: Issue) => i.path.map(String).join('\u0000');
  const same = (a: Issue, b: Issue) => a.code === b.code && at(a) === at(b);
  return issues.filter(
    (i) => !implicitBound(i) || !issues.some((o) => o !== i && !implicitBound(o) && same(i, o)),
  );
}

/** A phone issue worded again with the region's example (0746-1234567, not Beijing's 010-12345678). */
function regional(issue: Issue, meta: FieldMeta | undefined, input: unknown, hints: PhoneHints): Issue {
  if (issue.code !== 'custom' || meta?.input !== 'phone' || !hints.areaCode) return issue;
  const value = valueAt(input, issue.path);
  if (typeof value !== 'string') return issue;
  const checked = checkPhone(value, hints);
  if (checked.ok) return issue;
  return {
    ...issue,
    message: checked.message,
    params: { ...issue.params, code: checked.code, messageEn: checked.messageEn },
  };
}

/**
 * Turns zod issues into findings: ruleId `schema.<code>` (`schema.required`, `schema.check-digit` …),
 * severity error, the issue's path, no clause, and a Chinese message naming the field and its row
 * by the labels of the field metadata. `hints.areaCode` (the pack's region) makes a phone message's
 * example a local number (0746-1234567 for 永州).
 */
export function schemaFindings(
  issues: readonly Issue[],
  program: ProgramId | undefined,
  input: unknown,
  hints: PhoneHints = {},
): Finding[] {
  const meta = metaFor(program);
  return withoutImplicitIntBounds(issues).map((issue) => {
    const named = nameField(issue.path, meta);
    const { code, zh, en } = describe(regional(issue, named.meta, input, hints), named, input);
    const path: FieldPath = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    return { ruleId: `schema.${code}`, severity: 'error', path, clause: null, message: zh, messageEn: en };
  });
}
