import { PROGRAM_IDS, type PolicyId, type ProgramId } from '../schemas';
import { jining2025 } from './packs/jining-2025';
import { linping2023 } from './packs/linping-2023';
import { quzhou2025 } from './packs/quzhou-2025';
import { wuzhou2024 } from './packs/wuzhou-2024';
import { yongzhou2021 } from './packs/yongzhou-2021';
import { apprenticeshipSpec } from './rules/apprenticeship';
import { cite } from './rules/common';
import { dualTeacherTeamSpec } from './rules/dual-teacher-team';
import { internshipSpec } from './rules/internship';
import { newSpecialtySpec } from './rules/new-specialty';
import { onePlusXSpec } from './rules/one-plus-x';
import { surchargeCreditSpec } from './rules/surcharge-credit';
import { talentAllowanceSpec } from './rules/talent-allowance';
import { trainingBaseSpec } from './rules/training-base';
import type { Clause, Pack, ProgramDefinition, ProgramSpec } from './types';

/** Every pack, in the order the 政策库 lists them. */
export const PACKS: readonly Pack[] = [quzhou2025, yongzhou2021, jining2025, wuzhou2024, linping2023];

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

/** Source file name of each pack, under `shared/policy/sources/` (the 政策库 shows them). */
export const POLICY_SOURCE_FILES: Readonly<Record<PolicyId, string>> = Object.fromEntries(
  PACKS.map((p) => [p.id, p.sourceFile]),
) as Record<PolicyId, string>;

/** The pack with this id, or undefined. */
export function getPack(id: string): Pack | undefined {
  return PACKS.find((p) => p.id === id);
}

/**
 * A program resolved under a pack: pack-independent rules first, then the pack's; the clauses it
 * relies on with their quoted text. Undefined when the pack does not offer the program.
 */
export function getProgram<P extends ProgramId>(
  policy: string,
  program: P,
): ProgramDefinition<P> | undefined {
  const pack = getPack(policy);
  return pack ? resolveProgram(pack, program) : undefined;
}

/** {@link getProgram} under a given pack object (e.g. the version a draft is pinned to). */
export function resolveProgram<P extends ProgramId>(
  pack: Pack,
  program: P,
): ProgramDefinition<P> | undefined {
  const offering = pack.programs[program];
  if (!offering) return undefined;
  const spec: ProgramSpec<P> = PROGRAM_SPECS[program];
  const clauses = offering.clauses.map(
    (ref): Clause => pack.clauses.find((c) => c.ref === ref) ?? { ref, text: '' },
  );
  return {
    id: program,
    policy: pack.id,
    applicant: spec.applicant,
    title: spec.title,
    formula: offering.formula,
    clauses,
    citations: offering.clauses.map((ref) => cite(pack, ref)),
    evidence: spec.evidence,
    rules: [...spec.rules, ...offering.rules],
    amount: offering.amount,
    userStandard: offering.userStandard,
    userStandardBases: spec.userStandardBases,
    claims: spec.claims,
    sourceFile: pack.sourceFile,
  };
}

/** Every (pack, program) pair a pack offers, in registry order. */
export function listOfferings(): { policy: PolicyId; program: ProgramId }[] {
  return PACKS.flatMap((pack) =>
    PROGRAM_IDS.filter((program) => pack.programs[program] !== undefined).map((program) => ({
      policy: pack.id,
      program,
    })),
  );
}
