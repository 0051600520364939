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

/** The packs bundled with the app, one per source document; more can be imported at runtime. */
export const POLICY_IDS = [
  'quzhou-2025',
  'yongzhou-2021',
  'jining-2025',
  'wuzhou-2024',
  'linping-2023',
] as const;

/** A bundled pack's id. */
export type BundledPolicyId = (typeof POLICY_IDS)[number];

/**
 * A pack id: lower-case letters, digits and hyphens, 3-40 characters (`quzhou-2025`). Not a closed
 * list: an imported pack brings its own id, and the registry says whether it is known.
 */
export type PolicyId = string;

/** What every pack id looks like (bundled or imported). */
export const POLICY_ID_PATTERN = /^[a-z0-9-]{3,40}$/;

/** What a pack version looks like: dot-separated numbers, `2025.1`, `2026.2.1`. */
export const PACK_VERSION_PATTERN = /^\d{1,6}(\.\d{1,6}){0,3}$/;

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

/** True if `value` has the shape of a pack id ({@link POLICY_ID_PATTERN}); the registry says if it is loaded. */
export function isPolicyId(value: unknown): value is PolicyId {
  return typeof value === 'string' && POLICY_ID_PATTERN.test(value);
}
