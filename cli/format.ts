import type { AmountResult, Finding } from '../shared/policy';
import { formatYuan } from '../shared/money';

const MARK = { error: '✗ 错误', warning: '! 警告', info: 'i 提示' } as const;

/** A value from the input shown in a message: at most `max` characters, then how long it really was. */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…（共 ${text.length} 字 / ${text.length} characters）`;
}

/** `data.interns[3].idNumber` from a finding path. */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

/** One line per finding: severity, field, rule, message, clause. */
export function findingLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const clause = f.clause ? `（${f.clause.docNumber} ${f.clause.ref}）` : '';
    return `  ${MARK[f.severity]}  ${clip(pathText(f.path) || '$', 200)}  [${f.ruleId}]  ${clip(f.message, 500)}${clause}`;
  });
}

const STATUS = {
  computed: '按文件计算',
  'user-supplied': '按自填标准计算',
  'no-amount': '文件未规定金额',
  incomplete: '暂无法计算',
} as const;

/** The amount block: status, amount with 大写, trace and note. */
export function amountLines(amount: AmountResult): string[] {
  const head =
    amount.amountFen === undefined
      ? `金额：${STATUS[amount.status]}`
      : `金额：${formatYuan(amount.amountFen)} 元（${amount.amountText ?? ''}）— ${STATUS[amount.status]}`;
  return [head, ...amount.trace.map((t) => `  ${t}`), ...(amount.note ? [`  说明：${amount.note}`] : [])];
}
