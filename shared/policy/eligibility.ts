import { type ApplicantKind, PROGRAM_IDS, type PolicyId, type ProgramId } from '../schemas';
import { noAmount } from './amount';
import { todayIso } from './dates';
import type { ProfileFacts } from './estimates';
import { listPacks, PROGRAM_SPECS } from './registry';
import type { AmountResult, Pack } from './types';

export type { ProfileFacts } from './estimates';

/** What the finder knows about an applicant. */
export interface ApplicantProfile {
  kind: ApplicantKind;
  /**
   * Where the applicant is registered: a GB/T 2260 code (`330803`) or a place name (`衢州市衢江区`).
   * Omitted: every region is listed as possible.
   */
  region?: string;
  /** Intended application date, YYYY-MM-DD; defaults to today. */
  date?: string;
  facts?: ProfileFacts;
}

export interface EligibilityEntry {
  policy: PolicyId;
  program: ProgramId;
  docNumber: string;
  title: { zh: string; en: string };
  eligible: boolean;
  /** Why not (when not eligible); empty otherwise. */
  reasons: { zh: string; en: string }[];
  /** The estimate (eligible), `no-amount` where the document gives none; absent when not eligible. */
  estimate?: AmountResult;
}

function regionMatches(pack: Pack, region: string): boolean {
  if (/^\d{6}$/.test(region)) {
    const prefix = pack.region.code.replace(/(00)+$/, '');
    return region.startsWith(prefix);
  }
  return region.includes(pack.region.name) || pack.region.name.includes(region);
}

function reasonsAgainst(pack: Pack, program: ProgramId, profile: ApplicantProfile, date: string) {
  const reasons: { zh: string; en: string }[] = [];
  const offering = pack.programs[program];
  if (!offering) {
    return [{ zh: `${pack.docNumber}未规定该项目`, en: `${pack.docNumber} does not offer this program` }];
  }
  const spec = PROGRAM_SPECS[program];
  if (spec.applicant !== profile.kind) {
    reasons.push(
      spec.applicant === 'enterprise'
        ? { zh: '本项目由企业申报', en: 'Enterprises apply for this program' }
        : { zh: '本项目由院校申报', en: 'Schools apply for this program' },
    );
  }
  if (profile.region !== undefined && !regionMatches(pack, profile.region)) {
    reasons.push({
      zh: `仅限${pack.region.name}的单位申报`,
      en: `Only for applicants in ${pack.region.name}`,
    });
  }
  if (date < pack.dates.inForceFrom) {
    reasons.push({ zh: `${pack.dates.inForceFrom} 起施行`, en: `In force from ${pack.dates.inForceFrom}` });
  }
  if (pack.dates.periodEnd !== undefined && date > pack.dates.periodEnd) {
    reasons.push({ zh: `适用期限已于 ${pack.dates.periodEnd} 届满`, en: `Ended on ${pack.dates.periodEnd}` });
  }
  const excluded = offering.excludes?.(profile.facts ?? {});
  if (excluded) reasons.push(excluded);
  return reasons;
}

/**
 * Every program under every pack, in registry order, each eligible or with the reasons it is not
 * (not offered by the document, wrong applicant kind, another region, outside the document's period,
 * a fact that rules it out). Eligible entries carry an estimate from `profile.facts`: `computed`
 * where the document sets a formula and the facts suffice, `incomplete` naming the missing fact,
 * or `no-amount` where the document sets none.
 */
export function findEligiblePrograms(profile: ApplicantProfile): EligibilityEntry[] {
  const date = profile.date ?? todayIso();
  return listPacks().flatMap((pack) =>
    PROGRAM_IDS.map((program): EligibilityEntry => {
      const reasons = reasonsAgainst(pack, program, profile, date);
      const entry: EligibilityEntry = {
        policy: pack.id,
        program,
        docNumber: pack.docNumber,
        title: PROGRAM_SPECS[program].title,
        eligible: reasons.length === 0,
        reasons,
      };
      if (entry.eligible) {
        const estimate = pack.programs[program]?.estimate;
        entry.estimate = estimate ? estimate(profile.facts ?? {}, date) : noAmount(pack);
      }
      return entry;
    }),
  );
}
