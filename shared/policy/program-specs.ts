import type { ProgramId } from '../schemas';
import { apprenticeshipSpec } from './rules/apprenticeship';
import { dualTeacherTeamSpec } from './rules/dual-teacher-team';
import { internshipSpec } from './rules/internship';
import { newSpecialtySpec } from './rules/new-specialty';
import { onePlusXSpec } from './rules/one-plus-x';
import { surchargeCreditSpec } from './rules/surcharge-credit';
import { talentAllowanceSpec } from './rules/talent-allowance';
import { trainingBaseSpec } from './rules/training-base';
import type { ProgramSpec } from './types';

/** Every program's pack-independent definition. */
export const PROGRAM_SPECS: { readonly [P in ProgramId]: ProgramSpec<P> } = {
  'training-base': trainingBaseSpec,
  internship: internshipSpec,
  apprenticeship: apprenticeshipSpec,
  'dual-teacher-team': dualTeacherTeamSpec,
  'one-plus-x': onePlusXSpec,
  'talent-allowance': talentAllowanceSpec,
  'surcharge-credit': surchargeCreditSpec,
  'new-specialty': newSpecialtySpec,
};
