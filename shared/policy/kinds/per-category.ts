// Per person, with an amount that depends on a category of the row (a talent's role, an apprentice's level).
import { formatYuan, sumFen } from '../../money';
import type { Bilingual, Draft, ProgramId } from '../../schemas';
import { skillLevelOptions } from '../../schemas/programs/apprenticeship';
import { talentRoleOptions } from '../../schemas/programs/talent-allowance';
import { amountOf, incompleteAmount, mulFen } from '../amount';
import type { AmountComputation } from '../types';

/** A program whose rows carry a category: where the rows are and which field is the category. */
export interface CategorySource {
  options: readonly { value: string; label: Bilingual }[];
  rows: (draft: Draft) => readonly { idNumber: string; category: string }[];
  unit: Bilingual;
}

/** The programs per-unit-by-category can be used in. */
export const CATEGORY_SOURCES: Partial<Record<ProgramId, CategorySource>> = {
  'talent-allowance': {
    options: talentRoleOptions,
    rows: (d) =>
      d.program === 'talent-allowance'
        ? d.data.people.map((p) => ({ idNumber: p.idNumber, category: p.role }))
        : [],
    unit: { zh: '人（每人一次性）', en: 'people, once each' },
  },
  apprenticeship: {
    options: skillLevelOptions,
    rows: (d) =>
      d.program === 'apprenticeship'
        ? d.data.apprentices.map((a) => ({ idNumber: a.idNumber, category: a.targetLevel }))
        : [],
    unit: { zh: '名学徒', en: 'apprentices' },
  },
};

/**
 * Σ people of each category × its amount; a person (by ID number) counts once, in their first row.
 * People of a category the document does not pay are counted and named in the trace, for 0.
 */
export function perCategoryAmount(
  source: CategorySource,
  amounts: ReadonlyMap<string, number>,
  draft: Draft,
): AmountComputation {
  const people = [...new Map(source.rows(draft).map((r) => [r.idNumber, r])).values()];
  const zh: string[] = [];
  const en: string[] = [];
  const parts: number[] = [];
  const perClaimFen = new Map<string, number>();
  for (const option of source.options) {
    const inCategory = people.filter((p) => p.category === option.value);
    if (inCategory.length === 0) continue;
    const each = amounts.get(option.value);
    if (each === undefined) {
      zh.push(`${option.label.zh} ${inCategory.length} 人：文件未规定该类别的补助，不计`);
      en.push(`${option.label.en}: ${inCategory.length}, not paid under this document`);
      for (const p of inCategory) perClaimFen.set(p.idNumber, 0);
      continue;
    }
    const fen = mulFen(inCategory.length, each);
    if (fen === null) return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
    parts.push(fen);
    for (const p of inCategory) perClaimFen.set(p.idNumber, each);
    zh.push(`${option.label.zh} ${inCategory.length} 人 × ${formatYuan(each)} = ${formatYuan(fen)}`);
    en.push(`${option.label.en}: ${inCategory.length} × ${formatYuan(each)} = ${formatYuan(fen)}`);
  }
  const total = sumFen(parts);
  zh.push(`合计 ${formatYuan(total)}`);
  en.push(`Total ${formatYuan(total)}`);
  return {
    result: amountOf(
      'computed',
      total,
      { zh, en },
      { zh: '按类别标准逐人计算，同一人只计一次', en: 'Per person by category; a person counts once' },
    ),
    perClaimFen,
  };
}
