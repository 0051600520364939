// Revisions: snapshots of a draft and its rosters, at most 50 per draft, listed with a Chinese summary.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow, RevisionReason, RevisionRow, Snapshot } from './row-schemas';
import { DRAFT_NAME, notFound } from './errors';
import { writeTransaction } from './json';
import { listRosterRows } from './roster-rows';
import {
  NO_CHANGE_SUMMARY,
  NO_CHANGE_SUMMARY_EN,
  summarizeChange,
  type LabelLookup,
} from './revision-summary';

export const MAX_REVISIONS_PER_DRAFT = 50;
/** Two idle minutes end a burst of edits: the next save snapshots the state the burst left. */
export const REVISION_IDLE_MS = 2 * 60_000;
/** During a long unbroken burst, still snapshot at least this often. */
export const REVISION_MAX_INTERVAL_MS = 10 * 60_000;

export const REVISION_REASON_LABELS: Readonly<Record<RevisionReason, string>> = {
  edit: '编辑',
  import: '导入前',
  restore: '恢复备份前',
  status: '状态变更',
  revert: '回退前',
};

/** A revision without its snapshot, for lists. */
export type RevisionInfo = Omit<RevisionRow, 'snapshot'>;

function seqRange(draftId: string): [unknown[], unknown[]] {
  // [id] sorts before every [id, seq] and [id, []] after (arrays sort after numbers).
  return [[draftId], [draftId, []]];
}

/** The revisions of a draft, newest first, without snapshots. */
export async function listRevisions(db: GrantDeskDb, draftId: string): Promise<RevisionInfo[]> {
  const [lower, upper] = seqRange(draftId);
  const rows = await db.revisions.where('[draftId+seq]').between(lower, upper).reverse().toArray();
  return rows.map(({ snapshot: _snapshot, ...info }) => info);
}

/** One revision with its snapshot. */
export async function getRevision(db: GrantDeskDb, revisionId: string): Promise<RevisionRow | undefined> {
  return db.revisions.get(revisionId);
}

/** The current stored state of a draft as a snapshot. Inside a transaction covering rosterRows. */
export async function readSnapshotInTx(db: GrantDeskDb, draft: DraftRow): Promise<Snapshot> {
  return { draft: structuredClone(draft), rosterRows: await listRosterRows(db, draft.id) };
}

/** The newest revision of a draft. Inside a transaction covering revisions. */
export async function lastRevisionInTx(db: GrantDeskDb, draftId: string): Promise<RevisionRow | undefined> {
  const [lower, upper] = seqRange(draftId);
  return db.revisions.where('[draftId+seq]').between(lower, upper).last();
}

/** Deletes the oldest revisions beyond the cap. Inside a transaction covering revisions. */
export async function pruneRevisionsInTx(db: GrantDeskDb, draftId: string): Promise<void> {
  const [lower, upper] = seqRange(draftId);
  const range = db.revisions.where('[draftId+seq]').between(lower, upper);
  const excess = (await range.count()) - MAX_REVISIONS_PER_DRAFT;
  if (excess <= 0) return;
  const oldest = await db.revisions.where('[draftId+seq]').between(lower, upper).limit(excess).primaryKeys();
  await db.revisions.bulkDelete(oldest);
}

export interface WriteRevisionOptions {
  labels?: LabelLookup;
  createdAt?: number;
  /** Write nothing when the snapshot equals the previous revision's (burst snapshots). */
  skipIfUnchanged?: boolean;
}

/**
 * Appends a revision for `snapshot`, summarised against the previous one, then prunes to the cap.
 * Inside a transaction covering revisions. Returns null when skipped as unchanged.
 */
export async function writeRevisionInTx(
  db: GrantDeskDb,
  snapshot: Snapshot,
  reason: RevisionReason,
  options: WriteRevisionOptions = {},
): Promise<RevisionRow | null> {
  const draftId = snapshot.draft.id;
  const last = await lastRevisionInTx(db, draftId);
  const summary = summarizeChange(last?.snapshot ?? null, snapshot, options.labels);
  const summaryEn = summarizeChange(last?.snapshot ?? null, snapshot, options.labels, 'en');
  if (summary === null && options.skipIfUnchanged) return null;
  const revision: RevisionRow = {
    id: db.newId(),
    draftId,
    seq: (last?.seq ?? 0) + 1,
    createdAt: Math.max(options.createdAt ?? db.now(), last?.createdAt ?? 0),
    reason,
    summary: summary ?? NO_CHANGE_SUMMARY,
    summaryEn: summaryEn ?? NO_CHANGE_SUMMARY_EN,
    snapshot,
  };
  await db.revisions.add(revision);
  await pruneRevisionsInTx(db, draftId);
  return revision;
}

/**
 * Records the current stored state of a draft as a revision, always (even when unchanged). Call it
 * before an import or a restore overwrites the draft; status changes record their own.
 */
export async function recordRevision(
  db: GrantDeskDb,
  draftId: string,
  reason: RevisionReason,
  options: { labels?: LabelLookup } = {},
): Promise<RevisionRow> {
  return writeTransaction(db, [db.drafts, db.rosterRows, db.revisions], async () => {
    const draft = await db.drafts.get(draftId);
    if (!draft) throw notFound(DRAFT_NAME, draftId);
    const revision = await writeRevisionInTx(db, await readSnapshotInTx(db, draft), reason, options);
    return revision!;
  });
}

/** True when a save at `now` should first snapshot the state the previous burst of edits left. */
export function burstRevisionDue(draft: DraftRow, last: RevisionRow | undefined, now: number): boolean {
  if (now - draft.updatedAt >= REVISION_IDLE_MS) return true;
  return now - (last?.createdAt ?? draft.createdAt) >= REVISION_MAX_INTERVAL_MS;
}
