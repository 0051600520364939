// Status changes: checked against the state machine, dated in statusHistory, recorded as a revision.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow, RevisionRow } from './row-schemas';
import { StorageError } from './errors';
import { writeTransaction } from './json';
import { getLiveDraftInTx } from './drafts';
import { readSnapshotInTx, writeRevisionInTx } from './revisions';
import type { LabelLookup } from './revision-summary';
import { transitionError, type DraftStatus, type TransitionChecks } from './status';

/**
 * Moves a draft to `to`. Refused (StorageError 'invalid-transition', Chinese message) when the state
 * machine does not allow it; 待打印 also needs `checks.hasErrors === false`. The new status is dated
 * in statusHistory and the resulting state recorded as a revision (reason 'status'), in one transaction.
 */
export async function changeDraftStatus(
  db: GrantDeskDb,
  id: string,
  to: DraftStatus,
  checks: TransitionChecks = {},
  options: { labels?: LabelLookup } = {},
): Promise<{ draft: DraftRow; revision: RevisionRow }> {
  return writeTransaction(db, [db.drafts, db.rosterRows, db.revisions], async () => {
    const current = await getLiveDraftInTx(db, id);
    const refusal = transitionError(current.status, to, checks);
    if (refusal) throw new StorageError('invalid-transition', refusal.message, refusal.messageEn);
    const at = Math.max(db.now(), current.updatedAt);
    const next: DraftRow = {
      ...current,
      status: to,
      updatedAt: at,
      statusHistory: [...current.statusHistory, { status: to, at }],
    };
    await db.drafts.put(next);
    const revision = await writeRevisionInTx(db, await readSnapshotInTx(db, next), 'status', {
      labels: options.labels,
      createdAt: at,
    });
    return { draft: next, revision: revision! };
  });
}
