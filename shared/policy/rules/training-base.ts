import { formatYuan, type Rate, sumFen } from '../../money';
import { amountOf, rateThenCap, userStandardAmount } from '../amount';
import type { AmountFn, Claim, ProgramSpec, Rule, Severity } from '../types';
import { datesInOrder, duplicateRows, finding, rowFindings } from './common';
import { EVIDENCE } from './evidence';

const P = 'training-base';

const constructionDates: Rule<typeof P> = ({ draft }) =>
  datesInOrder(
    `${P}.dates-order`,
    {
      value: draft.data.constructionStart,
      path: ['data', 'constructionStart'],
      label: '建设开始日期',
      labelEn: 'construction start',
    },
    {
      value: draft.data.constructionEnd,
      path: ['data', 'constructionEnd'],
      label: '建设完成日期',
      labelEn: 'construction end',
    },
  );

const constructionFinished: Rule<typeof P> = ({ draft }) =>
  draft.data.constructionEnd > draft.applicationDate
    ? [
        finding(
          null,
          `${P}.construction-unfinished`,
          'warning',
          ['data', 'constructionEnd'],
          null,
          `建设完成日期（${draft.data.constructionEnd}）晚于申报日期（${draft.applicationDate}）：补助按实际投资额计算，请确认已完成的投资`,
          `Construction ends (${draft.data.constructionEnd}) after the application date (${draft.applicationDate}); the subsidy is based on actual investment`,
        ),
      ]
    : [];

const invoicesUnique: Rule<typeof P> = ({ draft }) =>
  duplicateRows(
    draft.data.investments,
    (i) => i.invoiceNumber,
    (i) => i.name,
    {
      ruleId: `${P}.duplicate-invoice`,
      listPath: ['data', 'investments'],
      field: 'invoiceNumber',
      label: '发票号码',
      labelEn: 'invoice number',
    },
  );

const invoicesNotAfterApplication: Rule<typeof P> = ({ draft }) =>
  rowFindings(draft.data.investments, (item, index) =>
    item.invoiceDate > draft.applicationDate
      ? finding(
          null,
          `${P}.invoice-after-application`,
          'error',
          ['data', 'investments', index, 'invoiceDate'],
          null,
          `第${index + 1}行发票「${item.invoiceNumber}」的开票日期 ${item.invoiceDate} 晚于申报日期 ${draft.applicationDate}`,
          `Row ${index + 1}: invoice ${item.invoiceNumber} is dated ${item.invoiceDate}, after the application date ${draft.applicationDate}`,
        )
      : undefined,
  );

/** Investment invoices as one-time claims. */
export function investmentClaims(items: readonly { invoiceNumber: string; name: string }[]): Claim[] {
  return items.map((item, index) => ({
    kind: 'invoice',
    key: item.invoiceNumber,
    label: `发票 ${item.invoiceNumber}（${item.name}）`,
    path: ['data', 'investments', index, 'invoiceNumber'],
  }));
}

export const trainingBaseSpec: ProgramSpec<typeof P> = {
  id: P,
  applicant: 'enterprise',
  title: { zh: '产教融合实训基地建设补助', en: 'Industry-education training base subsidy' },
  evidence: [
    EVIDENCE.businessLicense,
    EVIDENCE.invoices,
    EVIDENCE.agreement,
    { id: 'acceptance', label: { zh: '建设完成（验收）证明', en: 'Completion certificate' }, required: true },
    { id: 'site-photos', label: { zh: '实训基地照片', en: 'Photos of the base' }, required: false },
  ],
  rules: [constructionDates, constructionFinished, invoicesUnique, invoicesNotAfterApplication],
  claims: (draft) => investmentClaims(draft.data.investments),
  userStandardBases: ['rate', 'lump-sum'],
};

function investmentTotal(items: readonly { amountFen: number }[]): number {
  return sumFen(items.map((i) => i.amountFen));
}

/** Quzhou: `rate` of the actual investment, at most `capFen`. */
export function trainingBaseRateCapAmount(rate: Rate, capFen: number): AmountFn<typeof P> {
  return ({ draft }) => {
    const items = draft.data.investments;
    const base = investmentTotal(items);
    const step = rateThenCap(base, rate, capFen);
    const perClaimFen = new Map(items.map((i) => [i.invoiceNumber, rateThenCap(i.amountFen, rate).fen]));
    return {
      result: amountOf(
        'computed',
        step.fen,
        {
          zh: [`实际投资额 ${formatYuan(base)}（${items.length} 张发票）`, step.zh],
          en: [`Actual investment ${formatYuan(base)} (${items.length} invoices)`, step.en],
        },
        {
          zh: '按企业实际投资额计算，不足1分的部分舍去',
          en: 'Based on actual investment; fractions of a fen are dropped',
        },
      ),
      perClaimFen,
    };
  };
}

/**
 * Nothing below `thresholdFen` of actual investment (the amount is 0, and the trace says why);
 * from it, `rate` of the investment, at most `capFen`.
 */
export function trainingBaseThresholdAmount(
  thresholdFen: number,
  rate: Rate,
  capFen: number,
): AmountFn<typeof P> {
  const above = trainingBaseRateCapAmount(rate, capFen);
  return (ctx) => {
    const items = ctx.draft.data.investments;
    const base = investmentTotal(items);
    if (base >= thresholdFen) return above(ctx);
    return {
      result: amountOf(
        'computed',
        0,
        {
          zh: [
            `实际投资额 ${formatYuan(base)}（${items.length} 张发票）`,
            `未达到起点 ${formatYuan(thresholdFen)}，不予补助`,
          ],
          en: [
            `Actual investment ${formatYuan(base)} (${items.length} invoices)`,
            `Below the threshold of ${formatYuan(thresholdFen)}: nothing is paid`,
          ],
        },
        {
          zh: `实际投资额达到 ${formatYuan(thresholdFen)} 元方可补助`,
          en: `Paid only from ${formatYuan(thresholdFen)} of actual investment`,
        },
      ),
      perClaimFen: new Map(items.map((i) => [i.invoiceNumber, 0])),
    };
  };
}

/** Packs without an amount: the user's standard (rate of the investment, or a lump sum), if any. */
export const trainingBaseUserAmount: AmountFn<typeof P> = ({ draft, pack }) => {
  const base = investmentTotal(draft.data.investments);
  return userStandardAmount(pack, draft.data.userStandard, trainingBaseSpec.userStandardBases, {
    baseFen: { fen: base, zh: `实际投资额 ${formatYuan(base)}`, en: `Actual investment ${formatYuan(base)}` },
    claims: new Map(draft.data.investments.map((i) => [i.invoiceNumber, { baseFen: i.amountFen }])),
  });
};

/**
 * The service field should be one the document names (`fields`); matched as text either way round,
 * so 智能制造装备 matches 智能制造.
 */
export function serviceFieldIn(opts: {
  ruleId: string;
  fields: readonly string[];
  clause: string;
  severity: Severity;
  what: { zh: string; en: string };
}): Rule<typeof P> {
  return ({ draft, pack }) => {
    const field = draft.data.serviceField;
    if (opts.fields.some((f) => field.includes(f) || f.includes(field))) return [];
    return [
      finding(
        pack,
        opts.ruleId,
        opts.severity,
        ['data', 'serviceField'],
        opts.clause,
        `服务产业领域「${field}」不在${opts.what.zh}之列（${opts.fields.join('、')}）`,
        `Industry "${field}" is not among the ${opts.what.en} (${opts.fields.join(', ')})`,
      ),
    ];
  };
}
