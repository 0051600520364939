import { formatYuan } from '../money';
import type { Draft, PolicyId, ProgramId } from '../schemas';
import { periodsOverlap } from './dates';
import { getPack } from './registry';
import { cite } from './rules/common';
import type { Claim, ClauseCitation, Finding, ProgramDefinition, Severity } from './types';

/** A draft's claims with the amount attributable to each, ready to compare with other drafts. */
export interface ClaimSet {
  draftId: string;
  policy: PolicyId;
  program: ProgramId;
  title: string;
  claims: readonly Claim[];
  perClaimFen: ReadonlyMap<string, number>;
}

/** Builds the {@link ClaimSet} of a parsed draft. */
export function claimSet<P extends ProgramId>(
  draft: Draft<P>,
  def: ProgramDefinition<P>,
  perClaimFen: ReadonlyMap<string, number> | undefined,
): ClaimSet {
  return {
    draftId: draft.id,
    policy: draft.policy,
    program: draft.program,
    title: def.title.zh,
    claims: def.claims(draft),
    perClaimFen: perClaimFen ?? new Map(),
  };
}

/** Another draft as every conflict with it names it: computed once per draft, not per claim. */
interface OtherDraft {
  set: ClaimSet;
  where: { zh: string; en: string };
  citation: ClauseCitation | null;
}

interface Indexed {
  other: OtherDraft;
  claim: Claim;
}

/** Claims by kind, then key: no `${kind}:${key}` string per claim. */
type ClaimIndex = Map<Claim['kind'], Map<string, Indexed[]>>;

function indexClaims(others: readonly OtherDraft[]): ClaimIndex {
  const index: ClaimIndex = new Map();
  for (const other of others) {
    for (const claim of other.set.claims) {
      let byKey = index.get(claim.kind);
      if (!byKey) index.set(claim.kind, (byKey = new Map()));
      const list = byKey.get(claim.key);
      if (list) list.push({ other, claim });
      else byKey.set(claim.key, [{ other, claim }]);
    }
  }
  return index;
}

/** The 就高不就低 clause of either draft's pack (this draft's first), or null when neither states one. */
function higherAwardCitation(a: PolicyId, b: PolicyId): ClauseCitation | null {
  for (const id of a === b ? [a] : [a, b]) {
    const pack = getPack(id);
    const ref = pack?.stacking?.higherAward;
    if (pack && ref !== undefined) return cite(pack, ref);
  }
  return null;
}

function otherDraft(mine: ClaimSet, set: ClaimSet): OtherDraft {
  const docNumber = getPack(set.policy)?.docNumber ?? set.policy;
  return {
    set,
    where: {
      zh: `草稿「${set.draftId}」（${set.title}，${docNumber}）`,
      en: `draft "${set.draftId}" (${set.program} under ${set.policy})`,
    },
    citation: higherAwardCitation(mine.policy, set.policy),
  };
}

function found(
  claim: Claim,
  clause: ClauseCitation | null,
  severity: Severity,
  message: string,
  messageEn: string,
): Finding {
  return { ruleId: `cross-draft.${claim.kind}`, path: claim.path, clause, severity, message, messageEn };
}

function conflict(mine: ClaimSet, claim: Claim, { other, claim: theirs }: Indexed): Finding {
  const w = other.where;
  const span = theirs.from ? `（${theirs.from} 至 ${theirs.to ?? ''}）` : '';
  const { citation } = other;
  const what = claim.kind === 'invoice' ? '同一发票不能重复申报' : '同一期间同一人员不能重复申报';
  if (!citation) {
    return found(
      claim,
      citation,
      'error',
      `${claim.label}已在${w.zh}中申报${span}，${what}`,
      `${claim.kind === 'invoice' ? 'Invoice' : 'Person'} ${claim.key} is already claimed in ${w.en}`,
    );
  }
  const mineFen = mine.perClaimFen.get(claim.key);
  const otherFen = other.set.perClaimFen.get(theirs.key);
  const head = `${claim.label}已在${w.zh}中申报${span}。按就高不就低的原则，不得重复发放奖补资金：`;
  const headEn = `${claim.key} is also claimed in ${w.en}; the higher award applies, never both: `;
  if (mineFen === undefined || otherFen === undefined) {
    return found(
      claim,
      citation,
      'error',
      `${head}其中一项未能计算金额，请比较后只保留较高的一项`,
      `${headEn}one amount is unknown; keep only the higher`,
    );
  }
  const amounts = `本草稿 ${formatYuan(mineFen)} 元，另一草稿 ${formatYuan(otherFen)} 元`;
  const amountsEn = `this draft ${formatYuan(mineFen)}, the other ${formatYuan(otherFen)}`;
  if (mineFen > otherFen) {
    return found(
      claim,
      citation,
      'warning',
      `${head}${amounts}，本草稿较高，应由另一草稿撤回该项`,
      `${headEn}${amountsEn}; this one is higher, withdraw it from the other draft`,
    );
  }
  return found(
    claim,
    citation,
    'error',
    mineFen === otherFen
      ? `${head}${amounts}，金额相同，只能择一申报`
      : `${head}${amounts}，另一草稿较高，本草稿应撤回该项`,
    mineFen === otherFen
      ? `${headEn}${amountsEn}; equal, claim only one`
      : `${headEn}${amountsEn}; the other is higher, withdraw it here`,
  );
}

/**
 * Claims of this draft that other drafts also make: the same invoice anywhere, or the same person
 * in an overlapping period (one-time awards overlap always). Where either pack states 就高不就低
 * (`stacking.higherAward`), the finding says which award is higher: a warning on the higher draft, an error on the lower (or equal) one.
 */
export function crossDraftFindings(mine: ClaimSet, others: readonly ClaimSet[]): Finding[] {
  if (others.length === 0 || mine.claims.length === 0) return [];
  const index = indexClaims(others.filter((o) => o.draftId !== mine.draftId).map((o) => otherDraft(mine, o)));
  const findings: Finding[] = [];
  for (const claim of mine.claims) {
    for (const other of index.get(claim.kind)?.get(claim.key) ?? []) {
      if (!periodsOverlap(claim.from, claim.to, other.claim.from, other.claim.to)) continue;
      findings.push(conflict(mine, claim, other));
    }
  }
  return findings;
}
