import { formatYuan } from '../../money';
import { amountOf, incompleteAmount, mulFen, userStandardAmount } from '../amount';
import { fullMonths } from '../dates';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { finding, rowFindings } from './common';
import { EVIDENCE } from './evidence';
import { datedPersonClaims, rosterDatesInOrder, rosterDuplicateIds } from './roster';

const P = 'internship';
const LIST = ['data', 'interns'] as const;

const unfinished: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.interns, (row, index) =>
    row.endDate > draft.applicationDate
      ? finding(
          null,
          `${P}.unfinished`,
          'warning',
          [...LIST, index, 'endDate'],
          null,
          `第${index + 1}行「${row.name}」的实习至 ${row.endDate} 结束，晚于申报日期：未完成的月份按计划计入`,
          `Row ${index + 1} (${row.name}) ends ${row.endDate}, after the application date: months not yet served are counted as planned`,
        )
      : undefined,
  );

const shortStay: Rule<typeof P> = ({ draft }) => {
  const months = internMonths(draft.data.interns);
  return rowFindings(draft.data.interns, (row, index) =>
    row.startDate <= row.endDate && months[index] === 0
      ? finding(
          null,
          `${P}.under-one-month`,
          'warning',
          [...LIST, index, 'endDate'],
          null,
          `第${index + 1}行「${row.name}」实习不满一个月（${row.startDate} 至 ${row.endDate}），不计补助月数`,
          `Row ${index + 1} (${row.name}) interned less than a full month; no month is counted`,
        )
      : undefined,
  );
};

export const internshipSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'enterprise',
  title: { zh: '企业实习实训补助', en: 'Internship subsidy' },
  evidence: [
    EVIDENCE.businessLicense,
    EVIDENCE.agreement,
    {
      id: 'internship-agreements',
      label: { zh: '三方实习协议', en: 'Tripartite internship agreements' },
      required: true,
    },
    {
      id: 'attendance',
      label: { zh: '实习考勤及报酬发放记录', en: 'Attendance and pay records' },
      required: true,
    },
    EVIDENCE.roster,
  ],
  rules: [
    ({ draft }) => rosterDatesInOrder(`${P}.dates-order`, draft.data.interns, LIST),
    ({ draft }) => rosterDuplicateIds(`${P}.duplicate-id`, draft.data.interns, LIST),
    unfinished,
    shortStay,
  ],
  claims: (draft) => datedPersonClaims(draft.data.interns, LIST, '实习生'),
  userStandardBases: ['per-unit'],
};

const monthsCache = new WeakMap<object, number[]>();

/**
 * Whole months per intern (rows with end before start count 0; a finding reports them). Memoised
 * per roster array, since a rule and the amount both need it.
 */
export function internMonths(interns: readonly { startDate: string; endDate: string }[]): number[] {
  let months = monthsCache.get(interns);
  if (!months) {
    months = interns.map((row) => fullMonths(row.startDate, row.endDate));
    monthsCache.set(interns, months);
  }
  return months;
}

/**
 * Quzhou: 每人每月不低于 `minimumFen`. The standard is the user's `per-unit` standard when given (it
 * may be higher, never lower), else the minimum; amount = Σ whole months × standard.
 */
export function internshipMinimumAmount(minimumFen: number): AmountFn<typeof P> {
  return ({ draft }) => {
    const standard = draft.data.userStandard;
    if (standard && standard.basis !== 'per-unit') {
      return {
        result: incompleteAmount('实习补助按人月标准计算', 'The internship subsidy is per intern-month'),
      };
    }
    const each = standard?.amountFen ?? minimumFen;
    if (each < minimumFen) {
      return {
        result: incompleteAmount(
          `填写的标准 ${formatYuan(each)} 元/人月低于文件规定的最低标准 ${formatYuan(minimumFen)} 元`,
          `The standard ${formatYuan(each)} per intern-month is below the minimum ${formatYuan(minimumFen)}`,
        ),
      };
    }
    const months = internMonths(draft.data.interns);
    const personMonths = months.reduce((a, b) => a + b, 0);
    const fen = mulFen(personMonths, each);
    if (fen === null) return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
    const perClaimFen = new Map<string, number>();
    draft.data.interns.forEach((row, i) => perClaimFen.set(row.idNumber, (months[i] ?? 0) * each));
    const higher = each > minimumFen;
    const standardLine = higher
      ? {
          zh: `标准 ${formatYuan(each)} 元/人月（自填，高于最低标准 ${formatYuan(minimumFen)}；出处：${standard?.source ?? ''}）`,
          en: `Standard ${formatYuan(each)} per intern-month (user-supplied, above the minimum ${formatYuan(minimumFen)}; source: ${standard?.source ?? ''})`,
        }
      : {
          zh: `标准 ${formatYuan(each)} 元/人月（文件规定的最低标准）`,
          en: `Standard ${formatYuan(each)} per intern-month (the document's minimum)`,
        };
    return {
      result: amountOf(
        higher ? 'user-supplied' : 'computed',
        fen,
        {
          zh: [
            standardLine.zh,
            `${draft.data.interns.length} 名实习生，合计 ${personMonths} 人月 × ${formatYuan(each)} = ${formatYuan(fen)}`,
          ],
          en: [
            standardLine.en,
            `${draft.data.interns.length} interns, ${personMonths} intern-months × ${formatYuan(each)} = ${formatYuan(fen)}`,
          ],
        },
        {
          zh: '按每名实习生实际实习的整月数计算，不足一个月的部分不计',
          en: 'Counts whole months per intern; part months are not counted',
        },
      ),
      perClaimFen,
    };
  };
}

