import { extractDraftFromPdf } from '../../../shared/forms';
import { draftHeaderSchema } from '../../../shared/schemas';
import type { DraftRow, GrantDeskDb } from '../../db';
import type { PickedFile } from '../../platform';
import { asEnvelope, createDraftFromEnvelope } from './create-draft';

/** A file that is not a draft, with the Chinese reason naming the file (and the field where known). */
export class DraftImportError extends Error {
  override name = 'DraftImportError';
}

async function draftJsonOf(file: PickedFile): Promise<unknown> {
  if (file.name.toLowerCase().endsWith('.pdf')) {
    const extracted = await extractDraftFromPdf(file.bytes).catch((e: unknown) => {
      throw new DraftImportError(`「${file.name}」无法读取：${e instanceof Error ? e.message : String(e)}`);
    });
    if (!extracted)
      throw new DraftImportError(`「${file.name}」不是 GrantDesk 打印的申报表：PDF 中没有嵌入草稿`);
    if (!extracted.hashMatches) {
      throw new DraftImportError(
        `「${file.name}」中嵌入的草稿与打印时的校验值不符（文件可能被修改），未导入`,
      );
    }
    return extracted.draft;
  }
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DraftImportError(`「${file.name}」不是有效的 JSON 文件`);
  }
}

/**
 * Imports a draft file (grantdesk/draft@1 JSON, or a PDF GrantDesk printed, which carries its draft)
 * as a new draft. Only the envelope is required to be right: the editor's checks judge the content.
 */
export async function importDraftFile(db: GrantDeskDb, file: PickedFile): Promise<DraftRow> {
  const json = await draftJsonOf(file);
  const header = draftHeaderSchema.safeParse(json);
  if (!header.success) {
    const issue = header.error.issues[0];
    const field = issue?.path.join('.') || '（整体）';
    throw new DraftImportError(
      `「${file.name}」不是 GrantDesk 草稿：字段 ${field} 不符（应为 grantdesk/draft@1 格式的草稿）`,
    );
  }
  return createDraftFromEnvelope(db, asEnvelope(json as Record<string, unknown>));
}
