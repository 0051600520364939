// Attachments printed after the form: each image on its own captioned A4 page, each PDF page scaled
// onto a captioned page, an invoice data file (OFD, XML) as a page generated from its data, so the
// whole bundle carries one header, one font and one 第X页共Y页 count.
import { degrees, grayscale, PDFArray, PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { mm, type PdfDocumentModelInput } from '../pdf';
import type { Bilingual } from '../schemas';
import { FormError } from './errors';
import { imageSizeProblem, jpegProblem, pngProblem } from './image-check';
import { checkPageTree, checkPdfStreams, PdfLimitError } from '../pdf/pdf-guard';
import { readInvoiceFile } from '../invoices/read-invoice-file';
import type { Invoice } from '../invoices/types';
import { invoicePageBlocks } from './invoice-page';
import { looksLikeZip, ofdProblem } from './ofd-check';
import { sha256Hex } from './sha256';

type Block = PdfDocumentModelInput['blocks'][number];

/** A file to print after the form. */
export interface FormAttachmentFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** The evidence checklist item it proves (orders the printout); else found by name in the draft. */
  evidence?: string;
}

/** An attachment that was read successfully, with how many pages it takes. */
export type PreparedAttachment =
  | { kind: 'jpg' | 'png'; file: FormAttachmentFile; pages: 1 }
  | { kind: 'pdf'; file: FormAttachmentFile; pages: number; doc: PDFDocument }
  | { kind: 'invoice'; file: FormAttachmentFile; pages: 1; invoice: Invoice; sha256: string };

const CAPTION_SPACE = mm(40);
const SIDE = mm(20);
const BOTTOM = mm(22);

function unreadable(file: FormAttachmentFile, reason: Bilingual, cause?: unknown): FormError {
  return new FormError(
    'attachment-unreadable',
    `附件「${file.name}」无法读取：${reason.zh}`,
    `Attachment "${file.name}" cannot be read: ${reason.en}`,
    cause,
  );
}

const damaged = (what: Bilingual): Bilingual => ({
  zh: `文件已损坏，不是有效的 ${what.zh}`,
  en: `the file is damaged and is not a valid ${what.en}`,
});
const AS_JPG: Bilingual = { zh: 'JPG 图片', en: 'JPG image' };
const AS_PNG: Bilingual = { zh: 'PNG 图片', en: 'PNG image' };
const AS_PDF: Bilingual = { zh: 'PDF', en: 'PDF' };
const AS_OFD: Bilingual = { zh: 'OFD 文件', en: 'OFD file' };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const JPG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const isOfd = (file: FormAttachmentFile) => /\.ofd$/i.test(file.name) || /ofd/i.test(file.mime);
const isXml = (file: FormAttachmentFile) => /\.xml$/i.test(file.name) || /xml/i.test(file.mime);
// An XML file opens with its declaration or root element, after an optional byte-order mark and spaces.
const startsLikeXml = (b: Uint8Array) =>
  /^(\xEF\xBB\xBF)?\s*</.test(new TextDecoder('latin1').decode(b.subarray(0, 64)));

function kindOf(file: FormAttachmentFile): 'jpg' | 'png' | 'pdf' | 'ofd' | 'xml' {
  const b = file.bytes;
  if (startsWith(b, JPG)) return 'jpg';
  if (startsWith(b, PNG)) return 'png';
  if (startsWith(b, PDF)) return 'pdf';
  if (isOfd(file) && looksLikeZip(b)) return 'ofd';
  if (isXml(file) && startsLikeXml(b)) return 'xml';
  const mime = file.mime.toLowerCase();
  const claimed = /jpe?g/.test(mime)
    ? AS_JPG
    : mime.includes('png')
      ? AS_PNG
      : mime.includes('pdf')
        ? AS_PDF
        : isOfd(file)
          ? AS_OFD
          : null;
  throw unreadable(
    file,
    claimed
      ? damaged(claimed)
      : {
          zh: `不支持的文件类型（${file.mime}），请使用 JPG、PNG、PDF 或 OFD`,
          en: `unsupported file type (${file.mime}); use JPG, PNG, PDF or OFD`,
        },
  );
}

