import { capAt, formatYuan, type Rate, sumFen } from '../../money';
import { amountOf, rateThenCap } from '../amount';
import { yearOf } from '../dates';
import type { AmountFn, ProgramSpec, Rule } from '../types';
import { duplicateRows, finding, rowFindings } from './common';
import { EVIDENCE } from './evidence';
import { investmentClaims } from './training-base';

const P = 'surcharge-credit';
const LIST = ['data', 'investments'] as const;

const invoicesUnique: Rule<typeof P> = ({ draft }) =>
  duplicateRows(
    draft.data.investments,
    (i) => i.invoiceNumber,
    (i) => i.name,
    {
      ruleId: `${P}.duplicate-invoice`,
      listPath: LIST,
      field: 'invoiceNumber',
      label: '发票号码',
      labelEn: 'invoice number',
    },
  );

const invoicesInYear: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.investments, (item, index) => {
    if (item.invoiceDate > draft.applicationDate) {
      return finding(
        null,
        `${P}.invoice-after-application`,
        'error',
        [...LIST, index, 'invoiceDate'],
        null,
        `第${index + 1}行发票「${item.invoiceNumber}」的开票日期 ${item.invoiceDate} 晚于申报日期`,
        `Row ${index + 1}: invoice ${item.invoiceNumber} is dated after the application date`,
      );
    }
    if (yearOf(item.invoiceDate) === draft.data.year) return undefined;
    return finding(
      null,
      `${P}.invoice-outside-year`,
      'warning',
      [...LIST, index, 'invoiceDate'],
      null,
      `第${index + 1}行发票「${item.invoiceNumber}」开具于 ${item.invoiceDate}，不在抵免年度 ${draft.data.year} 年内，请确认属于当年投资`,
      `Row ${index + 1}: invoice ${item.invoiceNumber} (${item.invoiceDate}) is outside the tax year ${draft.data.year}`,
    );
  });

const yearNotFuture: Rule<typeof P> = ({ draft }) =>
  draft.data.year > yearOf(draft.applicationDate)
    ? [
        finding(
          null,
          `${P}.future-year`,
          'error',
          ['data', 'year'],
          null,
          `抵免年度 ${draft.data.year} 晚于申报日期所在年度`,
          `The tax year ${draft.data.year} is after the application year`,
        ),
      ]
    : [];

export const surchargeCreditSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'enterprise',
  title: { zh: '产教融合型企业教育费附加抵免', en: 'Education surcharge credit for pilot enterprises' },
  evidence: [
    EVIDENCE.businessLicense,
    {
      id: 'pilot-listing',
      label: { zh: '纳入产教融合型企业建设培育范围的文件', en: 'Pilot listing notice' },
      required: true,
    },
    EVIDENCE.invoices,
    {
      id: 'tax-return',
      label: { zh: '当年附加税费申报表', en: "The year's surcharge return" },
      required: true,
    },
  ],
  rules: [invoicesUnique, invoicesInYear, yearNotFuture],
  claims: (draft) => investmentClaims(draft.data.investments),
  userStandardBases: [],
};

/** Wuzhou: only pilot enterprises listed for 产教融合型企业 cultivation may credit their investment. */
export function requirePilotListed(clause: string): Rule<typeof P> {
  return ({ draft, pack }) =>
    draft.data.pilotListed
      ? []
      : [
          finding(
            pack,
            `${pack.id}.${P}.not-pilot`,
            'error',
            ['data', 'pilotListed'],
            clause,
            '抵免仅适用于纳入产教融合型企业建设培育范围的试点企业',
            'Only pilot enterprises listed for cultivation may claim the credit',
          ),
        ];
}

/**
 * Wuzhou: `rate` of the qualifying investment (rounded down), credited against the year's 教育费附加
 * plus 地方教育附加 and never more than they total; `remainderFen` is the part not creditable that year.
 */
export function creditAgainstSurcharges(rate: Rate): AmountFn<typeof P> {
  return ({ draft }) => {
    const d = draft.data;
    const base = sumFen(d.investments.map((i) => i.amountFen));
    const credit = rateThenCap(base, rate);
    const payable = sumFen([d.educationSurchargePayableFen, d.localEducationSurchargePayableFen]);
    const applied = capAt(credit.fen, payable);
    const remainder = credit.fen - applied.fen;
    const zh = [
      `${d.year} 年符合规定的投资额 ${formatYuan(base)}（${d.investments.length} 张发票）`,
      `可抵免额 ${credit.zh}`,
      `当年应缴教育费附加 ${formatYuan(d.educationSurchargePayableFen)} + 地方教育附加 ${formatYuan(d.localEducationSurchargePayableFen)} = ${formatYuan(payable)}`,
      applied.capped
        ? `本年抵免 ${formatYuan(applied.fen)}（以当年应缴额为限），剩余 ${formatYuan(remainder)} 本年不能抵免`
        : `本年抵免 ${formatYuan(applied.fen)}，未超过当年应缴额，无剩余`,
    ];
    const en = [
      `Qualifying investment in ${d.year}: ${formatYuan(base)} (${d.investments.length} invoices)`,
      `Credit ${credit.en}`,
      `Payable: education surcharge ${formatYuan(d.educationSurchargePayableFen)} + local ${formatYuan(d.localEducationSurchargePayableFen)} = ${formatYuan(payable)}`,
      applied.capped
        ? `Credited ${formatYuan(applied.fen)} (limited to the year's payable); ${formatYuan(remainder)} remains uncredited this year`
        : `Credited ${formatYuan(applied.fen)}; within the payable, nothing remains`,
    ];
    return {
      result: amountOf(
        'computed',
        applied.fen,
        { zh, en },
        {
          zh:
            remainder > 0
              ? `抵免额不得超过当年应缴的教育费附加和地方教育附加；剩余 ${formatYuan(remainder)} 元本文件未规定可否结转以后年度，请向税务机关确认`
              : '抵免额不超过当年应缴的教育费附加和地方教育附加',
          en:
            remainder > 0
              ? `The credit cannot exceed the year's surcharges; whether the remaining ${formatYuan(remainder)} carries forward is not stated in this document`
              : "The credit does not exceed the year's surcharges",
        },
        remainder,
      ),
      perClaimFen: new Map(d.investments.map((i) => [i.invoiceNumber, rateThenCap(i.amountFen, rate).fen])),
    };
  };
}
