import { z } from 'zod';
import { type SchemaOptions, zCount, zIdNumber, zIsoDate, zPersonName, zText } from '../common';
import { bi, type FieldMetaMap } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

/** 实习补助: the interns the enterprise hosted, and the facts some packs ask about the enterprise. */
export function internshipDataSchema(opts: SchemaOptions = {}) {
  return z.object({
    /** 经考核认定符合实习实训规范 (Quzhou pays only such enterprises). */
    complianceCertified: z.boolean(),
    /** 职工总数; Wuzhou asks for posts of about 2% of it at enterprises above designated size. */
    employeeCount: zCount.min(1),
    /** 规模以上企业. */
    aboveDesignatedSize: z.boolean(),
    /** 安排的实习岗位数. */
    postsOffered: zCount,
    interns: z
      .array(
        z.object({
          name: zPersonName,
          idNumber: zIdNumber(opts),
          school: zText(100),
          major: zText(50),
          startDate: zIsoDate,
          endDate: zIsoDate,
        }),
      )
      .min(1),
    userStandard: userStandardSchema.optional(),
  });
}

export type InternshipData = z.output<ReturnType<typeof internshipDataSchema>>;

const roster = 'roster';

export const internshipFieldMeta: FieldMetaMap = {
  complianceCertified: {
    label: bi('已经考核认定符合实习实训规范', 'Certified as meeting internship standards'),
    input: 'boolean',
    section: 'project',
    required: true,
  },
  employeeCount: {
    label: bi('职工总数', 'Employees'),
    unit: 'person',
    input: 'integer',
    section: 'project',
    required: true,
  },
  aboveDesignatedSize: {
    label: bi('规模以上企业', 'Above designated size'),
    input: 'boolean',
    section: 'project',
    required: true,
  },
  postsOffered: {
    label: bi('安排实习岗位数', 'Internship posts offered'),
    unit: 'person',
    input: 'integer',
    section: 'project',
    required: true,
  },
  interns: { label: bi('实习学生名单', 'Interns'), input: 'table', section: roster, required: true },
  'interns[].name': { label: bi('姓名', 'Name'), input: 'text', section: roster, required: true },
  'interns[].idNumber': {
    label: bi('身份证号', 'ID number'),
    input: 'resident-id',
    section: roster,
    required: true,
  },
  'interns[].school': { label: bi('就读学校', 'School'), input: 'text', section: roster, required: true },
  'interns[].major': { label: bi('专业', 'Major'), input: 'text', section: roster, required: true },
  'interns[].startDate': {
    label: bi('实习开始日期', 'Start'),
    input: 'date',
    section: roster,
    required: true,
  },
  'interns[].endDate': { label: bi('实习结束日期', 'End'), input: 'date', section: roster, required: true },
  ...userStandardFieldMeta,
};
