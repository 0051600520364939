import {
  applicationSequence,
  checkForPrint,
  renderApplicationPdf,
  type ApplicationPdf,
  type NumberedDraft,
} from '../../shared/forms';
import type { Pack } from '../../shared/policy/types';
import type { Draft, ProgramId } from '../../shared/schemas';
import { formTemplate } from '../../templates';
import { getAttachment, listAttachments, withStoredAttachments, type GrantDeskDb } from '../db';
import type { Typeface } from '../../shared/pdf';
import { formFonts } from './form-font';
import { savedTypeface } from './typeface-setting';

export type PrintOutcome =
  | { kind: 'ok'; pdf: ApplicationPdf; fileName: string; packVersion: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'has-errors'; count: number };

/** A file name every system accepts: no path separators or reserved characters. */
export function safeName(name: string): string {
  const printable = [...name].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  return printable.replace(/[\\/:*?"<>|]/g, '-').slice(0, 150);
}

/** The pack version a print records: the pack and the version whose rules checked it (`quzhou-2025@2025.1`). */
export const packVersion = (policy: string, pack: Partial<Pick<Pack, 'id' | 'version'>>) =>
  `${pack.id ?? policy}@${pack.version ?? '?'}`;

// The applicant's code as stored in a draft row's data (the applicant block lives there).
function orgCodeOf(data: unknown): string {
  const code = (data as { applicant?: { orgCode?: unknown } } | undefined)?.applicant?.orgCode;
  return typeof code === 'string' ? code : '';
}

/**
 * The draft's sequence in its 申报编号: its place by creation among the stored drafts (bin included)
 * of the same applicant, program and year; the draft itself as it is being printed.
 */
export async function draftSequence(db: GrantDeskDb, draftId: string, draft: Draft): Promise<number> {
  const rows = await db.drafts.where('program').equals(draft.program).toArray();
  const all: NumberedDraft[] = rows.map((r) => ({
    id: r.id,
    program: r.program,
    applicationDate: r.applicationDate ?? '',
    orgCode: orgCodeOf(r.data),
    createdAt: r.createdAt,
  }));
  const self = rows.find((r) => r.id === draftId);
  return applicationSequence(
    {
      id: draftId,
      program: draft.program,
      // A draft printed as 草稿 may not parse yet: its date or code may be missing.
      applicationDate: draft.applicationDate ?? '',
      orgCode: orgCodeOf(draft),
      createdAt: self?.createdAt ?? Number.MAX_SAFE_INTEGER,
    },
    all,
  );
}

/**
 * Renders the application form of a draft envelope, with its attachments appended. A draft with
 * errors is refused unless `force`, and then every page is stamped 草稿. The typeface is the one
 * chosen in 设置 unless given.
 */
export async function printDraft(
  db: GrantDeskDb,
  draftId: string,
  envelope: unknown,
  force: boolean,
  /** The pack version the draft is pinned to; the registry's pack of its id when absent. */
  pinned?: Pack,
  typeface: Typeface = savedTypeface(),
): Promise<PrintOutcome> {
  // Evidence is ticked only for files really stored (a listed file whose bytes are gone ticks nothing).
  const stored = await withStoredAttachments(db, draftId, envelope);
  const { check, draft: parsed, source } = checkForPrint(stored, pinned ? { pack: pinned } : {});
  const incomplete: PrintOutcome = {
    kind: 'incomplete',
    message: '申报内容还不完整（有必填项未填），暂时无法生成申报表。请先处理“政策核对”中的错误。',
  };
  if (!source) return incomplete;
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !force) return { kind: 'has-errors', count: errors };
  // A draft that does not parse yet (a wrong code, say) can still be printed as 草稿, as typed.
  const draft = parsed ?? (stored as Draft);
  const files = await Promise.all(
    (await listAttachments(db, draftId)).map(async (meta) => {
      const row = await getAttachment(db, meta.id);
      return {
        name: meta.name,
        mime: meta.mime,
        bytes: new Uint8Array(row ? await row.blob.arrayBuffer() : new ArrayBuffer(0)),
      };
    }),
  );
  let pdf: ApplicationPdf;
  try {
    pdf = await renderApplicationPdf(draft, {
      template: formTemplate(draft.program as ProgramId),
      fonts: await formFonts(typeface),
      source,
      checkResult: check,
      packVersion: packVersion(draft.policy, source.pack),
      attachments: files,
      sequence: await draftSequence(db, draftId, draft),
      force,
    });
  } catch (e) {
    // Only the unparsed draft can lack what the form needs; a parsed one fails for real reasons.
    if (parsed) throw e;
    return incomplete;
  }
  const base = `${draft.applicant.name}-${source.program.title.zh}申报表${pdf.watermarked ? '（草稿）' : ''}`;
  return {
    kind: 'ok',
    pdf,
    fileName: `${safeName(base)}.pdf`,
    packVersion: packVersion(draft.policy, source.pack),
  };
}
