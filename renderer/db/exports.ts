// Print records: which PDF was printed for a draft, against which policy pack.
import type { GrantDeskDb } from './grantdesk-db';
import { exportRowSchema, type ExportRow } from './row-schemas';
import { StorageError } from './errors';
import { writeTransaction } from './json';
import { getLiveDraftInTx } from './drafts';

/**
 * Records that a PDF was printed and stores its hash on the draft (printedHash), in one transaction.
 * Does not change the status: the caller moves the draft to 已打印 with changeDraftStatus.
 */
export async function recordExport(
  db: GrantDeskDb,
  draftId: string,
  input: { policyPackVersion: string; pdfSha256: string },
): Promise<ExportRow> {
  const parsed = exportRowSchema.safeParse({ id: db.newId(), draftId, at: db.now(), ...input });
  if (!parsed.success)
    throw new StorageError(
      'invalid-input',
      '打印记录无效：PDF 校验值应为 64 位十六进制。',
      'Invalid print record: the PDF checksum must be 64 hexadecimal digits.',
    );
  const row = parsed.data;
  return writeTransaction(db, [db.drafts, db.exports], async () => {
    const draft = await getLiveDraftInTx(db, draftId);
    await db.exports.add(row);
    await db.drafts.put({ ...draft, printedHash: row.pdfSha256 });
    return row;
  });
}

/** The print records of a draft, newest first. */
export async function listExports(db: GrantDeskDb, draftId: string): Promise<ExportRow[]> {
  const rows = await db.exports.where('draftId').equals(draftId).toArray();
  return rows.sort((a, b) => b.at - a.at);
}
