// The engine's entry point: model → layout → PDF bytes.
import { PDFDocument } from 'pdf-lib';
import { fontkitAdapterFor } from './fontkit-adapter';
import { layoutDocument } from './layout';
import { FontMetrics } from './metrics';
import { pdfDocumentModelSchema, type PdfDocumentModelInput } from './model';
import type { Watermark } from './furniture';
import { A4 } from './units';
import { writePages, type TextBox } from './writer';

/** Font files as bytes (the caller reads or fetches them; shared/ has no file system). */
export interface PdfFonts {
  regular: Uint8Array;
  /** Only embedded when some text asks for bold; without it bold is drawn by stroking the regular font. */
  bold?: Uint8Array;
  /**
   * Font units each embedded outline point is rounded to (公文 uses 6, 0.006 em: invisible in print,
   * ~25% fewer bytes); absent, outlines are embedded exactly as the font has them.
   */
  outlineGrid?: number;
}

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  description?: string;
}

export interface PdfMetadata {
  title?: string;
  subject?: string;
  /** The applicant. */
  author?: string;
  keywords?: string[];
  producer?: string;
  language?: string;
}

export interface RenderOptions {
  watermark?: string | Watermark;
  attachments?: PdfAttachment[];
  metadata?: PdfMetadata;
  /** Fixes CreationDate/ModDate so the same input gives the same bytes. */
  creationDate?: Date;
  /** Also return the pages' text boxes and missing glyphs (for tests). */
  debug?: boolean;
}

export interface RenderDebugResult {
  bytes: Uint8Array;
  pageCount: number;
  textBoxes: TextBox[];
  /** Characters the font has no glyph for; they print as empty boxes. */
  missingCharacters: string[];
  /** Names the fonts were embedded under (subset tag + PostScript name). */
  fontNames: string[];
}

// Six capital letters derived from the subset's characters: the PDF subset tag, stable per input.
function subsetTag(chars: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const ch of [...chars].sort()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7919;
  }
  return tag;
}

/** Renders a document model to PDF bytes. */
export async function renderDocument(
  model: PdfDocumentModelInput,
  fonts: PdfFonts,
  options?: RenderOptions & { debug?: false },
): Promise<Uint8Array>;
/** Renders a document model and reports where text was drawn (for ink tests). */
export async function renderDocument(
  model: PdfDocumentModelInput,
  fonts: PdfFonts,
  options: RenderOptions & { debug: true },
): Promise<RenderDebugResult>;
export async function renderDocument(
  input: PdfDocumentModelInput,
  fonts: PdfFonts,
  options: RenderOptions = {},
): Promise<Uint8Array | RenderDebugResult> {
  const model = pdfDocumentModelSchema.parse(input);
  const metrics = { regular: FontMetrics.of(fonts.regular), bold: fonts.bold && FontMetrics.of(fonts.bold) };
  const watermark = typeof options.watermark === 'string' ? { text: options.watermark } : options.watermark;
  const flow = layoutDocument(model, metrics, watermark);

  const used = { regular: new Set<string>(), bold: new Set<string>() };
  for (const page of flow.pages)
    for (const op of page.ops) if (op.op === 'text') for (const ch of op.text) used[op.face].add(ch);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitAdapterFor(fonts.outlineGrid));
  const embed = async (bytes: Uint8Array, m: FontMetrics, chars: Set<string>) => {
    const name = `${subsetTag(chars)}+${m.font.postscriptName || 'Font'}`;
    return { pdf: await doc.embedFont(bytes, { subset: true, customName: name }), metrics: m, name };
  };
  const regular = await embed(fonts.regular, metrics.regular, used.regular);
  const bold =
    fonts.bold && metrics.bold && used.bold.size > 0
      ? await embed(fonts.bold, metrics.bold, used.bold)
      : undefined;
  const boxes = writePages(doc, flow.pages, A4, { regular, bold }, options.debug === true);

  const date = options.creationDate ?? new Date();
  const meta = options.metadata ?? {};
  const firstTitle = model.blocks.find((b) => b.kind === 'title');
  doc.setTitle(meta.title ?? (firstTitle && 'text' in firstTitle ? firstTitle.text : 'GrantDesk'), {
    showInWindowTitleBar: true,
  });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setCreator('GrantDesk');
  doc.setProducer(meta.producer ?? 'GrantDesk PDF engine (pdf-lib 1.17.1, fontkit 2)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.language ?? 'zh-CN');
  for (const a of options.attachments ?? [])
    await doc.attach(a.bytes, a.name, {
      mimeType: a.mimeType,
      description: a.description,
      creationDate: date,
      modificationDate: date,
    });
  const bytes = await doc.save({ useObjectStreams: true });
  if (!options.debug) return bytes;

  const missing = new Set<string>();
  for (const [face, chars] of Object.entries(used))
    for (const ch of chars) {
      const m = face === 'bold' && metrics.bold ? metrics.bold : metrics.regular;
      const cp = ch.codePointAt(0) ?? 0;
      if (cp > 32 && !m.font.hasGlyphForCodePoint(cp)) missing.add(ch);
    }
  return {
    bytes,
    pageCount: flow.pages.length,
    textBoxes: boxes,
    missingCharacters: [...missing],
    fontNames: [regular.name, ...(bold ? [bold.name] : [])],
  };
}
