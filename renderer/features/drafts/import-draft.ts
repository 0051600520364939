import { draftHeaderSchema } from '../../../shared/schemas';
import { toStorageError, type DraftRow, type GrantDeskDb } from '../../db';
import type { PickedFile } from '../../platform';
import { fill, type Lang } from '../../i18n/feature-text';
import { asEnvelope, createDraftFromEnvelope } from './create-draft';
import { messages, type DraftsText } from './messages';
import { errorText } from '../../i18n/error-text';
import { extractDraftOffThread } from '../../workers/read-pdf-off-thread';

/** A file that is not a draft, with the reason naming the file (and the field where known). */
export class DraftImportError extends Error {
  override name = 'DraftImportError';
}

async function draftJsonOf(file: PickedFile, text: DraftsText, lang: Lang): Promise<unknown> {
  const name = file.name;
  if (name.toLowerCase().endsWith('.pdf')) {
    // The PDF is read in a worker with a time limit (pdf-lib loads there, not with the drafts list).
    const extracted = await extractDraftOffThread(file.bytes).catch((e: unknown) => {
      throw new DraftImportError(fill(text.importUnreadable, { name, error: errorText(e, lang) }));
    });
    if (!extracted) throw new DraftImportError(fill(text.importNotPrinted, { name }));
    if (!extracted.hashMatches) throw new DraftImportError(fill(text.importHashMismatch, { name }));
    return extracted.draft;
  }
  const json = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new DraftImportError(fill(text.importNotJson, { name }));
  }
}

/**
 * Imports a draft file (grantdesk/draft@1 JSON, or a PDF GrantDesk printed, which carries its draft)
 * as a new draft. Only the envelope is required to be right: the editor's checks judge the content.
 * The applicant profile, the draft and its rosters are written in one transaction: a failure (a full
 * disk) leaves none of them. Refusals (and a missing title) are worded in `lang`, Chinese unless given.
 */
export async function importDraftFile(
  db: GrantDeskDb,
  file: PickedFile,
  lang: Lang = 'zh',
): Promise<DraftRow> {
  const text = messages[lang];
  const json = await draftJsonOf(file, text, lang);
  const header = draftHeaderSchema.safeParse(json);
  if (!header.success) {
    const issue = header.error.issues[0];
    const field = issue?.path.join('.') || text.importWhole;
    throw new DraftImportError(fill(text.importNotDraft, { name: file.name, field }));
  }
  const envelope = asEnvelope(json as Record<string, unknown>);
  try {
    return await db.transaction('rw', [db.applicants, db.drafts, db.rosterRows], () =>
      createDraftFromEnvelope(db, envelope, { lang }),
    );
  } catch (error) {
    throw toStorageError(error);
  }
}
