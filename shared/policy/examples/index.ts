import { DRAFT_FORMAT, type PolicyId, type ProgramId } from '../../schemas';
import { getPack, listOfferings, programOf } from '../registry';
import type { Pack } from '../types';
import { CITIES, type City } from './cities';
import { apprenticeshipData, internshipData, surchargeCreditData, trainingBaseData } from './enterprise';
import { genericCity } from './generic-city';
import { placeholderSha256 } from './identifiers';
import { dualTeacherTeamData, newSpecialtyData, onePlusXData, talentAllowanceData } from './school';

const DATA_BUILDERS: Readonly<Record<ProgramId, (policy: PolicyId, city: City) => object>> = {
  'training-base': trainingBaseData,
  internship: internshipData,
  apprenticeship: apprenticeshipData,
  'dual-teacher-team': dualTeacherTeamData,
  'one-plus-x': onePlusXData,
  'talent-allowance': talentAllowanceData,
  'surcharge-credit': surchargeCreditData,
  'new-specialty': newSpecialtyData,
};

/**
 * A complete, valid example draft (raw JSON, as saved to a file) of `program` under `policy`:
 * organisations, people and dates of the pack's city and period, identifiers with correct check
 * characters (synthetic, not real registrations), one attachment entry per required evidence item
 * (the sha256 values are placeholders: the files are not shipped). A pack without a city of its own
 * gets one from its region ({@link genericCity}). Undefined when the pack is not registered or does
 * not offer the program. `given` is used instead of the registry's pack of that id (a pack being
 * imported, or a draft's pinned version). Deterministic: the same arguments give the same draft.
 */
export function buildExampleDraft(
  policy: PolicyId,
  program: ProgramId,
  given?: Pack,
): Record<string, unknown> | undefined {
  const pack = given?.id === policy ? given : getPack(policy);
  const def = pack ? programOf(pack, program) : undefined;
  if (!def || !pack) return undefined;
  const city = CITIES[policy] ?? genericCity(pack);
  const applicant = def.applicant === 'enterprise' ? city.enterprise : city.school;
  return {
    format: DRAFT_FORMAT,
    id: `example-${program}-${policy}`,
    policy,
    program,
    applicationDate: city.applicationDate,
    applicant: { ...applicant },
    data: DATA_BUILDERS[program](policy, city),
    attachments: def.evidence
      .filter((e) => e.required)
      .map((e, i) => ({
        name: `${e.label.zh}.pdf`,
        mime: 'application/pdf',
        size: 180_000 + i * 52_417,
        sha256: placeholderSha256(`${policy}/${program}/${e.id}`),
        evidence: e.id,
      })),
  };
}

/** Every example the packs declare, for the first-run gallery. */
export function listExampleDrafts(): {
  policy: PolicyId;
  program: ProgramId;
  draft: Record<string, unknown>;
}[] {
  return listOfferings().flatMap(({ policy, program }) => {
    const draft = buildExampleDraft(policy, program);
    return draft ? [{ policy, program, draft }] : [];
  });
}
