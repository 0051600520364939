// Amount kinds counted in people: per unit (with a minimum or fixed), per unit by category, a lump sum.
import { z } from 'zod';
import { formatYuan } from '../../money';
import { amountOf } from '../amount';
import { perUnitEstimate } from '../estimates';
import { internshipFixedAmount, internshipMinimumAmount, standardAtLeast } from '../rules/internship';
import { perStudentYearAmount } from '../rules/one-plus-x';
import { perPersonAmount } from '../rules/talent-allowance';
import type { AmountFn, Rule } from '../types';
import { datedNote, noValueAmount, valuesOn, yuanEn, yuanZh } from './dated';
import {
  CATEGORY_SOURCES,
  PER_YEAR_ROUNDING,
  perCategoryAmount,
  perCategoryYearAmount,
} from './per-category';
import type { AmountKind } from './types';

const ref = z.string().min(1).max(60);

// Each program's unit: what is counted, the words of the formula, the profile fact of the estimate.
const UNITS = {
  internship: {
    zh: (x: string, atLeast: boolean) =>
      atLeast ? `实习学生人月数 × 每人每月补助标准（不低于${x}）` : `实习学生人月数 × ${x}`,
    en: (x: string, atLeast: boolean) =>
      atLeast ? `Intern-months × the monthly standard (at least ${x})` : `Intern-months × ${x}`,
    fact: 'internMonths',
    unit: { zh: '人月', en: 'intern-months' },
  },
  'one-plus-x': {
    zh: (x: string) => `取证学生人数 × ${x}（每生每年一次）`,
    en: (x: string) => `Students × ${x}, once per student per year`,
    fact: 'students',
    unit: { zh: '人', en: 'students' },
  },
  'talent-allowance': {
    zh: (x: string) => `入选人数 × ${x}（每人一次性）`,
    en: (x: string) => `People × ${x}, once each`,
    fact: 'talents',
    unit: { zh: '人', en: 'people' },
  },
} as const;

/** An amount per person-month (internship), per student-year (1+X) or per person once (talent allowance). */
export const perUnit: AmountKind<{ amount: string; atLeast?: boolean }> = {
  id: 'per-unit',
  role: 'amount',
  title: {
    zh: '按人（人月、人年）计算，可设最低标准',
    en: 'Per unit (person, person-month, person-year), optionally a minimum',
  },
  programs: ['internship', 'one-plus-x', 'talent-allowance'],
  fields: z.strictObject({ amount: ref, atLeast: z.boolean().optional() }),
  build(program, f, env) {
    if (f.atLeast && program !== 'internship') {
      env.problem(
        'atLeast',
        'kind-field',
        '只有实习补助可设“不低于”标准',
        'Only the internship subsidy can state a minimum',
      );
      return undefined;
    }
    const each = env.param('amount', 'yuan');
    if (!each) return undefined;
    const words = UNITS[program as keyof typeof UNITS];
    const atLeast = f.atLeast === true;
    const note = datedNote([each]);
    const make = (fen: number): AmountFn =>
      (program === 'internship'
        ? atLeast
          ? internshipMinimumAmount(fen)
          : internshipFixedAmount(fen)
        : program === 'one-plus-x'
          ? perStudentYearAmount(fen)
          : perPersonAmount(fen)) as AmountFn;
    const amount: AmountFn = (ctx) => {
      const v = valuesOn([each] as const, ctx.draft.applicationDate);
      return v ? make(v[0])(ctx) : noValueAmount(ctx.draft.applicationDate);
    };
    // The user's standard may exceed the minimum, never fall below it; the check cites the value's clause.
    const minimumRule: Rule = (ctx) => {
      const found = each.at(ctx.draft.applicationDate);
      return found.ok ? (standardAtLeast(found.value, found.clause) as Rule)(ctx) : [];
    };
    return {
      amount,
      formula: {
        zh: `${words.zh(yuanZh(each.latest), atLeast)}${note.zh}`,
        en: `${words.en(yuanEn(each.latest), atLeast)}${note.en}`,
      },
      userStandard: atLeast ? 'used' : 'ignored',
      rules: atLeast ? [minimumRule] : [],
      estimate: (facts, date) => {
        const v = valuesOn([each] as const, date);
        return v ? perUnitEstimate(words.fact, v[0], words.unit)(facts, date) : noValueAmount(date).result;
      },
      params: [each],
    };
  },
};

/**
 * An amount per person that depends on their category (a talent's role, an apprentice's target level):
 * once each, or with `per: person-year` that amount a year × the person's counted years.
 */
