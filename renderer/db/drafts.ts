// Drafts: create, read and save. A save is one transaction: fields, rosters and any due revision.
import type { GrantDeskDb } from './grantdesk-db';
import { draftRowSchema, type DraftRow, type RevisionRow, type RosterRow } from './row-schemas';
import { APPLICANT_NAME, DRAFT_NAME, StorageError, notFound, parseRow } from './errors';

const DRAFT_CONTENT = { zh: '申报内容', en: 'application content' };
import { toJsonObject, writeTransaction } from './json';
import { listRosterRows, replaceRostersInTx, type RosterRowInput } from './roster-rows';
import { burstRevisionDue, lastRevisionInTx, readSnapshotInTx, writeRevisionInTx } from './revisions';
import type { LabelLookup } from './revision-summary';

export interface NewDraftInput {
  policy: string;
  /** The pack version the draft is checked under (its pin). */
  policyVersion?: string;
  program: string;
  title?: string;
  applicantId?: string;
  deadline?: string | null;
  applicationDate?: string | null;
  data?: Record<string, unknown>;
  rosters?: Record<string, RosterRowInput[]>;
}

/** Fields a save may change; rosters named here replace those rosters entirely. */
export interface DraftPatch {
  title?: string;
  deadline?: string | null;
  applicationDate?: string | null;
  /** null detaches the applicant. */
  applicantId?: string | null;
  data?: Record<string, unknown>;
  rosters?: Record<string, RosterRowInput[]>;
  /** Moves the draft's pin to another version of its pack. */
  policyVersion?: string;
  /** A newer pack version the user keeps the old one against. */
  declinedPolicyVersion?: string;
}

/**
 * One patch holding both edits, the newer winning field by field and roster by roster; for the
 * autosaver's `merge`, so that coalesced saves never drop an older edit. Undefined fields are ignored.
 */
export function mergeDraftPatches(older: DraftPatch, newer: DraftPatch): DraftPatch {
  const defined = Object.fromEntries(Object.entries(newer).filter(([, v]) => v !== undefined)) as DraftPatch;
  const merged: DraftPatch = { ...older, ...defined };
  if (older.rosters && newer.rosters) merged.rosters = { ...older.rosters, ...newer.rosters };
  return merged;
}

export interface SaveOptions {
  labels?: LabelLookup;
  /**
   * The `updatedAt` of the stored draft the edits were made on. When the draft was saved since (another
   * window), the save is refused with a DraftConflictError and nothing is written.
   */
  baseUpdatedAt?: number;
  /** Keep the stored state as a revision before overwriting it (a merge over another window's save). */
  keepOverwritten?: boolean;
}

/** A save refused because another window saved the draft after the edits' base; nothing was written. */
export class DraftConflictError extends StorageError {
  constructor(readonly storedUpdatedAt: number) {
    super(
      'conflict',
      '此申报已在另一个窗口中修改，本次修改尚未保存。',
      'This application was changed in another window; this change is not saved yet.',
    );
  }
}

export interface SaveResult {
  draft: DraftRow;
  /** The revision this save recorded first (end of the previous burst of edits), if any. */
  revision: RevisionRow | null;
}

export const UNTITLED = '未命名申报';

/** Parses a row before it is written; a failure names the field, in Chinese and in English. */
export function checkDraftRow(row: DraftRow): DraftRow {
  return parseRow(draftRowSchema, row, DRAFT_NAME);
}

async function assertApplicantExists(db: GrantDeskDb, applicantId: string | null | undefined): Promise<void> {
  if (applicantId && !(await db.applicants.get(applicantId))) throw notFound(APPLICANT_NAME, applicantId);
}

/** Creates a draft in status 草稿, with its rosters, in one transaction. */
export async function createDraft(db: GrantDeskDb, input: NewDraftInput): Promise<DraftRow> {
  const now = db.now();
  const draft = checkDraftRow({
    id: db.newId(),
    policy: input.policy,
    ...(input.policyVersion ? { policyVersion: input.policyVersion } : {}),
    program: input.program,
    title: input.title?.trim() || UNTITLED,
    status: 'draft',
    deadline: input.deadline ?? null,
    applicationDate: input.applicationDate ?? null,
    createdAt: now,
    updatedAt: now,
    ...(input.applicantId ? { applicantId: input.applicantId } : {}),
    data: toJsonObject(input.data, DRAFT_CONTENT),
    statusHistory: [{ status: 'draft', at: now }],
  });
  return writeTransaction(db, [db.drafts, db.rosterRows, db.applicants], async () => {
    await assertApplicantExists(db, draft.applicantId);
    await db.drafts.add(draft);
    if (input.rosters) await replaceRostersInTx(db, draft.id, input.rosters);
    return draft;
  });
}

