import { z } from 'zod';
import { type SchemaOptions, zCount, zIsoDate, zPartnerUscc, zText, zYear } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

export const SPECIALTY_CATALOGUES = [
  'secondary-vocational',
  'technician-2022',
  'vocational-2021',
  'other',
] as const;

/** 新增专业申报: the specialty and the enterprises and industry bodies taking part in it. */
export function newSpecialtyDataSchema(_opts: SchemaOptions = {}) {
  return z.object({
    specialtyName: zText(50),
    specialtyCode: zText(20),
    catalogue: z.enum(SPECIALTY_CATALOGUES),
    plannedEnrolment: zCount.min(1),
    firstIntakeYear: zYear,
    partners: z.array(
      z.object({
        name: zText(100),
        uscc: zPartnerUscc,
        deepCooperation: z.boolean(),
        coDraftedPlan: z.boolean(),
        agreementDate: zIsoDate,
      }),
    ),
    industryBodies: z.array(z.object({ name: zText(100) })),
    userStandard: userStandardSchema.optional(),
  });
}

export type NewSpecialtyData = z.output<ReturnType<typeof newSpecialtyDataSchema>>;

export const newSpecialtyFieldMeta: FieldMetaMap = {
  specialtyName: { label: bi('专业名称', 'Specialty'), input: 'text', section: 'project', required: true },
  specialtyCode: {
    label: bi('专业代码', 'Specialty code'),
    input: 'text',
    section: 'project',
    required: true,
  },
  catalogue: {
    label: bi('所依据的专业目录', 'Catalogue'),
    input: 'select',
    section: 'project',
    required: true,
    options: [
      opt('secondary-vocational', '中等职业学校专业目录', 'Secondary vocational catalogue'),
      opt('technician-2022', '全国技工院校专业目录(2022年修订)', 'Technician schools catalogue (2022)'),
      opt('vocational-2021', '职业教育专业目录(2021年)', 'Vocational education catalogue (2021)'),
      opt('other', '其他', 'Other'),
    ],
  },
  plannedEnrolment: {
    label: bi('计划年招生人数', 'Planned yearly enrolment'),
    unit: 'person',
    input: 'integer',
    section: 'project',
    required: true,
  },
  firstIntakeYear: {
    label: bi('首次招生年份', 'First intake'),
    unit: 'year',
    input: 'year',
    section: 'project',
    required: true,
  },
  partners: {
    label: bi('合作企业', 'Partner enterprises'),
    input: 'table',
    section: 'partners',
    required: true,
  },
  'partners[].name': {
    label: bi('企业名称', 'Enterprise'),
    input: 'text',
    section: 'partners',
    required: true,
  },
  'partners[].uscc': {
    label: bi('统一社会信用代码', 'USCC'),
    input: 'uscc',
    section: 'partners',
    required: true,
  },
  'partners[].deepCooperation': {
    label: bi('深度合作企业', 'Deep cooperation'),
    input: 'boolean',
    section: 'partners',
    required: true,
  },
  'partners[].coDraftedPlan': {
    label: bi('共同参与制定人才培养方案', 'Co-drafted the training plan'),
    input: 'boolean',
    section: 'partners',
    required: true,
  },
  'partners[].agreementDate': {
    label: bi('合作协议日期', 'Agreement date'),
    input: 'date',
    section: 'partners',
    required: true,
  },
  industryBodies: {
    label: bi('参与的行业组织', 'Industry bodies'),
    input: 'table',
    section: 'partners',
    required: true,
  },
  'industryBodies[].name': {
    label: bi('行业组织名称', 'Industry body'),
    input: 'text',
    section: 'partners',
    required: true,
  },
  ...userStandardFieldMeta,
};
