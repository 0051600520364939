// The printable application: form, attachments, the draft inside as draft.json, metadata and hashes.
import { PDFDocument } from 'pdf-lib';
import { readAttachments, renderDocument, type PdfFonts, type TextBox } from '../pdf';
import { AttachmentTooLargeError } from '../pdf/attachments';
import type { AmountResult, Finding } from '../policy/types';
import type { Draft } from '../schemas';
import {
  attachmentBlocks,
  placeAttachments,
  prepareAttachments,
  type FormAttachmentFile,
} from './attachment-pages';
import { inChecklistOrder } from './attachment-order';
import { buildFormModel, formTitle, type FormSource } from './build-form';
import { FormError, notAPdf } from './errors';
import { sha256Hex } from './sha256';
import type { FormTemplate } from './template-schema';

/** Name of the embedded draft file. */
export const DRAFT_ATTACHMENT = 'draft.json';
/** Largest embedded draft.json read back (a draft with a 5,000-row roster is about 2 MB). */
export const MAX_DRAFT_JSON_BYTES = 32 * 1024 * 1024;
/** The stamp on every page of a draft printed with errors. */
export const DRAFT_WATERMARK = '草稿';

export interface ApplicationPdfOptions {
  template: FormTemplate;
  fonts: PdfFonts;
  source: FormSource;
  checkResult: { findings: readonly Finding[]; amount: AmountResult };
  /** Recorded as `pack:<version>` in the keywords, so a print says which rules it was checked by. */
  packVersion: string;
  /** Files printed after the form, in the evidence checklist's order (by `evidence`, else by the draft attachment of that name). */
  attachments?: readonly FormAttachmentFile[];
  /** Evidence ids to tick; defaults to the draft's attachments. */
  attachmentsPresent?: Iterable<string>;
  /** The draft's sequence for its 申报编号 (`applicationSequence` of the applicant's drafts); default 1. */
  sequence?: number;
  /** Print a draft with errors anyway, stamped 草稿 on every page. */
  force?: boolean;
  /** Fixes CreationDate/ModDate (the same input then gives the same bytes). */
  creationDate?: Date;
  /** Also return the text boxes drawn (for ink tests). */
  debug?: boolean;
}

export interface ApplicationPdf {
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, for the app's export record. */
  sha256: string;
  /** SHA-256 of the embedded draft.json (also in the keywords as `sha256:<hash>`). */
  draftSha256: string;
  title: string;
  pageCount: number;
  /** Pages of the form itself; attachment pages follow. */
  formPageCount: number;
  watermarked: boolean;
  /** Text drawn by the engine (only with `debug`). */
  textBoxes: TextBox[];
  missingCharacters: string[];
}

/** The draft as embedded: pretty JSON with a final newline. */
export function draftJson(draft: unknown): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

function errorList(findings: readonly Finding[]): string {
  return findings
    .map((f, i) => `${i + 1}. ${f.message}${f.clause ? `（${f.clause.docNumber} ${f.clause.ref}）` : ''}`)
    .join('\n');
}

// The citation keeps the document's own numbering, as the English checks panel shows it.
function errorListEn(findings: readonly Finding[]): string {
  return findings
    .map((f, i) => `${i + 1}. ${f.messageEn}${f.clause ? ` (${f.clause.docNumber} ${f.clause.ref})` : ''}`)
    .join('\n');
}

/**
 * Renders the application PDF of a checked draft. Refuses a draft with error findings unless
 * `force`, and then stamps 草稿 on every page. Attachments are all read before anything is drawn.
 * @throws FormError `draft-has-errors` (listing them) or `attachment-unreadable` (naming the file).
 */
