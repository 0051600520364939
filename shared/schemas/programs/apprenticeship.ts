import { z } from 'zod';
import { type SchemaOptions, zCount, zIdNumber, zIsoDate, zPersonName, zText } from '../common';
import { bi, type FieldMetaMap, opt } from '../field-meta';
import { userStandardFieldMeta, userStandardSchema } from '../user-standard';

/** 国家职业资格 / 职业技能等级, 五级 (lowest) to 一级. */
export const SKILL_LEVELS = ['level-5', 'level-4', 'level-3', 'level-2', 'level-1'] as const;

export const skillLevelOptions = [
  opt('level-5', '五级/初级工', 'Level 5 (junior)'),
  opt('level-4', '四级/中级工', 'Level 4 (intermediate)'),
  opt('level-3', '三级/高级工', 'Level 3 (senior)'),
  opt('level-2', '二级/技师', 'Level 2 (technician)'),
  opt('level-1', '一级/高级技师', 'Level 1 (senior technician)'),
] as const;

/** 现代学徒制 / 企业新型学徒制: apprentices with occupation, target level and mentor; the plan's hours. */
export function apprenticeshipDataSchema(opts: SchemaOptions = {}) {
  return z.object({
    scheme: z.enum(['modern', 'new-type']),
    partnerSchool: zText(100),
    theoryHours: zCount,
    practiceHours: zCount,
    apprentices: z
      .array(
        z.object({
          name: zPersonName,
          idNumber: zIdNumber(opts),
          occupation: zText(50),
          targetLevel: z.enum(SKILL_LEVELS),
          startDate: zIsoDate,
          endDate: zIsoDate,
          mentor: zPersonName,
        }),
      )
      .min(1),
    userStandard: userStandardSchema.optional(),
  });
}

export type ApprenticeshipData = z.output<ReturnType<typeof apprenticeshipDataSchema>>;

const roster = 'roster';

export const apprenticeshipFieldMeta: FieldMetaMap = {
  scheme: {
    label: bi('学徒制类型', 'Scheme'),
    input: 'select',
    section: 'project',
    required: true,
    options: [
      opt('modern', '现代学徒制', 'Modern apprenticeship'),
      opt('new-type', '企业新型学徒制', 'New-type apprenticeship'),
    ],
  },
  partnerSchool: {
    label: bi('合作院校', 'Partner school'),
    input: 'text',
    section: 'partners',
    required: true,
  },
  theoryHours: {
    label: bi('培养计划理论课时', 'Theory hours'),
    unit: 'hour',
    input: 'integer',
    section: 'project',
    required: true,
  },
  practiceHours: {
    label: bi('培养计划实践课时', 'Practice hours'),
    unit: 'hour',
    input: 'integer',
    section: 'project',
    required: true,
  },
  apprentices: { label: bi('学徒名单', 'Apprentices'), input: 'table', section: roster, required: true },
  'apprentices[].name': { label: bi('姓名', 'Name'), input: 'text', section: roster, required: true },
  'apprentices[].idNumber': {
    label: bi('身份证号', 'ID number'),
    input: 'resident-id',
    section: roster,
    required: true,
  },
  'apprentices[].occupation': {
    label: bi('工种', 'Occupation'),
    input: 'text',
    section: roster,
    required: true,
  },
  'apprentices[].targetLevel': {
    label: bi('目标等级', 'Target level'),
    input: 'select',
    section: roster,
    required: true,
    options: skillLevelOptions,
  },
  'apprentices[].startDate': {
    label: bi('培养开始日期', 'Start'),
    input: 'date',
    section: roster,
    required: true,
  },
  'apprentices[].endDate': {
    label: bi('培养结束日期', 'End'),
    input: 'date',
    section: roster,
    required: true,
  },
  'apprentices[].mentor': { label: bi('企业导师', 'Mentor'), input: 'text', section: roster, required: true },
  ...userStandardFieldMeta,
};
