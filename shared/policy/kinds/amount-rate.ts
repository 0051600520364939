// Amount kinds on a base of money: a rate with a cap, a threshold before it, a credit against what is payable.
import { z } from 'zod';
import { formatYuan, rateLabel, sumFen } from '../../money';
import { amountOf, incompleteAmount } from '../amount';
import { rateCapEstimate, surchargeCreditEstimate } from '../estimates';
import { creditAgainstSurcharges } from '../rules/surcharge-credit';
import { trainingBaseRateCapAmount, trainingBaseThresholdAmount } from '../rules/training-base';
import { finding } from '../rules/common';
import type { AmountFn, Rule } from '../types';
import { datedNote, noValueAmount, valuesOn, yuanEn, yuanZh } from './dated';
import type { AmountKind } from './types';

const ref = z.string().min(1).max(60);

/** 投资额 × 比例，最高不超过上限 (training base). */
export const rateThenCap: AmountKind<{ rate: string; cap: string }> = {
  id: 'rate-then-cap',
  role: 'amount',
  title: { zh: '按比例计算，设上限', en: 'A rate of the base, capped' },
  programs: ['training-base'],
  fields: z.strictObject({ rate: ref, cap: ref }),
  build(_program, f, env) {
    const rate = env.param('rate', 'percent');
    const cap = env.param('cap', 'yuan');
    if (!rate || !cap) return undefined;
    const note = datedNote([rate, cap]);
    const amount: AmountFn = (ctx) => {
      const v = valuesOn([rate, cap] as const, ctx.draft.applicationDate);
      return v
        ? trainingBaseRateCapAmount(v[0].rate, v[1])(ctx as never)
        : noValueAmount(ctx.draft.applicationDate);
    };
    return {
      amount,
      formula: {
        zh: `企业实际投资额 × ${rate.latest.percent}%，最高不超过${yuanZh(cap.latest)}${note.zh}`,
        en: `${rate.latest.percent}% of actual investment, at most ${yuanEn(cap.latest)}${note.en}`,
      },
      userStandard: 'ignored',
      estimate: (facts, date) => {
        const v = valuesOn([rate, cap] as const, date);
        return v ? rateCapEstimate(v[0].rate, v[1])(facts, date) : noValueAmount(date).result;
      },
      params: [rate, cap],
    };
  },
};

/** Nothing below a threshold of investment; from it, 投资额 × 比例, capped. */
export const thresholdThenRateCap: AmountKind<{ threshold: string; rate: string; cap: string }> = {
  id: 'threshold-then-rate-cap',
  role: 'amount',
  title: { zh: '达到起点后按比例计算，设上限', en: 'From a threshold: a rate of the base, capped' },
  programs: ['training-base'],
  fields: z.strictObject({ threshold: ref, rate: ref, cap: ref }),
  build(_program, f, env) {
    const threshold = env.param('threshold', 'yuan');
    const rate = env.param('rate', 'percent');
    const cap = env.param('cap', 'yuan');
    if (!threshold || !rate || !cap) return undefined;
    const note = datedNote([threshold, rate, cap]);
    const amount: AmountFn = (ctx) => {
      const v = valuesOn([threshold, rate, cap] as const, ctx.draft.applicationDate);
      return v
        ? trainingBaseThresholdAmount(v[0], v[1].rate, v[2])(ctx as never)
        : noValueAmount(ctx.draft.applicationDate);
    };
    const below: Rule = ({ draft, pack }) => {
      const found = threshold.at(draft.applicationDate);
      if (!found.ok || draft.program !== 'training-base') return [];
      const base = sumFen(draft.data.investments.map((i) => i.amountFen));
      if (base >= found.value) return [];
      return [
        finding(
          pack,
          `${pack.id}.training-base.below-threshold`,
          'warning',
          ['data', 'investments'],
          found.clause,
          `实际投资额 ${formatYuan(base)} 元未达到文件规定的起点 ${formatYuan(found.value)} 元，不予补助`,
          `Actual investment ${formatYuan(base)} is below the threshold of ${formatYuan(found.value)}; nothing is paid`,
        ),
      ];
    };
    return {
      amount,
      rules: [below],
      formula: {
        zh: `企业实际投资额达到${yuanZh(threshold.latest)}的，按投资额 × ${rate.latest.percent}%补助，最高不超过${yuanZh(cap.latest)}；不足${yuanZh(threshold.latest)}的不予补助${note.zh}`,
        en: `From ${yuanEn(threshold.latest)} of actual investment: ${rate.latest.percent}% of it, at most ${yuanEn(cap.latest)}; nothing below${note.en}`,
      },
      userStandard: 'ignored',
      estimate: (facts, date) => {
        const v = valuesOn([threshold, rate, cap] as const, date);
        if (!v) return noValueAmount(date).result;
        if (facts.investmentFen === undefined) {
          return incompleteAmount('填写投资额后可估算金额', 'Enter the investment to estimate the amount');
        }
        if (facts.investmentFen < v[0]) {
          return amountOf(
            'computed',
            0,
            {
              zh: [`投资额 ${formatYuan(facts.investmentFen)} 未达到起点 ${formatYuan(v[0])}`],
              en: [
                `Investment ${formatYuan(facts.investmentFen)} is below the threshold ${formatYuan(v[0])}`,
              ],
            },
            {
              zh: '按申报人概况估算，以正式申报核定为准',
              en: 'Estimated from the profile; the application decides',
            },
          );
        }
        return rateCapEstimate(v[1].rate, v[2])(facts, date);
      },
      params: [threshold, rate, cap],
    };
  },
};

/** 投资额 × 比例, credited against the year's surcharges payable (surcharge credit). */
export const creditAgainstPayable: AmountKind<{ rate: string }> = {
  id: 'credit-against-payable',
  role: 'amount',
  title: { zh: '按比例抵免，以当年应缴为限', en: 'A rate credited against what is payable' },
  programs: ['surcharge-credit'],
  fields: z.strictObject({ rate: ref }),
  build(_program, f, env) {
    const rate = env.param('rate', 'percent');
    if (!rate) return undefined;
    const note = datedNote([rate]);
    const amount: AmountFn = (ctx) => {
      const v = valuesOn([rate] as const, ctx.draft.applicationDate);
      return v ? creditAgainstSurcharges(v[0].rate)(ctx as never) : noValueAmount(ctx.draft.applicationDate);
    };
    return {
      amount,
      formula: {
        zh: `投资额 × ${rateLabel(rate.latest.rate)}，以当年应缴教育费附加和地方教育附加为限${note.zh}`,
        en: `${rateLabel(rate.latest.rate)} of investment, limited to the year's education surcharges${note.en}`,
      },
      userStandard: 'ignored',
      estimate: (facts, date) => {
        const v = valuesOn([rate] as const, date);
        return v ? surchargeCreditEstimate(v[0].rate)(facts, date) : noValueAmount(date).result;
      },
      params: [rate],
    };
  },
};