export async function renderApplicationPdf(
  draft: Draft,
  options: ApplicationPdfOptions,
): Promise<ApplicationPdf> {
  const errors = options.checkResult.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !options.force)
    throw new FormError(
      'draft-has-errors',
      `草稿有 ${errors.length} 处错误，不能打印正式申报表：\n${errorList(errors)}`,
      `The draft has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} and cannot be printed as the final application:\n${errorListEn(errors)}`,
      errors,
    );
  const ordered = inChecklistOrder(
    options.attachments ?? [],
    draft.attachments ?? [],
    options.source.program.evidence,
  );
  const prepared = await prepareAttachments(ordered);
  const model = buildFormModel(options.template, draft, {
    pack: options.source.pack,
    program: options.source.program,
    amount: options.checkResult.amount,
    findings: options.checkResult.findings,
    ...(options.attachmentsPresent ? { attachmentsPresent: options.attachmentsPresent } : {}),
    ...(options.sequence !== undefined ? { sequence: options.sequence } : {}),
  });
  const attachmentPages = prepared.reduce((n, a) => n + a.pages, 0);
  model.blocks.push(...(attachmentBlocks(prepared) as typeof model.blocks));

  const json = new TextEncoder().encode(draftJson(draft));
  const draftSha256 = await sha256Hex(json);
  const title = formTitle(options.template, options.source, draft);
  const watermarked = errors.length > 0;
  const rendered = await renderDocument(model, options.fonts, {
    debug: true,
    ...(watermarked ? { watermark: DRAFT_WATERMARK } : {}),
    ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    metadata: {
      title: `${title}（${draft.applicant.name}）`,
      subject: options.source.program.title.zh,
      author: draft.applicant.name,
      keywords: [
        `policy:${draft.policy}`,
        `program:${draft.program}`,
        `pack:${options.packVersion}`,
        `draft:${draft.id}`,
        `sha256:${draftSha256}`,
      ],
    },
    attachments: [
      {
        name: DRAFT_ATTACHMENT,
        bytes: json,
        mimeType: 'application/json',
        description: '申报草稿（导入可恢复）',
      },
    ],
  });
  let bytes = rendered.bytes;
  if (prepared.length > 0) {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    await placeAttachments(doc, rendered.pageCount - attachmentPages, prepared);
    bytes = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  }
  return {
    bytes,
    sha256: await sha256Hex(bytes),
    draftSha256,
    title,
    pageCount: rendered.pageCount,
    formPageCount: rendered.pageCount - attachmentPages,
    watermarked,
    textBoxes: options.debug ? rendered.textBoxes : [],
    missingCharacters: rendered.missingCharacters,
  };
}

export interface ExtractedDraft {
  /** The embedded JSON text, exactly. */
  json: string;
  /** The parsed JSON: validate it with `draftSchema` before use. */
  draft: unknown;
  sha256: string;
  /** True when the keywords carry the same `sha256:` (the file inside was not swapped). */
  hashMatches: boolean;
}

/**
 * The draft embedded in a printed application, or null when the PDF carries none.
 * @throws FormError `not-a-pdf` when the bytes are not a readable PDF (or pass a reading limit),
 * `no-draft-inside` when draft.json is not JSON or is past {@link MAX_DRAFT_JSON_BYTES}.
 */
export async function extractDraftFromPdf(pdf: Uint8Array): Promise<ExtractedDraft | null> {
  let keywords: string;
  let files;
  try {
    files = await readAttachments(pdf, { only: DRAFT_ATTACHMENT, maxBytes: MAX_DRAFT_JSON_BYTES });
    keywords = (await PDFDocument.load(pdf, { updateMetadata: false })).getKeywords() ?? '';
  } catch (err) {
    if (err instanceof AttachmentTooLargeError)
      throw new FormError(
        'no-draft-inside',
        `PDF 中的 ${DRAFT_ATTACHMENT} 超过 ${MAX_DRAFT_JSON_BYTES / 1024 / 1024} MB，不是 GrantDesk 打印的草稿`,
        `The ${DRAFT_ATTACHMENT} inside the PDF is larger than ${MAX_DRAFT_JSON_BYTES / 1024 / 1024} MB: it is not a draft GrantDesk printed`,
        err,
      );
    throw notAPdf(err);
  }
  const file = files.find((f) => f.name === DRAFT_ATTACHMENT);
  if (!file) return null;
  const json = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
  let draft: unknown;
  try {
    draft = JSON.parse(json);
  } catch (err) {
    throw new FormError(
      'no-draft-inside',
      `PDF 中的 ${DRAFT_ATTACHMENT} 不是有效的 JSON`,
      `The ${DRAFT_ATTACHMENT} inside the PDF is not valid JSON`,
      err,
    );
  }
  const sha256 = await sha256Hex(file.bytes);
  return { json, draft, sha256, hashMatches: keywords.split(/\s+/).includes(`sha256:${sha256}`) };
}
