// The PDF layout engine: declarative model in, A4 PDF bytes out.
export { readAttachments, type ReadAttachment } from './attachments';
export { fontkitAdapter, fontkitAdapterFor, postscriptNameOf, type PdfLibFontkit } from './fontkit-adapter';
export { snapOutlines } from './outline-grid';
export { footerText, type Watermark } from './furniture';
export {
  blockSchema,
  pdfDocumentModelSchema,
  type BlockOf,
  type PdfBlock,
  type PdfDocumentModel,
  type PdfDocumentModelInput,
} from './model';
export {
  renderDocument,
  type PdfAttachment,
  type PdfFonts,
  type PdfMetadata,
  type RenderDebugResult,
  type RenderOptions,
} from './render';
export {
  FONT_FILES,
  isTypeface,
  TYPEFACE_FILES,
  TYPEFACES,
  typefaceFonts,
  type FontFile,
  type Typeface,
} from './typeface';
export { A4, mm, PT_PER_MM } from './units';
export { CLOSING_PUNCTUATION, OPENING_PUNCTUATION, wrapText, type Measure, type WrapOptions } from './wrap';
export type { TextBox } from './writer';
