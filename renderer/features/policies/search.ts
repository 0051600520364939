import { listPacks } from '../../../shared/policy/registry';
import type { Clause, Pack } from '../../../shared/policy/types';
import { todayIso } from '../../../shared/policy/dates';
import { containsFolded, matchOffsets } from './fold';

/** What the user typed, trimmed; full-width spaces count as spaces. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\u3000/g, ' ').trim();
}

/** True when the pack's plan states an end date that is before `today`. */
export function periodEnded(pack: Pack, today = todayIso()): boolean {
  return pack.dates.periodEnd !== undefined && pack.dates.periodEnd < today;
}

function packText(pack: Pack): string {
  return [pack.title, pack.titleEn, pack.docNumber, pack.issuer, pack.region.province, pack.region.name].join(
    '\n',
  );
}

/** Packs whose description or quoted clauses contain the query (all of them for an empty query). */
export function matchingPacks(query: string): readonly Pack[] {
  if (!query) return listPacks();
  return listPacks().filter(
    (p) => containsFolded(packText(p), query) || p.clauses.some((c) => containsFolded(c.text, query)),
  );
}

export interface ClauseHit {
  pack: Pack;
  clause: Clause;
}

/** Every quoted clause, across packs in library order, whose reference or text contains the query. */
export function searchClauses(query: string): ClauseHit[] {
  if (!query) return [];
  return listPacks().flatMap((pack) =>
    pack.clauses
      .filter((clause) => containsFolded(clause.text, query) || clause.ref === query)
      .map((clause) => ({ pack, clause })),
  );
}

/** How many times `query` occurs in `text` (non-overlapping, traditional forms included). */
export function countOccurrences(text: string, query: string): number {
  return matchOffsets(text, query).length;
}
