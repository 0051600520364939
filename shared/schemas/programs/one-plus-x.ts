import { z } from 'zod';
import { type SchemaOptions, zIdNumber, zIsoDate, zPersonName, zText, zYear } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

/** “1+X”证书制度试点补助: certificates obtained by students in the subsidy year. */
export function onePlusXDataSchema(opts: SchemaOptions = {}) {
  return z.object({
    year: zYear,
    students: z
      .array(
        z.object({
          name: zPersonName,
          idNumber: zIdNumber(opts),
          major: zText(50),
          certificateName: zText(100),
          level: z.enum(['junior', 'intermediate', 'senior']),
          certificateNumber: zText(50),
          issueDate: zIsoDate,
        }),
      )
      .min(1),
    userStandard: userStandardSchema.optional(),
  });
}

export type OnePlusXData = z.output<ReturnType<typeof onePlusXDataSchema>>;

const roster = 'roster';

export const onePlusXFieldMeta: FieldMetaMap = {
  year: {
    label: bi('补助年度', 'Subsidy year'),
    help: bi('每名学生每年只计一次', 'A student counts once a year'),
    unit: 'year',
    input: 'year',
    section: 'project',
    required: true,
  },
  students: { label: bi('取证学生名单', 'Students'), input: 'table', section: roster, required: true },
  'students[].name': { label: bi('姓名', 'Name'), input: 'text', section: roster, required: true },
  'students[].idNumber': {
    label: bi('身份证号', 'ID number'),
    input: 'resident-id',
    section: roster,
    required: true,
  },
  'students[].major': { label: bi('专业', 'Major'), input: 'text', section: roster, required: true },
  'students[].certificateName': {
    label: bi('证书名称', 'Certificate'),
    help: bi('职业技能等级证书全称', 'Full name of the vocational skill level certificate'),
    input: 'text',
    section: roster,
    required: true,
  },
  'students[].level': {
    label: bi('等级', 'Level'),
    input: 'select',
    section: roster,
    required: true,
    options: [
      opt('junior', '初级', 'Junior'),
      opt('intermediate', '中级', 'Intermediate'),
      opt('senior', '高级', 'Senior'),
    ],
  },
  'students[].certificateNumber': {
    label: bi('证书编号', 'Certificate no.'),
    input: 'text',
    section: roster,
    required: true,
  },
  'students[].issueDate': {
    label: bi('发证日期', 'Issue date'),
    input: 'date',
    section: roster,
    required: true,
  },
  ...userStandardFieldMeta,
};
