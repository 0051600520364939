// What moving a draft from one version of its pack to another changes: amount, findings, clauses.
import { checkDraft, type CheckContext } from './engine';
import type { AmountResult, Clause, Finding, Pack } from './types';

/** One clause whose text differs between the two versions. */
export interface ClauseChange {
  ref: string;
  before: string;
  after: string;
}

/** The difference a draft would see on the newer version of its pack. */
export interface PackDiff {
  amountBefore: AmountResult;
  amountAfter: AmountResult;
  /** Findings the new version reports that the old one did not (by ruleId and path). */
  findingsAdded: Finding[];
  /** Findings of the old version that the new one no longer reports. */
  findingsRemoved: Finding[];
  clausesAdded: Clause[];
  clausesRemoved: Clause[];
  clausesChanged: ClauseChange[];
}

const findingKey = (f: Finding) => `${f.ruleId}|${f.path.join('.')}`;

/** The findings of `a` not matched in `b`, counting repeats (two equal findings need two matches). */
function unmatched(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  return a.filter((f) => {
    const n = left.get(findingKey(f)) ?? 0;
    if (n > 0) left.set(findingKey(f), n - 1);
    return n === 0;
  });
}

/**
 * Compares two versions of a pack for one draft (raw JSON): the draft is checked against each, and the
 * findings are matched by ruleId and path; clauses are matched by ref and compared by exact text.
 * Pure: the same arguments give the same diff. The draft's own pin is ignored; both packs must carry
 * the draft's pack id (a pack of another id leaves the registry's pack in place).
 */
export function diffPackVersions(
  draft: unknown,
  oldPack: Pack,
  newPack: Pack,
  context: Omit<CheckContext, 'pack'> = {},
): PackDiff {
  const before = checkDraft(draft, { ...context, pack: oldPack });
  const after = checkDraft(draft, { ...context, pack: newPack });
  const oldClauses = new Map(oldPack.clauses.map((c) => [c.ref, c]));
  const newClauses = new Map(newPack.clauses.map((c) => [c.ref, c]));
  const clausesChanged: ClauseChange[] = [];
  for (const c of newPack.clauses) {
    const old = oldClauses.get(c.ref);
    if (old && old.text !== c.text) clausesChanged.push({ ref: c.ref, before: old.text, after: c.text });
  }
  return {
    amountBefore: before.amount,
    amountAfter: after.amount,
    findingsAdded: unmatched(after.findings, before.findings),
    findingsRemoved: unmatched(before.findings, after.findings),
    clausesAdded: newPack.clauses.filter((c) => !oldClauses.has(c.ref)),
    clausesRemoved: oldPack.clauses.filter((c) => !newClauses.has(c.ref)),
    clausesChanged,
  };
}

/** True when the two versions make no difference to the draft or to the clauses. */
export function isEmptyDiff(diff: PackDiff): boolean {
  return (
    diff.amountBefore.amountFen === diff.amountAfter.amountFen &&
    diff.amountBefore.status === diff.amountAfter.status &&
    diff.findingsAdded.length + diff.findingsRemoved.length === 0 &&
    diff.clausesAdded.length + diff.clausesRemoved.length + diff.clausesChanged.length === 0
  );
}
