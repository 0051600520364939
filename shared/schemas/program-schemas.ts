import type { z } from 'zod';
import type { ProgramId } from './catalog';
import type { SchemaOptions } from './common';
import type { FieldMetaMap } from './field-meta';
import {
  type ApprenticeshipData,
  apprenticeshipDataSchema,
  apprenticeshipFieldMeta,
} from './programs/apprenticeship';
import {
  type DualTeacherTeamData,
  dualTeacherTeamDataSchema,
  dualTeacherTeamFieldMeta,
} from './programs/dual-teacher-team';
import { type InternshipData, internshipDataSchema, internshipFieldMeta } from './programs/internship';
import {
  type NewSpecialtyData,
  newSpecialtyDataSchema,
  newSpecialtyFieldMeta,
} from './programs/new-specialty';
import { type OnePlusXData, onePlusXDataSchema, onePlusXFieldMeta } from './programs/one-plus-x';
import {
  type SurchargeCreditData,
  surchargeCreditDataSchema,
  surchargeCreditFieldMeta,
} from './programs/surcharge-credit';
import {
  type TalentAllowanceData,
  talentAllowanceDataSchema,
  talentAllowanceFieldMeta,
} from './programs/talent-allowance';
import {
  type TrainingBaseData,
  trainingBaseDataSchema,
  trainingBaseFieldMeta,
} from './programs/training-base';

/** The parsed `data` of each program's draft. */
export interface ProgramDataMap {
  'training-base': TrainingBaseData;
  internship: InternshipData;
  apprenticeship: ApprenticeshipData;
  'dual-teacher-team': DualTeacherTeamData;
  'one-plus-x': OnePlusXData;
  'talent-allowance': TalentAllowanceData;
  'surcharge-credit': SurchargeCreditData;
  'new-specialty': NewSpecialtyData;
}

interface ProgramSchemaEntry {
  data: (opts: SchemaOptions) => z.ZodType;
  /** Keys relative to `data`. */
  meta: FieldMetaMap;
}

/** Each program's data schema factory and the field metadata beside it. */
export const PROGRAM_SCHEMAS: Readonly<Record<ProgramId, ProgramSchemaEntry>> = {
  'training-base': { data: trainingBaseDataSchema, meta: trainingBaseFieldMeta },
  internship: { data: internshipDataSchema, meta: internshipFieldMeta },
  apprenticeship: { data: apprenticeshipDataSchema, meta: apprenticeshipFieldMeta },
  'dual-teacher-team': { data: dualTeacherTeamDataSchema, meta: dualTeacherTeamFieldMeta },
  'one-plus-x': { data: onePlusXDataSchema, meta: onePlusXFieldMeta },
  'talent-allowance': { data: talentAllowanceDataSchema, meta: talentAllowanceFieldMeta },
  'surcharge-credit': { data: surchargeCreditDataSchema, meta: surchargeCreditFieldMeta },
  'new-specialty': { data: newSpecialtyDataSchema, meta: newSpecialtyFieldMeta },
};
