import { z } from 'zod';
import { type SchemaOptions, zCount, zInvoiceNumber, zIsoDate, zPositiveFen, zText } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

export const INVESTMENT_CATEGORIES = ['equipment', 'facility', 'software', 'materials', 'other'] as const;

export const investmentCategoryOptions = [
  opt('equipment', '设备购置', 'Equipment'),
  opt('facility', '场地建设改造', 'Facility works'),
  opt('software', '软件及信息化平台', 'Software and platforms'),
  opt('materials', '教学资源开发', 'Teaching materials'),
  opt('other', '其他', 'Other'),
] as const;

/** One invoiced investment item; shared with surcharge-credit. */
export const investmentItemSchema = z.object({
  category: z.enum(INVESTMENT_CATEGORIES),
  name: zText(100),
  amountFen: zPositiveFen,
  invoiceNumber: zInvoiceNumber,
  invoiceDate: zIsoDate,
  /** The invoice file(s) the row was imported from (导入发票); absent for rows typed by hand. */
  sourceFile: zText(200).optional(),
});

export const AMOUNT_BASES = ['total', 'net'] as const;

/** Whether invoice amounts were taken with tax (价税合计) or without (不含税金额), and why: printed on the form. */
export const investmentBasisFields = {
  investmentBasis: z.enum(AMOUNT_BASES).optional(),
  investmentBasisReason: zText(200).optional(),
};

export type InvestmentItem = z.output<typeof investmentItemSchema>;

/** 产教融合实训基地建设补助: the base, its partner schools and its invoiced investment. */
export function trainingBaseDataSchema(_opts: SchemaOptions = {}) {
  return z.object({
    baseName: zText(100),
    serviceField: zText(50),
    partnerSchools: z.array(z.object({ name: zText(100), agreementDate: zIsoDate })).min(1),
    stations: zCount.min(1),
    trainingCapacity: zCount.min(1),
    constructionStart: zIsoDate,
    constructionEnd: zIsoDate,
    investments: z.array(investmentItemSchema).min(1),
    ...investmentBasisFields,
    userStandard: userStandardSchema.optional(),
  });
}

export type TrainingBaseData = z.output<ReturnType<typeof trainingBaseDataSchema>>;

/** Field metadata of an investment list rooted at `prefix` (e.g. `investments`). */
export function investmentFieldMeta(prefix: string): FieldMetaMap {
  const section = 'investment';
  return {
    [prefix]: { label: bi('投资明细', 'Investment items'), input: 'table', section, required: true },
    [`${prefix}[].category`]: {
      label: bi('类别', 'Category'),
      input: 'select',
      section,
      required: true,
      options: investmentCategoryOptions,
    },
    [`${prefix}[].name`]: { label: bi('项目名称', 'Item'), input: 'text', section, required: true },
    [`${prefix}[].amountFen`]: {
      label: bi('金额', 'Amount'),
      help: bi('按发票价税合计填写', 'Invoice total including tax'),
      unit: 'fen',
      input: 'money',
      section,
      required: true,
    },
    [`${prefix}[].invoiceNumber`]: {
      label: bi('发票号码', 'Invoice number'),
      help: bi('8位纸质发票号码或20位数电发票号码', '8-digit paper or 20-digit e-invoice number'),
      input: 'text',
      section,
      required: true,
    },
    [`${prefix}[].invoiceDate`]: {
      label: bi('开票日期', 'Invoice date'),
      input: 'date',
      section,
      required: true,
    },
    [`${prefix}[].sourceFile`]: {
      label: bi('来源文件', 'Source file'),
      help: bi('导入发票时读取的文件', 'The invoice file the row was imported from'),
      input: 'text',
      section,
      required: false,
    },
    investmentBasis: {
      label: bi('投资金额口径', 'Amount basis'),
      help: bi(
        '导入发票时按此口径取金额；一般纳税人的进项税额可以抵扣，通常按不含税金额申报',
        'Invoice amounts are imported on this basis; a general VAT taxpayer deducts input VAT and usually claims net',
      ),
      input: 'select',
      section,
      required: false,
      options: [opt('total', '价税合计', 'Total incl. VAT'), opt('net', '不含税金额', 'Net of VAT')],
    },
    investmentBasisReason: {
      label: bi('口径说明', 'Reason for the basis'),
      input: 'text',
      section,
      required: false,
    },
  };
}

export const trainingBaseFieldMeta: FieldMetaMap = {
  baseName: { label: bi('实训基地名称', 'Training base'), input: 'text', section: 'project', required: true },
  serviceField: {
    label: bi('服务产业领域', 'Industry served'),
    help: bi('如：智能制造、电子信息、生物医药', 'e.g. smart manufacturing, electronics, biomedicine'),
    input: 'text',
    section: 'project',
    required: true,
  },
  partnerSchools: {
    label: bi('合作院校', 'Partner schools'),
    input: 'table',
    section: 'partners',
    required: true,
  },
  'partnerSchools[].name': {
    label: bi('院校名称', 'School'),
    input: 'text',
    section: 'partners',
    required: true,
  },
  'partnerSchools[].agreementDate': {
    label: bi('合作协议签订日期', 'Agreement date'),
    input: 'date',
    section: 'partners',
    required: true,
  },
  stations: {
    label: bi('实训工位数', 'Training stations'),
    unit: 'station',
    input: 'integer',
    section: 'project',
    required: true,
  },
  trainingCapacity: {
    label: bi('年实训能力', 'Yearly training capacity'),
    unit: 'person-time',
    input: 'integer',
    section: 'project',
    required: true,
  },
  constructionStart: {
    label: bi('建设开始日期', 'Construction start'),
    input: 'date',
    section: 'project',
    required: true,
  },
  constructionEnd: {
    label: bi('建设完成日期', 'Construction end'),
    input: 'date',
    section: 'project',
    required: true,
  },
  ...investmentFieldMeta('investments'),
  ...userStandardFieldMeta,
};