/** The draft row (also when soft-deleted: check deletedAt), or undefined. */
export async function getDraft(db: GrantDeskDb, id: string): Promise<DraftRow | undefined> {
  return db.drafts.get(id);
}

/** A draft with all its roster rows, read in one transaction so both sides match. */
export async function loadDraft(
  db: GrantDeskDb,
  id: string,
): Promise<{ draft: DraftRow; rosterRows: RosterRow[] } | undefined> {
  return db.transaction('r', [db.drafts, db.rosterRows], async () => {
    const draft = await db.drafts.get(id);
    return draft ? { draft, rosterRows: await listRosterRows(db, id) } : undefined;
  });
}

/** Reads a draft inside a transaction, refusing missing and soft-deleted ones. */
export async function getLiveDraftInTx(db: GrantDeskDb, id: string): Promise<DraftRow> {
  const draft = await db.drafts.get(id);
  if (!draft) throw notFound(DRAFT_NAME, id);
  if (draft.deletedAt !== undefined) {
    throw new StorageError(
      'deleted',
      '此申报已被删除，修改未保存。请先在草稿列表的回收站中恢复。',
      'This application has been deleted and the change was not saved. Restore it from the bin in the drafts list first.',
    );
  }
  return draft;
}

/**
 * Saves one logical edit: draft fields, replaced rosters and, when a burst of edits has ended
 * (two idle minutes, or ten minutes of continuous editing) or `keepOverwritten` asks, first a revision
 * of the state it replaces. All in one transaction: on any failure (e.g. a full disk, or a stale
 * `baseUpdatedAt`) nothing of it is written. Each save sets a larger `updatedAt` than the one before.
 */
export async function saveDraft(
  db: GrantDeskDb,
  id: string,
  patch: DraftPatch,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const data = patch.data === undefined ? undefined : toJsonObject(patch.data, DRAFT_CONTENT);
  return writeTransaction(db, [db.drafts, db.rosterRows, db.revisions, db.applicants], async () => {
    const current = await getLiveDraftInTx(db, id);
    if (options.baseUpdatedAt !== undefined && current.updatedAt !== options.baseUpdatedAt)
      throw new DraftConflictError(current.updatedAt);
    // Strictly increasing, so that updatedAt tells every save apart as the version a window's edits are based on.
    const now = Math.max(db.now(), current.updatedAt + 1);
    let revision: RevisionRow | null = null;
    const last = await lastRevisionInTx(db, id);
    if (options.keepOverwritten || burstRevisionDue(current, last, now)) {
      revision = await writeRevisionInTx(db, await readSnapshotInTx(db, current), 'edit', {
        labels: options.labels,
        createdAt: current.updatedAt,
        skipIfUnchanged: true,
      });
    }
    const { applicantId: _dropped, ...rest } = current;
    const applicantId = patch.applicantId === undefined ? current.applicantId : patch.applicantId;
    if (patch.applicantId) await assertApplicantExists(db, patch.applicantId);
    const next = checkDraftRow({
      ...rest,
      ...(applicantId ? { applicantId } : {}),
      title: patch.title === undefined ? current.title : patch.title.trim() || UNTITLED,
      deadline: patch.deadline === undefined ? current.deadline : patch.deadline,
      applicationDate: patch.applicationDate === undefined ? current.applicationDate : patch.applicationDate,
      data: data ?? current.data,
      ...(patch.policyVersion ? { policyVersion: patch.policyVersion } : {}),
      ...(patch.declinedPolicyVersion ? { declinedPolicyVersion: patch.declinedPolicyVersion } : {}),
      updatedAt: now,
    });
    await db.drafts.put(next);
    if (patch.rosters) await replaceRostersInTx(db, id, patch.rosters);
    return { draft: next, revision };
  });
}