/** A fixed `eachFen` per whole intern-month (a document that sets the amount, not a minimum). */
export function internshipFixedAmount(eachFen: number): AmountFn<typeof P> {
  return ({ draft }) => {
    const months = internMonths(draft.data.interns);
    const personMonths = months.reduce((a, b) => a + b, 0);
    const fen = mulFen(personMonths, eachFen);
    if (fen === null) return { result: incompleteAmount('金额超出可计算范围', 'The amount is too large') };
    const perClaimFen = new Map<string, number>();
    draft.data.interns.forEach((row, i) => perClaimFen.set(row.idNumber, (months[i] ?? 0) * eachFen));
    return {
      result: amountOf(
        'computed',
        fen,
        {
          zh: [
            `${draft.data.interns.length} 名实习生，合计 ${personMonths} 人月 × ${formatYuan(eachFen)} = ${formatYuan(fen)}`,
          ],
          en: [
            `${draft.data.interns.length} interns, ${personMonths} intern-months × ${formatYuan(eachFen)} = ${formatYuan(fen)}`,
          ],
        },
        {
          zh: '按每名实习生实际实习的整月数计算，不足一个月的部分不计',
          en: 'Counts whole months per intern; part months are not counted',
        },
      ),
      perClaimFen,
    };
  };
}

/** Quzhou: only enterprises 经考核认定符合实习实训规范 are paid. */
export function requireComplianceCertified(clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    draft.data.complianceCertified
      ? []
      : [
          finding(
            pack,
            `${pack.id}.${P}.not-certified`,
            'error',
            ['data', 'complianceCertified'],
            clause,
            '补助仅限经考核认定符合实习实训规范的企业，请先取得认定',
            'Only enterprises certified as meeting internship standards are subsidised',
          ),
        ];
}

/** Wuzhou: enterprises above designated size offer posts for about `percent`% of employees. */
export function postsShareOfEmployees(percent: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) => {
    const { aboveDesignatedSize, employeeCount, postsOffered } = draft.data;
    if (!aboveDesignatedSize) return [];
    const needed = Math.ceil((employeeCount * percent) / 100);
    if (postsOffered >= needed) return [];
    return [
      finding(
        pack,
        `${pack.id}.${P}.posts-share`,
        'warning',
        ['data', 'postsOffered'],
        clause,
        `规模以上企业原则上按职工总数${percent}%安排实习岗位：职工 ${employeeCount} 人应约 ${needed} 个，现为 ${postsOffered} 个`,
        `Enterprises above designated size should offer posts for about ${percent}% of employees: ${needed} for ${employeeCount}, got ${postsOffered}`,
      ),
    ];
  };
}

/** Packs without an amount: the user's per-intern-month standard, if any. */
export const internshipUserAmount: AmountFn<typeof P> = ({ draft, pack }) => {
  const months = internMonths(draft.data.interns);
  const personMonths = months.reduce((a, b) => a + b, 0);
  return userStandardAmount(pack, draft.data.userStandard, internshipSpec.userStandardBases, {
    units: { count: personMonths, unitZh: '人月', unitEn: 'intern-months' },
    claims: new Map(draft.data.interns.map((row, i) => [row.idNumber, { units: months[i] ?? 0 }])),
  });
};

/** Quzhou: a user-supplied standard may be higher than the minimum, never lower. */
export function standardAtLeast(minimumFen: number, clause: string): Rule<typeof P> {
  return ({ draft, pack }) => {
    const standard = draft.data.userStandard;
    if (!standard || standard.basis !== 'per-unit' || standard.amountFen >= minimumFen) return [];
    return [
      finding(
        pack,
        `${pack.id}.${P}.standard-below-minimum`,
        'error',
        ['data', 'userStandard', 'amountFen'],
        clause,
        `补助标准 ${formatYuan(standard.amountFen)} 元/人月低于文件规定的每人每月不低于 ${formatYuan(minimumFen)} 元`,
        `The standard ${formatYuan(standard.amountFen)} per intern-month is below the minimum of ${formatYuan(minimumFen)}`,
      ),
    ];
  };
}
