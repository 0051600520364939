import { z } from 'zod';
import { type SchemaOptions, zCount, zIdNumber, zPersonName, zText } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

/** “双师型”教师团队: the team roster with each teacher's qualification and enterprise practice. */
export function dualTeacherTeamDataSchema(opts: SchemaOptions = {}) {
  return z.object({
    teamName: zText(100),
    specialtyGroup: zText(100),
    teachers: z
      .array(
        z.object({
          name: zPersonName,
          idNumber: zIdNumber(opts),
          title: zText(30),
          specialtyTeacher: z.boolean(),
          dualQualified: z.boolean(),
          certificateNumber: z.string().trim().max(50).optional(),
          employment: z.enum(['full-time', 'enterprise-part-time']),
          enterprisePracticeMonths: zCount.max(600),
        }),
      )
      .min(1),
    userStandard: userStandardSchema.optional(),
  });
}

export type DualTeacherTeamData = z.output<ReturnType<typeof dualTeacherTeamDataSchema>>;

const roster = 'roster';

export const dualTeacherTeamFieldMeta: FieldMetaMap = {
  teamName: { label: bi('团队名称', 'Team'), input: 'text', section: 'project', required: true },
  specialtyGroup: {
    label: bi('所属专业（群）', 'Specialty group'),
    input: 'text',
    section: 'project',
    required: true,
  },
  teachers: { label: bi('团队成员', 'Teachers'), input: 'table', section: roster, required: true },
  'teachers[].name': { label: bi('姓名', 'Name'), input: 'text', section: roster, required: true },
  'teachers[].idNumber': {
    label: bi('身份证号', 'ID number'),
    input: 'resident-id',
    section: roster,
    required: true,
  },
  'teachers[].title': {
    label: bi('职称/职务', 'Title'),
    help: bi('如：高级讲师、高级工程师', 'e.g. senior lecturer, senior engineer'),
    input: 'text',
    section: roster,
    required: true,
  },
  'teachers[].specialtyTeacher': {
    label: bi('专业课教师', 'Specialty-course teacher'),
    input: 'boolean',
    section: roster,
    required: true,
  },
  'teachers[].dualQualified': {
    label: bi('“双师型”教师', 'Dual-qualified'),
    input: 'boolean',
    section: roster,
    required: true,
  },
  'teachers[].certificateNumber': {
    label: bi('“双师型”认定证书编号', 'Dual-qualified certificate no.'),
    input: 'text',
    section: roster,
    required: false,
  },
  'teachers[].employment': {
    label: bi('聘任方式', 'Employment'),
    input: 'select',
    section: roster,
    required: true,
    options: [
      opt('full-time', '专任', 'Full-time'),
      opt('enterprise-part-time', '企业兼职', 'Part-time from enterprise'),
    ],
  },
  'teachers[].enterprisePracticeMonths': {
    label: bi('企业实践（月）', 'Enterprise practice'),
    unit: 'month',
    input: 'integer',
    section: roster,
    required: true,
  },
  ...userStandardFieldMeta,
};
