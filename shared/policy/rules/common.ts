import { formatYuan } from '../../money';
import type { ProgramId } from '../../schemas';
import type { ClauseCitation, FieldPath, Finding, Pack, Rule, RuleContext, Severity } from '../types';

/** The citation of clause `ref` of `pack`; throws if the pack does not quote that clause. */
export function cite(pack: Pack, ref: string): ClauseCitation {
  if (!pack.clauses.some((c) => c.ref === ref)) {
    throw new Error(`pack ${pack.id} does not quote clause ${ref}`);
  }
  return { policy: pack.id, docNumber: pack.docNumber, ref };
}

/** Builds a finding; `ref` is a clause of `pack` or null. */
export function finding(
  pack: Pack | null,
  ruleId: string,
  severity: Severity,
  path: FieldPath,
  ref: string | null,
  message: string,
  messageEn: string,
): Finding {
  return {
    ruleId,
    severity,
    path,
    clause: pack && ref !== null ? cite(pack, ref) : null,
    message,
    messageEn,
  };
}

/** `numerator / denominator >= percent %`, in integers. */
export function atLeastPercent(numerator: number, denominator: number, percent: number): boolean {
  return numerator * 100 >= percent * denominator;
}

/** `numerator / denominator <= percent %`, in integers. */
export function atMostPercent(numerator: number, denominator: number, percent: number): boolean {
  return numerator * 100 <= percent * denominator;
}

/** A ratio for messages: `9/10（90.0%）`. */
export function ratioText(numerator: number, denominator: number): string {
  const pct = denominator === 0 ? 0 : (numerator * 100) / denominator;
  return `${numerator}/${denominator}（${pct.toFixed(1)}%）`;
}

/** `¥1,234.56` style amount for messages: `1,234.56元`. */
export function yuanText(fen: number): string {
  return `${formatYuan(fen)}元`;
}

/**
 * Flags every row whose key already appeared in an earlier row of the same list (error). `label`
 * says what the key is in messages (身份证号, 发票号码 …).
 */
export function duplicateRows<T>(
  rows: readonly T[],
  key: (row: T) => string,
  name: (row: T) => string,
  opts: { ruleId: string; listPath: FieldPath; field: string; label: string; labelEn: string },
): Finding[] {
  const first = new Map<string, number>();
  return rowFindings(rows, (row, index) => {
    const k = key(row);
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, index);
      return undefined;
    }
    return finding(
      null,
      opts.ruleId,
      'error',
      [...opts.listPath, index, opts.field],
      null,
      `第${index + 1}行「${name(row)}」的${opts.label} ${k} 与第${seen + 1}行重复，同一${opts.label}不能重复申报`,
      `Row ${index + 1} (${name(row)}): ${opts.labelEn} ${k} repeats row ${seen + 1}; it cannot be claimed twice`,
    );
  });
}

/** A dated field for {@link datesInOrder}. */
export interface DatedField {
  value: string;
  path: FieldPath;
  label: string;
  labelEn: string;
}

/** Flags `to` earlier than `from` (error), naming both fields; `row` prefixes the message. */
export function datesInOrder(
  ruleId: string,
  from: DatedField,
  to: DatedField,
  row?: { zh: string; en: string },
): Finding[] {
  if (from.value <= to.value) return [];
  return [
    finding(
      null,
      ruleId,
      'error',
      to.path,
      null,
      `${row ? row.zh : ''}${to.label}（${to.value}）早于${from.label}（${from.value}）`,
      `${row ? `${row.en}: ` : ''}${to.labelEn} (${to.value}) is before ${from.labelEn} (${from.value})`,
    ),
  ];
}

/**
 * The findings `flag` returns for the rows of a list, in row order. For per-row rules on rosters of
 * thousands of rows: unlike `flatMap`, a row without a finding allocates nothing.
 */
export function rowFindings<T>(
  rows: readonly T[],
  flag: (row: T, index: number) => Finding | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const found = flag(rows[index] as T, index);
    if (found) findings.push(found);
  }
  return findings;
}

/** Runs rules in order and concatenates their findings. */
export function runRules<P extends ProgramId>(rules: readonly Rule<P>[], ctx: RuleContext<P>): Finding[] {
  return rules.flatMap((rule) => rule(ctx));
}