/** An invoice data file read for its generated page: the OFD measured by its directory first. */
async function prepareInvoice(file: FormAttachmentFile, kind: 'ofd' | 'xml'): Promise<PreparedAttachment> {
  const problem = kind === 'ofd' ? ofdProblem(file.bytes) : null;
  if (problem) throw unreadable(file, problem);
  const [result] = await readInvoiceFile(file.name, file.bytes);
  if (!result || !('invoice' in result))
    throw unreadable(
      file,
      result
        ? { zh: result.error.message, en: result.error.messageEn }
        : damaged(kind === 'ofd' ? AS_OFD : AS_PDF),
    );
  return { kind: 'invoice', file, pages: 1, invoice: result.invoice, sha256: await sha256Hex(file.bytes) };
}

/**
 * Reads every attachment before anything is drawn, so one bad file fails the whole print. An OFD or
 * invoice XML file is read for its data (its page is generated, see {@link attachmentBlocks}).
 * @throws FormError `attachment-unreadable` naming the file: corrupt, encrypted or unsupported.
 */
export async function prepareAttachments(
  files: readonly FormAttachmentFile[],
): Promise<PreparedAttachment[]> {
  const out: PreparedAttachment[] = [];
  for (const file of files) {
    const kind = kindOf(file);
    if (kind === 'ofd' || kind === 'xml') out.push(await prepareInvoice(file, kind));
    else if (kind === 'jpg' || kind === 'png') {
      const problem =
        (kind === 'jpg' ? jpegProblem(file.bytes) : pngProblem(file.bytes)) ??
        imageSizeProblem(kind, file.bytes);
      if (problem) throw unreadable(file, problem);
      out.push({ kind, file, pages: 1 });
    } else {
      let doc: PDFDocument;
      try {
        checkPdfStreams(file.bytes);
        doc = await PDFDocument.load(file.bytes, { ignoreEncryption: true, updateMetadata: false });
      } catch (err) {
        throw unreadable(file, err instanceof PdfLimitError ? err : damaged(AS_PDF), err);
      }
      // A PDF with only an owner (permissions) password opens without one, yet its content is still encrypted.
      if (doc.isEncrypted)
        throw unreadable(file, {
          zh: 'PDF 已加密（即使打开时不要求密码，设置了权限密码的 PDF 内容也是加密的），本程序无法读取加密内容；请在 PDF 阅读器中用「打印」→「另存为 PDF」保存一份未加密的副本后再添加',
          en: 'the PDF is encrypted (a PDF with only a permissions password opens without one, but its content is still encrypted) and cannot be read here; in a PDF viewer use Print → Save as PDF to make an unencrypted copy, and add that',
        });
      let pages: number;
      try {
        checkPageTree(doc);
        // A file with a PDF header but no page tree loads, then fails here.
        const all = doc.getPages();
        // A page naming a content stream the file does not hold would fail only when the PDF is saved.
        if (
          all.some((p) => p.node.get(PDFName.of('Contents')) !== undefined && p.node.Contents() === undefined)
        )
          throw new Error('a page names a content stream the file does not hold');
        pages = all.length;
      } catch (err) {
        throw unreadable(file, err instanceof PdfLimitError ? err : damaged(AS_PDF), err);
      }
      if (pages === 0) throw unreadable(file, { zh: 'PDF 没有页面', en: 'the PDF has no pages' });
      out.push({ kind, file, pages, doc });
    }
  }
  return out;
}

/** One captioned page per attachment page, appended to the form's blocks; an invoice's page is generated whole. */
export function attachmentBlocks(prepared: readonly PreparedAttachment[]): Block[] {
  return prepared.flatMap((a, i) =>
    a.kind === 'invoice'
      ? invoicePageBlocks(`附件 ${i + 1}：${a.file.name}`, a.invoice, { name: a.file.name, sha256: a.sha256 })
      : Array.from({ length: a.pages }, (_, p): Block[] => [
          { kind: 'pageBreak' },
          {
            kind: 'subtitle',
            text: `附件 ${i + 1}：${a.file.name}${a.pages > 1 ? `（共 ${a.pages} 页，第 ${p + 1} 页）` : ''}`,
            size: 12,
            weight: 'bold',
          },
        ]).flat(),
  );
}

