// Going back to a revision: the state before is kept as a revision first, so a revert can be undone.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow, RevisionRow } from './row-schemas';
import { StorageError } from './errors';
import { writeTransaction } from './json';
import { checkDraftRow, getLiveDraftInTx } from './drafts';
import { setAllRosterRowsInTx } from './roster-rows';
import { readSnapshotInTx, writeRevisionInTx } from './revisions';
import { listedHashes, matchAttachmentsToListInTx } from './attachments';
import type { LabelLookup } from './revision-summary';

/**
 * Restores the content of a revision (title, dates, applicant, data, rosters) into the draft, after
 * recording the current state as a revision with reason 'revert'. The files the revision lists come
 * back with it (their bytes were kept), and files it does not list are marked removed. Status and its
 * history are facts about the paper application and stay as they are. One transaction.
 */
export async function restoreRevision(
  db: GrantDeskDb,
  draftId: string,
  revisionId: string,
  options: { labels?: LabelLookup } = {},
): Promise<{ draft: DraftRow; saved: RevisionRow }> {
  return writeTransaction(
    db,
    [db.drafts, db.rosterRows, db.revisions, db.applicants, db.attachments],
    async () => {
      const target = await db.revisions.get(revisionId);
      if (!target || target.draftId !== draftId) {
        throw new StorageError(
          'not-found',
          '找不到要恢复的历史版本，可能已超出保留数量被清理。',
          'The version to restore was not found; it may have been pruned beyond the number of versions kept.',
        );
      }
      const current = await getLiveDraftInTx(db, draftId);
      const saved = await writeRevisionInTx(db, await readSnapshotInTx(db, current), 'revert', options);
      const { applicantId: _current, ...rest } = current;
      const old = target.snapshot.draft;
      // An applicant deleted since the snapshot cannot come back: keep the current one then.
      const applicantId =
        old.applicantId && (await db.applicants.get(old.applicantId)) ? old.applicantId : current.applicantId;
      const next = checkDraftRow({
        ...rest,
        ...(applicantId ? { applicantId } : {}),
        title: old.title,
        deadline: old.deadline,
        applicationDate: old.applicationDate,
        data: old.data,
        updatedAt: Math.max(db.now(), current.updatedAt),
      });
      await db.drafts.put(next);
      await setAllRosterRowsInTx(db, draftId, target.snapshot.rosterRows);
      await matchAttachmentsToListInTx(db, draftId, new Set(listedHashes(old.data)));
      return { draft: next, saved: saved! };
    },
  );
}
