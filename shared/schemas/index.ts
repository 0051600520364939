export {
  PROGRAM_IDS,
  POLICY_IDS,
  PACK_VERSION_PATTERN,
  POLICY_ID_PATTERN,
  PROGRAM_APPLICANT,
  isPolicyId,
  isProgramId,
  type ApplicantKind,
  type BundledPolicyId,
  type PolicyId,
  type ProgramId,
} from './catalog';
export {
  type SchemaOptions,
  zCount,
  zFen,
  zIdNumber,
  zInvoiceNumber,
  zIsoDate,
  zPositiveFen,
  zText,
  zYear,
} from './common';
export {
  SECTIONS,
  metaKey,
  type Bilingual,
  type FieldMeta,
  type FieldMetaMap,
  type FieldOption,
  type FieldUnit,
  type InputKind,
  type SectionId,
} from './field-meta';
export { applicantSchema, applicantFieldMeta, phoneHelp, withPhoneHints, type Applicant } from './applicant';
export { attachmentSchema, attachmentFieldMeta, type Attachment } from './attachment';
export {
  userStandardSchema,
  userStandardFieldMeta,
  type UserStandard,
  type UserStandardBasis,
} from './user-standard';
export { PROGRAM_SCHEMAS, type ProgramDataMap } from './program-schemas';
export {
  DRAFT_FORMAT,
  draftFieldMeta,
  draftHeaderSchema,
  draftSchema,
  fieldMetaAt,
  policyIdSchema,
  policyVersionSchema,
  type Draft,
} from './draft';
export { draftJsonSchema } from './json-schema';
export type { TrainingBaseData, InvestmentItem } from './programs/training-base';
export type { InternshipData } from './programs/internship';
export type { ApprenticeshipData } from './programs/apprenticeship';
export type { DualTeacherTeamData } from './programs/dual-teacher-team';
export type { OnePlusXData } from './programs/one-plus-x';
export type { TalentAllowanceData } from './programs/talent-allowance';
export type { SurchargeCreditData } from './programs/surcharge-credit';
export type { NewSpecialtyData } from './programs/new-specialty';