/** The drawing area under the caption: width, height and bottom-left corner. */
function area(page: PDFPage) {
  const { width, height } = page.getSize();
  return { x: SIDE, y: BOTTOM, w: width - 2 * SIDE, h: height - CAPTION_SPACE - BOTTOM };
}

// Drawn content goes first in the page's content array, so the 草稿 watermark stays on top of it.
function moveLastContentFirst(page: PDFPage): void {
  page.node.normalize();
  const contents = page.node.Contents();
  if (!(contents instanceof PDFArray) || contents.size() < 2) return;
  const last = contents.get(contents.size() - 1);
  contents.remove(contents.size() - 1);
  contents.insert(0, last);
}

async function drawImage(doc: PDFDocument, page: PDFPage, a: PreparedAttachment): Promise<void> {
  let image;
  try {
    image = a.kind === 'jpg' ? await doc.embedJpg(a.file.bytes) : await doc.embedPng(a.file.bytes);
  } catch (err) {
    throw unreadable(a.file, damaged(a.kind === 'jpg' ? AS_JPG : AS_PNG), err);
  }
  const box = area(page);
  const s = Math.min(box.w / image.width, box.h / image.height);
  const [w, h] = [image.width * s, image.height * s];
  page.drawImage(image, { x: box.x + (box.w - w) / 2, y: box.y + box.h - h, width: w, height: h });
  moveLastContentFirst(page);
}

async function drawPdfPage(
  doc: PDFDocument,
  page: PDFPage,
  src: PDFPage,
  file: FormAttachmentFile,
): Promise<void> {
  const rotation = ((src.getRotation().angle % 360) + 360) % 360;
  const turned = rotation === 90 || rotation === 270;
  // A page without a /Contents key is blank: it is printed as its frame alone (one whose /Contents
  // does not resolve was refused by prepareAttachments).
  const blank = src.node.get(PDFName.of('Contents')) === undefined;
  let embedded: { width: number; height: number; page?: Awaited<ReturnType<PDFDocument['embedPage']>> };
  try {
    embedded = blank ? src.getSize() : await doc.embedPage(src).then((e) => ({ ...e.size(), page: e }));
  } catch (err) {
    throw unreadable(file, damaged(AS_PDF), err);
  }
  const [dw, dh] = turned ? [embedded.height, embedded.width] : [embedded.width, embedded.height];
  const box = area(page);
  const s = Math.min(box.w / dw, box.h / dh);
  const [w, h] = [embedded.width * s, embedded.height * s];
  const bx = box.x + (box.w - dw * s) / 2;
  const by = box.y + box.h - dh * s;
  // /Rotate turns the page clockwise for display; drawPage rotates counter-clockwise about (x, y).
  const origin: Record<number, [number, number]> = {
    0: [bx, by],
    90: [bx, by + w],
    180: [bx + w, by + h],
    270: [bx + h, by],
  };
  const [x, y] = origin[rotation] ?? [bx, by];
  page.drawRectangle({
    x: bx,
    y: by,
    width: dw * s,
    height: dh * s,
    borderWidth: 0.5,
    borderColor: grayscale(0.6),
  });
  if (embedded.page) page.drawPage(embedded.page, { x, y, xScale: s, yScale: s, rotate: degrees(-rotation) });
  moveLastContentFirst(page);
}

/** Draws every attachment onto its captioned page; the first caption page is `firstPage` (0-based). */
export async function placeAttachments(
  doc: PDFDocument,
  firstPage: number,
  prepared: readonly PreparedAttachment[],
): Promise<void> {
  let index = firstPage;
  for (const a of prepared) {
    if (a.kind === 'invoice') index++;
    else if (a.kind === 'pdf') {
      for (const src of a.doc.getPages()) await drawPdfPage(doc, doc.getPage(index++), src, a.file);
    } else await drawImage(doc, doc.getPage(index++), a);
  }
}
