// Duplicate: start this year's application from last year's.
import type { GrantDeskDb } from './grantdesk-db';
import type { DraftRow } from './row-schemas';
import { DRAFT_NAME, notFound } from './errors';
import { writeTransaction } from './json';
import { checkDraftRow } from './drafts';
import { listRosterRows } from './roster-rows';

export const DUPLICATE_SUFFIX = ' (副本)';
export const DUPLICATE_SUFFIX_EN = ' (copy)';

/**
 * Copies a draft under a new id: same policy, program, applicant, data and rosters (rows get new
 * ids); dates cleared, status back to 草稿, no print hash, no revisions, title "… (副本)" (or "… (copy)"
 * in the English interface).
 * Attachments are copied only when asked (the Blob is shared, not duplicated, by IndexedDB).
 */
export async function duplicateDraft(
  db: GrantDeskDb,
  id: string,
  options: { includeAttachments?: boolean; lang?: 'zh' | 'en' } = {},
): Promise<DraftRow> {
  return writeTransaction(db, [db.drafts, db.rosterRows, db.attachments], async () => {
    const source = await db.drafts.get(id);
    if (!source) throw notFound(DRAFT_NAME, id);
    const now = db.now();
    const copy = checkDraftRow({
      id: db.newId(),
      policy: source.policy,
      program: source.program,
      title: `${source.title}${options.lang === 'en' ? DUPLICATE_SUFFIX_EN : DUPLICATE_SUFFIX}`,
      status: 'draft',
      deadline: null,
      applicationDate: null,
      createdAt: now,
      updatedAt: now,
      ...(source.applicantId ? { applicantId: source.applicantId } : {}),
      data: structuredClone(source.data),
      statusHistory: [{ status: 'draft', at: now }],
    });
    await db.drafts.add(copy);
    const rows = await listRosterRows(db, id);
    await db.rosterRows.bulkAdd(rows.map((r) => ({ ...r, id: db.newId(), draftId: copy.id })));
    if (options.includeAttachments) {
      const files = await db.attachments.where('draftId').equals(id).toArray();
      await db.attachments.bulkAdd(files.map((f) => ({ ...f, id: db.newId(), draftId: copy.id })));
    }
    return copy;
  });
}
