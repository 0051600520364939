// Shared test helpers: fresh copies of the example drafts, checks pinned to one day, finding lookups.
import { buildExampleDraft, checkDraft, type CheckResult, type Finding } from '../../../../shared/policy';
import type { PolicyId, ProgramId } from '../../../../shared/schemas';

export const TODAY = '2026-11-23';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON drafts freely
export type RawDraft = Record<string, any>;

/** A deep copy of the example draft, safe to mutate. */
export function example(policy: PolicyId, program: ProgramId): RawDraft {
  const draft = buildExampleDraft(policy, program);
  if (!draft) throw new Error(`${policy} does not offer ${program}`);
  return structuredClone(draft) as RawDraft;
}

/** Checks with the day pinned. */
export function check(draft: unknown, otherDrafts: unknown[] = []): CheckResult {
  return checkDraft(draft, { today: TODAY, otherDrafts });
}

/** Findings of one rule. */
export function byRule(result: CheckResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** Rule ids of the errors. */
export function errorIds(result: CheckResult): string[] {
  return result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
}

/** The example draft with `edit` applied. */
export function edited(policy: PolicyId, program: ProgramId, edit: (d: RawDraft) => void): RawDraft {
  const draft = example(policy, program);
  edit(draft);
  return draft;
}
