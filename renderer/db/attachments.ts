// Attachments: files (scans, certificates) kept as Blobs next to the draft they belong to. A removed file
// is only marked removed: its bytes stay while the draft, a revision or the bin still names it.
import type { GrantDeskDb } from './grantdesk-db';
import type { AttachmentMeta, AttachmentRow } from './row-schemas';
import { StorageError } from './errors';
import { sha256Hex } from './hash';
import { writeTransaction } from './json';
import { getLiveDraftInTx } from './drafts';

export interface AttachmentInput {
  name: string;
  mime?: string;
  bytes: Blob | Uint8Array;
}

const meta = ({ blob: _blob, ...rest }: AttachmentRow): AttachmentMeta => rest;

/**
 * Stores a file for a draft, with its size and SHA-256. The same bytes again are not stored twice:
 * a removed copy comes back (under the new name), a present one is returned as it is.
 */
export async function addAttachment(
  db: GrantDeskDb,
  draftId: string,
  input: AttachmentInput,
): Promise<AttachmentMeta> {
  const mime = input.mime ?? (input.bytes instanceof Blob ? input.bytes.type : '');
  const blob =
    input.bytes instanceof Blob ? input.bytes : new Blob([input.bytes as BlobPart], { type: mime });
  const name = input.name.trim();
  if (!name) throw new StorageError('invalid-input', '附件名称不能为空。', 'An attachment needs a name.');
  const sha256 = await sha256Hex(blob);
  return writeTransaction(db, [db.drafts, db.attachments], async () => {
    await getLiveDraftInTx(db, draftId);
    const same = await db.attachments.where('[draftId+sha256]').equals([draftId, sha256]).first();
    if (same) {
      const { removedAt: _removedAt, ...kept } = same;
      const next: AttachmentRow = same.removedAt === undefined ? same : { ...kept, name, mime };
      if (next !== same) await db.attachments.put(next);
      return meta(next);
    }
    const row: AttachmentRow = { id: db.newId(), draftId, name, mime, size: blob.size, sha256, blob };
    await db.attachments.add(row);
    return meta(row);
  });
}

/** The files a draft has now (removed ones left out), metadata only (the Blobs are not read). */
export async function listAttachments(db: GrantDeskDb, draftId: string): Promise<AttachmentMeta[]> {
  const rows = await db.attachments.where('draftId').equals(draftId).toArray();
  return rows
    .filter((r) => r.removedAt === undefined)
    .map(meta)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One attachment with its Blob, or undefined. */
export async function getAttachment(db: GrantDeskDb, id: string): Promise<AttachmentRow | undefined> {
  return db.attachments.get(id);
}

/**
 * Takes a file off the draft. Its bytes are kept (marked removed) so that restoring a revision that
 * lists it brings it back; they go for good once nothing names the file (see purgeUnnamedAttachments).
 */
export async function removeAttachment(db: GrantDeskDb, id: string): Promise<void> {
  await writeTransaction(db, [db.attachments], async () => {
    const row = await db.attachments.get(id);
    if (row && row.removedAt === undefined) await db.attachments.put({ ...row, removedAt: db.now() });
  });
}

/**
 * Marks a draft's files present exactly when `listed` (SHA-256s of the restored list) names them:
 * removed ones come back, others are marked removed. Inside a transaction covering attachments.
 */
export async function matchAttachmentsToListInTx(
  db: GrantDeskDb,
  draftId: string,
  listed: ReadonlySet<string>,
): Promise<void> {
  const rows = await db.attachments.where('draftId').equals(draftId).toArray();
  for (const row of rows) {
    const { removedAt, ...kept } = row;
    if (listed.has(row.sha256) && removedAt !== undefined) await db.attachments.put(kept);
    else if (!listed.has(row.sha256) && removedAt === undefined)
      await db.attachments.put({ ...row, removedAt: db.now() });
  }
}

/** The SHA-256s a stored `data` value lists in its `attachments`. */
export function listedHashes(data: unknown): string[] {
  const list = (data as { attachments?: unknown } | undefined)?.attachments;
  if (!Array.isArray(list)) return [];
  return list.flatMap((a: unknown) => {
    const sha = (a as { sha256?: unknown } | null)?.sha256;
    return typeof sha === 'string' ? [sha.toLowerCase()] : [];
  });
}

/**
 * Deletes for good the removed files nothing names any more: not the draft (live or in the bin), not
 * any of its revisions. Returns how many were deleted.
 */
export async function purgeUnnamedAttachments(db: GrantDeskDb): Promise<number> {
  return writeTransaction(db, [db.drafts, db.attachments, db.revisions], async () => {
    const removed = await db.attachments.where('removedAt').aboveOrEqual(0).toArray();
    const byDraft = new Map<string, AttachmentRow[]>();
    for (const row of removed) byDraft.set(row.draftId, [...(byDraft.get(row.draftId) ?? []), row]);
    const doomed: string[] = [];
    for (const [draftId, rows] of byDraft) {
      const named = new Set(listedHashes((await db.drafts.get(draftId))?.data));
      await db.revisions
        .where('draftId')
        .equals(draftId)
        .each((r) => listedHashes(r.snapshot.draft.data).forEach((sha) => named.add(sha)));
      doomed.push(...rows.filter((r) => !named.has(r.sha256)).map((r) => r.id));
    }
    await db.attachments.bulkDelete(doomed);
    return doomed.length;
  });
}
