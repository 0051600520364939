import { getPack, PROGRAM_SPECS } from '../../../shared/policy/registry';
import type { ProgramId } from '../../../shared/schemas';
import type { DraftSummary } from '../../db';
import type { Lang } from '../../i18n/feature-text';

/** The program's title in the interface's language (the id when the program is unknown). */
export function programName(item: DraftSummary, lang: Lang): string {
  return PROGRAM_SPECS[item.program as ProgramId]?.title[lang] ?? item.program;
}

/** The policy's 文号 (the pack id when the pack is unknown). */
export function policyDocNumber(item: DraftSummary): string {
  return getPack(item.policy)?.docNumber ?? item.policy;
}
