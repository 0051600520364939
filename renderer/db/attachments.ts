// Attachments: files (scans, certificates) kept as Blobs next to the draft they belong to.
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

/** Stores a file for a draft, with its size and SHA-256. */
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
  const row: AttachmentRow = {
    id: db.newId(),
    draftId,
    name,
    mime,
    size: blob.size,
    sha256: await sha256Hex(blob),
    blob,
  };
  return writeTransaction(db, [db.drafts, db.attachments], async () => {
    await getLiveDraftInTx(db, draftId);
    await db.attachments.add(row);
    const { blob: _blob, ...meta } = row;
    return meta;
  });
}

/** The attachments of a draft, metadata only (the Blobs are not read). */
export async function listAttachments(db: GrantDeskDb, draftId: string): Promise<AttachmentMeta[]> {
  const rows = await db.attachments.where('draftId').equals(draftId).toArray();
  return rows.map(({ blob: _blob, ...meta }) => meta).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One attachment with its Blob, or undefined. */
export async function getAttachment(db: GrantDeskDb, id: string): Promise<AttachmentRow | undefined> {
  return db.attachments.get(id);
}

/** Removes an attachment for good. */
export async function removeAttachment(db: GrantDeskDb, id: string): Promise<void> {
  await writeTransaction(db, [db.attachments], async () => {
    await db.attachments.delete(id);
  });
}
