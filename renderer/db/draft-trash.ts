// Soft delete: a deleted draft stays in the trash, restorable, until purged.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow } from './row-schemas';
import { DRAFT_NAME, StorageError, notFound } from './errors';
import { writeTransaction } from './json';
import { purgeUnnamedAttachments } from './attachments';

/** How long a deleted draft stays in the bin before the app removes it for good. */
export const TRASH_DAYS = 30;
export const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000;

/** Moves a draft to the trash (sets deletedAt). Its rosters, attachments and revisions stay. */
export async function deleteDraft(db: GrantDeskDb, id: string): Promise<DraftRow> {
  return writeTransaction(db, [db.drafts], async () => {
    const draft = await db.drafts.get(id);
    if (!draft) throw notFound(DRAFT_NAME, id);
    if (draft.deletedAt !== undefined) return draft;
    const next = { ...draft, deletedAt: db.now() };
    await db.drafts.put(next);
    return next;
  });
}

/** Undo of deleteDraft: takes the draft out of the trash, as it was. */
export async function restoreDeleted(db: GrantDeskDb, id: string): Promise<DraftRow> {
  return writeTransaction(db, [db.drafts], async () => {
    const draft = await db.drafts.get(id);
    if (!draft)
      throw new StorageError(
        'not-found',
        '此申报已被彻底删除，无法恢复。',
        'This application has been deleted for good and cannot be restored.',
      );
    const { deletedAt: _deletedAt, ...next } = draft;
    await db.drafts.put(next);
    return next;
  });
}

/**
 * Deletes for good the drafts put in the trash before `olderThan` (epoch ms), with their rosters,
 * attachments, revisions and print records; then removed files nothing names. Returns the ids purged.
 */
export async function purgeDeleted(db: GrantDeskDb, olderThan: number): Promise<string[]> {
  const purged = await writeTransaction(db, db.allTables(), async () => {
    const ids = (await db.drafts.where('deletedAt').below(olderThan).primaryKeys()) as string[];
    for (const table of [db.rosterRows, db.attachments, db.revisions, db.exports]) {
      await table.where('draftId').anyOf(ids).delete();
    }
    await db.drafts.bulkDelete(ids);
    return ids;
  });
  // Files removed from live drafts go too, once no revision names them any more (pruned past 50).
  await purgeUnnamedAttachments(db);
  return purged;
}
