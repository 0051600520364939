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
  PackStacking,
  ProgramDefinition,
  ProgramOffering,
  ProgramSpec,
  Rule,
  RuleContext,
  Severity,
} from './types';
export {
  PACKS,
  PROGRAM_SPECS,
  POLICY_SOURCE_FILES,
  getPack,
  getProgram,
  listOfferings,
  listPacks,
  listPackVersions,
  programOf,
  registerPack,
  subscribePacks,
  unregisterPack,
} from './registry';
export { compareVersions, PACK_VERSION_PATTERN } from './version';
export { packAt, pinMissingFinding, resolveDraftPack, type DraftPack } from './registry-pin';
export { checkDraft, type CheckContext, type CheckResult } from './engine';
export {
  findEligiblePrograms,
  type ApplicantProfile,
  type EligibilityEntry,
  type ProfileFacts,
} from './eligibility';
export { buildExampleDraft, listExampleDrafts } from './examples';
export { fullMonths } from './dates';
export { loadPackFolder, loadPackYaml, type LoadedPack, type PackFolder } from './format/load';
export { runPackTests, PACK_TESTS_FORMAT, type PackTestResult } from './format/pack-tests';
export { noErrors, problemLine, type PackFile, type PackProblem } from './format/problems';
export { PACK_FORMAT, type PackDocument } from './format/document';
export { KINDS } from './kinds';
