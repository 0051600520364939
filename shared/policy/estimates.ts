import { capAt, formatYuan, type Rate } from '../money';
import { amountOf, incompleteAmount, mulFen, rateThenCap } from './amount';
import type { AmountResult } from './types';

/** What an applicant knows before drafting, for {@link Estimate}s. Money in fen. */
export interface ProfileFacts {
  /** Actual (or qualifying) investment: training base, surcharge credit. */
  investmentFen?: number;
  /** Total whole intern-months. */
  internMonths?: number;
  /** Students certified under 1+X this year (each once). */
  students?: number;
  /** People selected as 专业带头人 / 产业导师 / 技能大师. */
  talents?: number;
  /** This year's 教育费附加 + 地方教育附加 payable. */
  surchargePayableFen?: number;
  /** Listed for 产教融合型企业 cultivation (Wuzhou surcharge credit). */
  pilotListed?: boolean;
  /** Certified as meeting internship standards (Quzhou internship). */
  internshipCertified?: boolean;
}

/** An amount estimated from profile facts instead of a draft, on the intended application date. */
export type Estimate = (facts: ProfileFacts, date: string) => AmountResult;

const ESTIMATE_NOTE = {
  zh: '按申报人概况估算，以正式申报核定为准',
  en: 'Estimated from the profile; the application decides',
};

function missing(zh: string, en: string): AmountResult {
  return incompleteAmount(`填写${zh}后可估算金额`, `Enter ${en} to estimate the amount`);
}

/** `rate × investment`, capped. */
export function rateCapEstimate(rate: Rate, capFen?: number): Estimate {
  return ({ investmentFen }) => {
    if (investmentFen === undefined) return missing('投资额', 'the investment');
    const step = rateThenCap(investmentFen, rate, capFen);
    return amountOf('computed', step.fen, { zh: [step.zh], en: [step.en] }, ESTIMATE_NOTE);
  };
}

/** `count × eachFen` for one of the counted facts. */
export function perUnitEstimate(
  fact: 'internMonths' | 'students' | 'talents',
  eachFen: number,
  unit: { zh: string; en: string },
): Estimate {
  return (facts) => {
    const count = facts[fact];
    if (count === undefined) return missing(unit.zh, unit.en);
    const fen = mulFen(count, eachFen) ?? 0;
    const line = `${count} ${unit.zh} × ${formatYuan(eachFen)} = ${formatYuan(fen)}`;
    const lineEn = `${count} ${unit.en} × ${formatYuan(eachFen)} = ${formatYuan(fen)}`;
    return amountOf('computed', fen, { zh: [line], en: [lineEn] }, ESTIMATE_NOTE);
  };
}

/** `rate × investment`, limited to the year's surcharges; the remainder is stated. */
export function surchargeCreditEstimate(rate: Rate): Estimate {
  return ({ investmentFen, surchargePayableFen }) => {
    if (investmentFen === undefined || surchargePayableFen === undefined) {
      return missing('投资额和当年应缴教育费附加、地方教育附加', 'the investment and the payable surcharges');
    }
    const credit = rateThenCap(investmentFen, rate);
    const applied = capAt(credit.fen, surchargePayableFen);
    const remainder = credit.fen - applied.fen;
    return amountOf(
      'computed',
      applied.fen,
      {
        zh: [
          credit.zh,
          `以当年应缴 ${formatYuan(surchargePayableFen)} 为限 → ${formatYuan(applied.fen)}，剩余 ${formatYuan(remainder)}`,
        ],
        en: [
          credit.en,
          `limited to ${formatYuan(surchargePayableFen)} payable → ${formatYuan(applied.fen)}, ${formatYuan(remainder)} remains`,
        ],
      },
      ESTIMATE_NOTE,
      remainder,
    );
  };
}
