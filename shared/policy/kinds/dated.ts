import { formatYuan } from '../../money';
import type { Bilingual, ProgramId } from '../../schemas';
import { incompleteAmount } from '../amount';
import { finding } from '../rules/common';
import type { Dated, Lookup } from '../format/parameters';
import type { AmountComputation, Finding, Pack, Rule, RuleContext } from '../types';

/** The values of `params` on the application date, or null when one has none. */
export function valuesOn<T extends readonly Dated<unknown>[]>(
  params: T,
  date: string,
): { [K in keyof T]: T[K] extends Dated<infer V> ? V : never } | null {
  const out: unknown[] = [];
  for (const p of params) {
    const found: Lookup<unknown> = p.at(date);
    if (!found.ok) return null;
    out.push(found.value);
  }
  return out as { [K in keyof T]: T[K] extends Dated<infer V> ? V : never };
}

/** An amount that cannot be computed because a parameter has no value on the day (the coverage rule says why). */
export function noValueAmount(date: string): AmountComputation {
  return {
    result: incompleteAmount(
      `政策包在申报日期 ${date} 没有规定本项目的取值，无法计算金额`,
      `The pack sets no value for this program on the application date ${date}; no amount is computed`,
    ),
  };
}

function inPeriod(pack: Pack, date: string): boolean {
  return (
    date >= pack.dates.inForceFrom && (pack.dates.periodEnd === undefined || date <= pack.dates.periodEnd)
  );
}

/**
 * One error per parameter with no value on the application date, citing the clause of its nearest
 * value. Outside the pack's period the period finding already says so, and this says nothing more.
 */
export function parameterCoverage<P extends ProgramId>(params: readonly Dated<unknown>[]): Rule<P> {
  const unique = [...new Map(params.map((p) => [p.name, p])).values()];
  return ({ draft, pack }: RuleContext<P>): Finding[] => {
    const date = draft.applicationDate;
    if (!inPeriod(pack, date)) return [];
    return unique.flatMap((p) => {
      const found = p.at(date);
      if (found.ok) return [];
      const first = p.values[0];
      const last = p.values[p.values.length - 1];
      const near = found.reason === 'before' ? first : last;
      const span = `${first?.from ?? ''} 至 ${last?.to ?? '（未定）'}`;
      return [
        finding(
          pack,
          `${pack.id}.parameter-missing`,
          'error',
          ['applicationDate'],
          near?.clause ?? null,
          `申报日期 ${date} 不在「${p.label.zh}」有规定取值的期间内（${span}），无法按文件计算`,
          `The application date ${date} is outside the dates "${p.label.en}" has a value for (${first?.from ?? ''} to ${last?.to ?? 'open'})`,
        ),
      ];
    });
  };
}

/** 500000 元 → `50万元`, 2400 元 → `2400元`, 12.5 元 → `12.5元`: as a document writes amounts. */
export function yuanZh(fen: number): string {
  if (fen >= 1_000_000 && fen % 1_000_000 === 0) return `${fen / 1_000_000}万元`;
  return `${fen / 100}元`;
}

/** 50000000 fen → `500,000 yuan`. */
export function yuanEn(fen: number): string {
  return `${formatYuan(fen).replace(/\.00$/, '')} yuan`;
}

/** Both words of an amount, for descriptions. */
export function yuanWords(fen: number): Bilingual {
  return { zh: yuanZh(fen), en: yuanEn(fen) };
}

/** `（按申报日期取值）` when a parameter has more than one value, so a description never hides a change. */
export function datedNote(params: readonly Dated<unknown>[]): Bilingual {
  return params.some((p) => p.values.length > 1)
    ? { zh: '（按申报日期所在期间取值）', en: ' (by the value in force on the application date)' }
    : { zh: '', en: '' };
}
