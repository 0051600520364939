// 确认导入: keeps 导入前, stores each invoice's evidence file with its hash, then adds the rows and the basis.
import { openZip } from '../../../../shared/invoices/zip-entries';
import { addAttachment, newId, removeAttachment, type GrantDeskDb } from '../../../db';
import type { DraftEditor } from '../use-draft-editor';
import type { InvoiceImportPlan } from './invoice-import-dialog';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  xml: 'application/xml',
};

/** The MIME type an invoice file is stored under, from its extension. */
export function invoiceMime(name: string): string {
  return MIME[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** The bytes of a result's file: a picked file, or an entry of a picked zip (`批量.zip/a/b.pdf`). */
async function bytesOf(name: string, files: InvoiceImportPlan['files']): Promise<Uint8Array> {
  const direct = files.get(name);
  if (direct) return new Uint8Array(await direct.arrayBuffer());
  const zipName = [...files.keys()].find((k) => name.startsWith(`${k}/`));
  const zip = zipName ? files.get(zipName) : undefined;
  const entry = zip && openZip(new Uint8Array(await zip.arrayBuffer())).read(name.slice(zipName!.length + 1));
  if (!entry) throw new Error(`「${name}」已不在所选文件中`);
  return entry;
}

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/**
 * Writes a confirmed import: a 导入前 revision first, then one evidence file per imported invoice
 * (kind `invoices`, stored with its SHA-256), then the rows, the amount basis and its reason. When a
 * file cannot be stored, the files stored so far are taken off again and nothing else is written.
 */
export async function applyInvoiceImport(
  db: GrantDeskDb,
  editor: DraftEditor,
  plan: InvoiceImportPlan,
): Promise<{ rows: number; files: number; amountFen: number }> {
  await editor.keepRevision('import');
  const { draft } = editor;
  const listing = [...draft.attachments];
  const added: string[] = [];
  const written = plan.preview.rows.filter((r) => r.write);
  try {
    for (const row of written) {
      const name = baseName(row.evidenceFile.file);
      const meta = await addAttachment(db, draft.id, {
        name,
        mime: invoiceMime(name),
        bytes: await bytesOf(row.evidenceFile.file, plan.files),
      });
      if (listing.some((a) => a['sha256'] === meta.sha256)) continue;
      added.push(meta.id);
      listing.push({
        name: meta.name,
        mime: meta.mime,
        size: meta.size,
        sha256: meta.sha256,
        evidence: 'invoices',
      });
    }
  } catch (e) {
    for (const id of added) await removeAttachment(db, id);
    throw e;
  }
  const existing = (draft.data['investments'] as Record<string, unknown>[] | undefined) ?? [];
  editor.setTable('investments', [...existing, ...written.map((r) => ({ ...r.write, _rowId: newId() }))]);
  editor.setValue('data.investmentBasis', plan.basis);
  editor.setValue('data.investmentBasisReason', plan.reason || undefined);
  editor.setValue('attachments', listing);
  await editor.flush();
  // The form holds its own field values: read the draft again so the basis fields show what was written.
  await editor.reload();
  return { rows: written.length, files: added.length, amountFen: plan.preview.writtenFen };
}
