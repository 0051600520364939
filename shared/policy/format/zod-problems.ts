import type { z } from 'zod';
import type { PackProblem } from './problems';
import type { YamlSource } from './yaml-source';

type Issue = z.core.$ZodIssue;

function typeName(value: unknown): { zh: string; en: string } {
  if (value === null || value === undefined) return { zh: '空', en: 'nothing' };
  if (Array.isArray(value)) return { zh: '列表', en: 'a list' };
  if (typeof value === 'number') return { zh: '数字', en: 'a number' };
  if (typeof value === 'string') return { zh: '文字', en: 'text' };
  if (typeof value === 'boolean') return { zh: '是/否', en: 'true/false' };
  return { zh: '映射', en: 'a mapping' };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

/** One zod issue of a YAML file as a problem at its node, worded in both languages. */
export function zodProblem(
  source: YamlSource,
  issue: Issue,
  prefix: readonly (string | number)[] = [],
): PackProblem {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const where = path.length > 0 ? path.join('.') : '(根)';
  const whereEn = path.length > 0 ? path.join('.') : '(root)';
  const got = valueAt(source.value, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return source.problem(
        [...path, key],
        'unknown-key',
        `${where} 下有未知的键「${issue.keys.join('、')}」`,
        `Unknown key "${issue.keys.join('", "')}" under ${whereEn}`,
        { key: true },
      );
    }
    case 'invalid_type': {
      if (got === undefined) {
        return source.problem(path, 'missing', `缺少 ${where}`, `${whereEn} is missing`);
      }
      const t = typeName(got);
      const hint =
        issue.expected === 'string' && typeof got === 'number' ? '（代码、日期和编号请加引号）' : '';
      const hintEn =
        issue.expected === 'string' && typeof got === 'number' ? ' (quote codes, dates and numbers)' : '';
      return source.problem(
        path,
        'wrong-type',
        `${where} 应为${issue.expected === 'string' ? '文字' : issue.expected === 'number' ? '数字' : issue.expected}，现为${t.zh}${hint}`,
        `${whereEn} must be ${issue.expected}, got ${t.en}${hintEn}`,
      );
    }
    case 'invalid_value':
      return source.problem(
        path,
        'invalid-value',
        `${where} 应为以下之一：${issue.values.map(String).join('、')}`,
        `${whereEn} must be one of: ${issue.values.map(String).join(', ')}`,
      );
    case 'invalid_format':
      return source.problem(
        path,
        'invalid-format',
        `${where} 格式不对：${issue.message}`,
        `${whereEn} is not well formed: ${issue.message}`,
      );
    case 'too_small':
      return source.problem(
        path,
        'too-small',
        `${where} 过小或过短（至少 ${String(issue.minimum)}）`,
        `${whereEn} is too small or short (at least ${String(issue.minimum)})`,
      );
    case 'too_big':
      return source.problem(
        path,
        'too-big',
        `${where} 过大或过长（至多 ${String(issue.maximum)}）`,
        `${whereEn} is too big or long (at most ${String(issue.maximum)})`,
      );
    case 'invalid_key':
      return source.problem(
        path,
        'invalid-key',
        `${where} 下的键不允许`,
        `A key under ${whereEn} is not allowed`,
        { key: true },
      );
    default: {
      const params = (issue as { params?: { code?: string; en?: string } }).params ?? {};
      return source.problem(
        path,
        params.code ?? 'invalid',
        `${where}：${issue.message}`,
        `${whereEn}: ${params.en ?? issue.message}`,
      );
    }
  }
}
