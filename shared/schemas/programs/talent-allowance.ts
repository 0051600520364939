import { z } from 'zod';
import { type SchemaOptions, zIdNumber, zIsoDate, zPersonName, zText } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';

export const TALENT_ROLES = ['specialty-leader', 'industry-mentor', 'skill-master'] as const;

export const talentRoleOptions = [
  opt('specialty-leader', '专业带头人', 'Specialty leader'),
  opt('industry-mentor', '产业导师', 'Industry mentor'),
  opt('skill-master', '技能大师', 'Skill master'),
] as const;

/** 人才津贴: people selected as 专业带头人, 产业导师 or 技能大师, with the selection that made them so. */
export function talentAllowanceDataSchema(opts: SchemaOptions = {}) {
  return z.object({
    people: z
      .array(
        z.object({
          name: zPersonName,
          idNumber: zIdNumber(opts),
          role: z.enum(TALENT_ROLES),
          specialty: zText(50),
          selectionDate: zIsoDate,
          selectionDocument: zText(100),
        }),
      )
      .min(1),
  });
}

export type TalentAllowanceData = z.output<ReturnType<typeof talentAllowanceDataSchema>>;

const roster = 'roster';

export const talentAllowanceFieldMeta: FieldMetaMap = {
  people: { label: bi('入选人员', 'Selected people'), input: 'table', section: roster, required: true },
  'people[].name': { label: bi('姓名', 'Name'), input: 'text', section: roster, required: true },
  'people[].idNumber': {
    label: bi('身份证号', 'ID number'),
    input: 'resident-id',
    section: roster,
    required: true,
  },
  'people[].role': {
    label: bi('入选类别', 'Role'),
    input: 'select',
    section: roster,
    required: true,
    options: talentRoleOptions,
  },
  'people[].specialty': {
    label: bi('专业领域', 'Specialty'),
    input: 'text',
    section: roster,
    required: true,
  },
  'people[].selectionDate': {
    label: bi('遴选日期', 'Selected on'),
    input: 'date',
    section: roster,
    required: true,
  },
  'people[].selectionDocument': {
    label: bi('遴选文件', 'Selection notice'),
    help: bi('公布遴选结果的文件文号', 'Number of the notice that published the selection'),
    input: 'text',
    section: roster,
    required: true,
  },
};
