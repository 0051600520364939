// Per person, with an amount that depends on a category of the row (a talent's role, an apprentice's level).
import { formatYuan, sumFen } from '../../money';
import type { Bilingual, Draft, ProgramId } from '../../schemas';
import { skillLevelOptions } from '../../schemas/programs/apprenticeship';
import { talentRoleOptions } from '../../schemas/programs/talent-allowance';
import { amountOf, incompleteAmount, mulFen } from '../amount';
import { fullMonths } from '../dates';
import type { AmountComputation } from '../types';

/** A program whose rows carry a category: where the rows are and which field is the category. */
export interface CategorySource {
  options: readonly { value: string; label: Bilingual }[];
  rows: (draft: Draft) => readonly CategoryRow[];
  unit: Bilingual;
  /** True when each row has the dates of its course (startDate, endDate): only then can years be counted. */
  dated?: boolean;
}

/** One person of a category roster; `startDate`/`endDate` where the program records the course. */
export interface CategoryRow {
  idNumber: string;
  category: string;
  name?: string;
  startDate?: string;
  endDate?: string;
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
        ? d.data.apprentices.map((a) => ({
            idNumber: a.idNumber,
            category: a.targetLevel,
            name: a.name,
            startDate: a.startDate,
            endDate: a.endDate,
          }))
        : [],
    unit: { zh: '名学徒', en: 'apprentices' },
    dated: true,
  },
};

type CategoryOption = CategorySource['options'][number];

/** What each paid category adds: its trace lines, its part of the total and each person's share. */
interface Tally {
  zh: string[];
  en: string[];
  parts: number[];
  perClaimFen: Map<string, number>;
}

/**
 * Walks the categories in the form's order: a category the document does not pay is named for 0, a
 * paid one goes to `pay` (false when the amount overflows); then the total and the basis.
 */
function sumByCategory(
  source: CategorySource,
  amounts: ReadonlyMap<string, number>,
  people: readonly CategoryRow[],
  pay: (option: CategoryOption, inCategory: readonly CategoryRow[], each: number, tally: Tally) => boolean,
  basis: Bilingual,
): AmountComputation {
  const tally: Tally = { zh: [], en: [], parts: [], perClaimFen: new Map() };
  for (const option of source.options) {
    const inCategory = people.filter((p) => p.category === option.value);
    if (inCategory.length === 0) continue;
    const each = amounts.get(option.value);
    if (each === undefined) {
      tally.zh.push(`${option.label.zh} ${inCategory.length} 人：文件未规定该类别的补助，不计`);
      tally.en.push(`${option.label.en}: ${inCategory.length}, not paid under this document`);
      for (const p of inCategory) tally.perClaimFen.set(p.idNumber, 0);
      continue;
    }
    if (!pay(option, inCategory, each, tally))
      return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
  }
  const total = sumFen(tally.parts);
  tally.zh.push(`合计 ${formatYuan(total)}`);
  tally.en.push(`Total ${formatYuan(total)}`);
  return {
    result: amountOf('computed', total, { zh: tally.zh, en: tally.en }, basis),
    perClaimFen: tally.perClaimFen,
  };
}

/**
 * Σ people of each category × its amount; a person (by ID number) counts once, in their last row.
 * People of a category the document does not pay are counted and named in the trace, for 0.
 */
export function perCategoryAmount(
  source: CategorySource,
  amounts: ReadonlyMap<string, number>,
  draft: Draft,
): AmountComputation {
  // The last row of a repeated ID number wins (as the packs' recorded results were computed).
  const people = [...new Map(source.rows(draft).map((r) => [r.idNumber, r])).values()];
  return sumByCategory(
    source,
    amounts,
    people,
    (option, inCategory, each, tally) => {
      const fen = mulFen(inCategory.length, each);
      if (fen === null) return false;
      tally.parts.push(fen);
      for (const p of inCategory) tally.perClaimFen.set(p.idNumber, each);
      tally.zh.push(`${option.label.zh} ${inCategory.length} 人 × ${formatYuan(each)} = ${formatYuan(fen)}`);
      tally.en.push(`${option.label.en}: ${inCategory.length} × ${formatYuan(each)} = ${formatYuan(fen)}`);
      return true;
    },
    { zh: '按类别标准逐人计算，同一人只计一次', en: 'Per person by category; a person counts once' },
  );
}

/** The rounding of per-year amounts, as the formula text and the trace state it. */
export const PER_YEAR_ROUNDING = {
  zh: '每人年数按培训起止日期的整月数 ÷ 12 计（不足一月不计），金额不足1分舍去',
  en: 'years per person = whole months from the course start to its end ÷ 12 (a part month is not counted); amounts rounded down to the fen',
} as const;

/** `amount × months / 12` in whole fen, rounded down (a subsidy never exceeds its entitlement); null past safe. */
function perMonthsFen(yearFen: number, months: number): number | null {
  const product = mulFen(months, yearFen);
  return product === null ? null : Math.floor(product / 12);
}

const yearsText = (months: number) =>
  months % 12 === 0 ? `${months / 12} 年` : `${months} 个月（${months}/12 年）`;
const yearsTextEn = (months: number) =>
  months % 12 === 0 ? `${months / 12} yr` : `${months} months (${months}/12 yr)`;

/**
 * Σ over people of (their category's amount a year × their counted years): years are the whole months
 * of the row's course (start and end included, {@link fullMonths}) ÷ 12, each person's amount rounded
 * down to the fen. A person (by ID number) counts once, in their first row; a category the document
 * does not pay counts 0, named in the trace.
 */
export function perCategoryYearAmount(
  source: CategorySource,
  amounts: ReadonlyMap<string, number>,
  draft: Draft,
): AmountComputation {
  const people = new Map<string, CategoryRow>();
  for (const row of source.rows(draft)) if (!people.has(row.idNumber)) people.set(row.idNumber, row);
  return sumByCategory(
    source,
    amounts,
    [...people.values()],
    (option, inCategory, each, tally) => {
      for (const p of inCategory) {
        const months = p.startDate && p.endDate ? fullMonths(p.startDate, p.endDate) : 0;
        const fen = perMonthsFen(each, months);
        if (fen === null) return false;
        tally.parts.push(fen);
        tally.perClaimFen.set(p.idNumber, fen);
        const who = p.name ?? p.idNumber;
        tally.zh.push(
          `${option.label.zh} ${who}：每年 ${formatYuan(each)} × ${yearsText(months)} = ${formatYuan(fen)}`,
        );
        tally.en.push(
          `${option.label.en} ${who}: ${formatYuan(each)} a year × ${yearsTextEn(months)} = ${formatYuan(fen)}`,
        );
      }
      return true;
    },
    {
      zh: `按类别标准每人每年计算，同一人只计一次；${PER_YEAR_ROUNDING.zh}`,
      en: `Per person per year by category, a person counted once; ${PER_YEAR_ROUNDING.en}`,
    },
  );
}
