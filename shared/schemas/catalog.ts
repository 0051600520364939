/** Every program GrantDesk knows; a pack declares which of them can be applied for under it. */
export const PROGRAM_IDS = [
  'training-base',
  'internship',
  'apprenticeship',
  'dual-teacher-team',
  'one-plus-x',
  'talent-allowance',
  'surcharge-credit',
  'new-specialty',
] as const;

export type ProgramId = (typeof PROGRAM_IDS)[number];

/** Every policy pack, one per source document. */
export const POLICY_IDS = [
  'quzhou-2025',
  'yongzhou-2021',
  'jining-2025',
  'wuzhou-2024',
  'linping-2023',
] as const;

export type PolicyId = (typeof POLICY_IDS)[number];

/** Who applies: an enterprise (企业) or a vocational school (院校). */
export type ApplicantKind = 'enterprise' | 'school';

/** The applicant kind of each program; it decides which organisation code the applicant block takes. */
export const PROGRAM_APPLICANT: Readonly<Record<ProgramId, ApplicantKind>> = {
  'training-base': 'enterprise',
  internship: 'enterprise',
  apprenticeship: 'enterprise',
  'dual-teacher-team': 'school',
  'one-plus-x': 'school',
  'talent-allowance': 'school',
  'surcharge-credit': 'enterprise',
  'new-specialty': 'school',
};

/** True if `value` is one of {@link PROGRAM_IDS}. */
export function isProgramId(value: unknown): value is ProgramId {
  return typeof value === 'string' && (PROGRAM_IDS as readonly string[]).includes(value);
}

/** True if `value` is one of {@link POLICY_IDS}. */
export function isPolicyId(value: unknown): value is PolicyId {
  return typeof value === 'string' && (POLICY_IDS as readonly string[]).includes(value);
}
