// Roster rows (名单/花名册) live in their own table so that a 2,000-row roster is not one giant record.
import type { GrantDeskDb } from './grantdesk-db';
import type { RosterRow } from './row-schemas';
import { isSafeId } from './ids';
import { toJsonObject } from './json';

/** One row as the UI edits it. Give new rows an id from newId() so that revisions can tell rows apart. */
export interface RosterRowInput {
  id?: string;
  row: Record<string, unknown>;
}

// Key ranges over compound keys: a shorter array sorts first and any array sorts after any string or
// number, so [id] … [id, []] spans every [id, …]. (No shared maxKey object: a key may not repeat one.)
function draftRange(draftId: string): [unknown[], unknown[]] {
  return [[draftId], [draftId, []]];
}

function rosterRange(draftId: string, roster: string): [unknown[], unknown[]] {
  return [
    [draftId, roster],
    [draftId, roster, []],
  ];
}

/** All roster rows of a draft, sorted by roster name then order. */
export async function listRosterRows(db: GrantDeskDb, draftId: string): Promise<RosterRow[]> {
  const [lower, upper] = draftRange(draftId);
  return db.rosterRows.where('[draftId+roster+order]').between(lower, upper, true, true).toArray();
}

/** The rows of one roster of a draft, in order. */
export async function getRoster(db: GrantDeskDb, draftId: string, roster: string): Promise<RosterRow[]> {
  return db.rosterRows
    .where('[draftId+roster+order]')
    .between(...rosterRange(draftId, roster), true, true)
    .toArray();
}

/** Groups rows by roster name (rows keep their order). */
export function groupRosters(rows: readonly RosterRow[]): Record<string, RosterRow[]> {
  const out: Record<string, RosterRow[]> = {};
  for (const row of rows) (out[row.roster] ??= []).push(row);
  return out;
}

/**
 * Replaces the named rosters of a draft (rosters not named are left alone). Must run inside a
 * transaction covering rosterRows. A row id that is missing, malformed, repeated or owned by another
 * draft is replaced by a new one, so a save never steals or clobbers another draft's rows.
 */
export async function replaceRostersInTx(
  db: GrantDeskDb,
  draftId: string,
  rosters: Readonly<Record<string, readonly RosterRowInput[]>>,
): Promise<void> {
  const inputs = Object.entries(rosters);
  const candidateIds = inputs.flatMap(([, rows]) =>
    rows.map((r) => r.id).filter((id): id is string => !!id && isSafeId(id)),
  );
  const existing = await db.rosterRows.bulkGet(candidateIds);
  const foreign = new Set(existing.filter((r) => r && r.draftId !== draftId).map((r) => r!.id));
  const seen = new Set<string>();
  const next: RosterRow[] = [];
  for (const [roster, rows] of inputs) {
    rows.forEach((input, order) => {
      let id = input.id;
      if (!id || !isSafeId(id) || seen.has(id) || foreign.has(id)) id = db.newId();
      seen.add(id);
      next.push({
        id,
        draftId,
        roster,
        order,
        row: toJsonObject(input.row, { zh: '花名册行', en: 'roster row' }),
      });
    });
  }
  for (const [roster] of inputs) {
    await db.rosterRows
      .where('[draftId+roster+order]')
      .between(...rosterRange(draftId, roster), true, true)
      .delete();
  }
  await db.rosterRows.bulkPut(next);
}

/** Replaces every roster of a draft with exactly these rows (used by revert and restore). */
export async function setAllRosterRowsInTx(
  db: GrantDeskDb,
  draftId: string,
  rows: readonly RosterRow[],
): Promise<void> {
  await db.rosterRows.where('draftId').equals(draftId).delete();
  await db.rosterRows.bulkPut(rows.map((r) => ({ ...r, draftId })));
}
