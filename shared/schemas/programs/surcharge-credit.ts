import { z } from 'zod';
import { type SchemaOptions, zFen, zText, zYear } from '../common';
import { bi, type FieldMetaMap } from '../field-meta';
import { investmentBasisFields, investmentFieldMeta, investmentItemSchema } from './training-base';

/**
 * 产教融合型企业 教育费附加抵免: the year's qualifying investment in vocational education and what the
 * enterprise owes that year in 教育费附加 and 地方教育附加.
 */
export function surchargeCreditDataSchema(_opts: SchemaOptions = {}) {
  return z.object({
    year: zYear,
    pilotListed: z.boolean(),
    pilotListDocument: zText(100).optional(),
    investments: z.array(investmentItemSchema).min(1),
    ...investmentBasisFields,
    educationSurchargePayableFen: zFen,
    localEducationSurchargePayableFen: zFen,
  });
}

export type SurchargeCreditData = z.output<ReturnType<typeof surchargeCreditDataSchema>>;

export const surchargeCreditFieldMeta: FieldMetaMap = {
  year: {
    label: bi('抵免年度', 'Tax year'),
    unit: 'year',
    input: 'year',
    section: 'project',
    required: true,
  },
  pilotListed: {
    label: bi('已纳入产教融合型企业建设培育范围', 'Listed as a pilot industry-education enterprise'),
    input: 'boolean',
    section: 'project',
    required: true,
  },
  pilotListDocument: {
    label: bi('纳入培育范围的文件', 'Listing notice'),
    input: 'text',
    section: 'project',
    required: false,
  },
  ...investmentFieldMeta('investments'),
  educationSurchargePayableFen: {
    label: bi('当年应缴教育费附加', 'Education surcharge payable'),
    unit: 'fen',
    input: 'money',
    section: 'project',
    required: true,
  },
  localEducationSurchargePayableFen: {
    label: bi('当年应缴地方教育附加', 'Local education surcharge payable'),
    unit: 'fen',
    input: 'money',
    section: 'project',
    required: true,
  },
};