export const perUnitByCategory: AmountKind<{
  amounts: Record<string, string>;
  per?: 'person' | 'person-year';
}> = {
  id: 'per-unit-by-category',
  role: 'amount',
  title: {
    zh: '按类别（等级、身份）每人定额，或每人每年',
    en: 'Per person (or per person per year), by category (level, role)',
  },
  programs: ['talent-allowance', 'apprenticeship'],
  fields: z.strictObject({
    amounts: z.record(z.string().max(40), ref),
    per: z.enum(['person', 'person-year']).optional(),
  }),
  build(program, f, env) {
    const source = CATEGORY_SOURCES[program];
    if (!source) return undefined;
    const perYear = f.per === 'person-year';
    if (perYear && !source.dated) {
      env.problem(
        'per',
        'kind-field',
        '该项目的名单没有培训起止日期，不能按每人每年计算',
        "This program's roster has no course dates: it cannot be paid per person per year",
      );
      return undefined;
    }
    const entries: [string, ReturnType<typeof env.param<'yuan'>>][] = [];
    for (const category of Object.keys(f.amounts)) {
      const option = source.options.find((o) => o.value === category);
      if (!option) {
        env.problem(
          `amounts.${category}`,
          'unknown-category',
          `类别「${category}」不存在；可用：${source.options.map((o) => `${o.value}（${o.label.zh}）`).join('、')}`,
          `No category "${category}"; use one of: ${source.options.map((o) => o.value).join(', ')}`,
        );
        continue;
      }
      entries.push([category, env.param(`amounts.${category}`, 'yuan')]);
    }
    if (entries.length === 0) {
      env.problem(
        'amounts',
        'kind-field',
        '至少规定一个类别的金额',
        'State the amount of at least one category',
      );
      return undefined;
    }
    if (entries.some(([, p]) => !p)) return undefined;
    const params = entries.map(([, p]) => p!);
    const note = datedNote(params);
    const label = (c: string) => source.options.find((o) => o.value === c)?.label ?? { zh: c, en: c };
    const amount: AmountFn = (ctx) => {
      const values = new Map<string, number>();
      for (const [category, p] of entries) {
        const found = p!.at(ctx.draft.applicationDate);
        if (!found.ok) return noValueAmount(ctx.draft.applicationDate);
        values.set(category, found.value);
      }
      return (perYear ? perCategoryYearAmount : perCategoryAmount)(source, values, ctx.draft);
    };
    const formula = perYear
      ? {
          zh: `${entries.map(([c, p]) => `${label(c).zh}每人每年${yuanZh(p!.latest)}`).join('，')}；${PER_YEAR_ROUNDING.zh}${note.zh}`,
          en: `${entries.map(([c, p]) => `${label(c).en} ${yuanEn(p!.latest)} per person per year`).join(', ')}; ${PER_YEAR_ROUNDING.en}${note.en}`,
        }
      : {
          zh: `按类别每人补助：${entries.map(([c, p]) => `${label(c).zh} ${yuanZh(p!.latest)}`).join('，')}${note.zh}`,
          en: `Per person by category: ${entries.map(([c, p]) => `${label(c).en} ${yuanEn(p!.latest)}`).join(', ')}${note.en}`,
        };
    return {
      amount,
      formula,
      userStandard: 'ignored',
      params,
    };
  },
};

/** One fixed amount per application. */
export const lumpSum: AmountKind<{ amount: string }> = {
  id: 'lump-sum',
  role: 'amount',
  title: { zh: '定额补助', en: 'Lump sum' },
  programs: [
    'training-base',
    'internship',
    'apprenticeship',
    'dual-teacher-team',
    'one-plus-x',
    'talent-allowance',
    'surcharge-credit',
    'new-specialty',
  ],
  fields: z.strictObject({ amount: ref }),
  build(_program, f, env) {
    const each = env.param('amount', 'yuan');
    if (!each) return undefined;
    const note = datedNote([each]);
    const amount: AmountFn = (ctx) => {
      const v = valuesOn([each] as const, ctx.draft.applicationDate);
      if (!v) return noValueAmount(ctx.draft.applicationDate);
      return {
        result: amountOf(
          'computed',
          v[0],
          { zh: [`定额 ${formatYuan(v[0])}`], en: [`Lump sum ${formatYuan(v[0])}`] },
          { zh: '每个项目定额补助', en: 'A fixed amount per project' },
        ),
      };
    };
    return {
      amount,
      formula: {
        zh: `每个项目定额补助${yuanZh(each.latest)}${note.zh}`,
        en: `A lump sum of ${yuanEn(each.latest)} per project${note.en}`,
      },
      userStandard: 'ignored',
      params: [each],
    };
  },
};
