import { z } from 'zod';
import { zPositiveFen, zText } from './common';
import { bi, type FieldMetaMap, opt } from './field-meta';

const source = zText(300);

/**
 * A subsidy standard the user takes from implementing rules (实施细则) when the policy document
 * gives none, always with its source. Which bases a program accepts is declared by the program:
 * - `per-unit`: an amount per counted unit (per intern-month, per student, per apprentice …);
 * - `rate`: a rate of the investment in basis points (2500 = 25%), optionally capped;
 * - `lump-sum`: one amount for the project;
 * - `per-occupation`: an amount per apprentice by 工种 (training cost differs by occupation).
 */
export const userStandardSchema = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('per-unit'), amountFen: zPositiveFen, source }),
  z.object({
    basis: z.literal('rate'),
    rateBasisPoints: z.number().int().min(1).max(10_000),
    capFen: zPositiveFen.optional(),
    source,
  }),
  z.object({ basis: z.literal('lump-sum'), amountFen: zPositiveFen, source }),
  z.object({
    basis: z.literal('per-occupation'),
    items: z.array(z.object({ occupation: zText(50), amountFen: zPositiveFen })).min(1),
    source,
  }),
]);

export type UserStandard = z.output<typeof userStandardSchema>;
export type UserStandardBasis = UserStandard['basis'];

const section = 'standard';

export const userStandardFieldMeta: FieldMetaMap = {
  userStandard: {
    label: bi('自填补助标准', 'User-supplied standard'),
    help: bi(
      '政策文件未规定金额时，可按实施细则填写标准并注明出处；金额将标为“自填标准”',
      'When the document sets no amount, enter the standard from the implementing rules with its source',
    ),
    input: 'group',
    section,
    required: false,
  },
  'userStandard.basis': {
    label: bi('计算方式', 'Basis'),
    input: 'select',
    section,
    required: true,
    options: [
      opt('per-unit', '按单位标准', 'Per unit'),
      opt('rate', '按投资比例', 'Rate of investment'),
      opt('lump-sum', '定额', 'Lump sum'),
      opt('per-occupation', '按工种标准', 'Per occupation'),
    ],
  },
  'userStandard.amountFen': {
    label: bi('标准金额', 'Amount'),
    unit: 'fen',
    input: 'money',
    section,
    required: true,
  },
  'userStandard.rateBasisPoints': {
    label: bi('补助比例', 'Rate'),
    help: bi('以万分之一计，2500 即 25%', 'In basis points: 2500 = 25%'),
    input: 'basis-points',
    section,
    required: true,
  },
  'userStandard.capFen': {
    label: bi('最高限额', 'Cap'),
    unit: 'fen',
    input: 'money',
    section,
    required: false,
  },
  'userStandard.source': {
    label: bi('标准出处', 'Source'),
    help: bi('文号及条款，如“衢财教〔2025〕12号 第五条”', 'Document number and clause'),
    input: 'text',
    section,
    required: true,
  },
  'userStandard.items': {
    label: bi('各工种标准', 'Per-occupation standards'),
    input: 'table',
    section,
    required: true,
  },
  'userStandard.items[].occupation': {
    label: bi('工种', 'Occupation'),
    input: 'text',
    section,
    required: true,
  },
  'userStandard.items[].amountFen': {
    label: bi('每人标准', 'Amount per apprentice'),
    unit: 'fen',
    input: 'money',
    section,
    required: true,
  },
};
