export type {
  AmountResult,
  AmountStatus,
  Claim,
  Clause,
  ClauseCitation,
  EvidenceItem,
  FieldPath,
  Finding,
  Pack,
  ProgramDefinition,
  ProgramOffering,
  ProgramSpec,
  Rule,
  RuleContext,
  Severity,
} from './types';
export { PACKS, PROGRAM_SPECS, POLICY_SOURCE_FILES, getPack, getProgram, listOfferings } from './registry';
export { checkDraft, type CheckContext, type CheckResult } from './engine';
export {
  findEligiblePrograms,
  type ApplicantProfile,
  type EligibilityEntry,
  type ProfileFacts,
} from './eligibility';
export { buildExampleDraft, listExampleDrafts } from './examples';
export { fullMonths } from './dates';
