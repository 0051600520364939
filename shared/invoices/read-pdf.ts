// A PDF invoice: measured by the project's PDF guard before pdf.js sees it, then its text layer
// parsed; a page with no text is a scan, refused by name.
import { checkPdfStreams, PdfLimitError } from '../pdf/pdf-guard';
import { MAX_INVOICE_PDF_PAGES } from './limits';
import { parseInvoiceText } from './pdf-layout';
import { toLines } from './pdf-lines';
import { PdfTextError, type PdfTextReader } from './pdf-text';
import { InvoiceReadError } from './refusal';
import type { Invoice } from './types';

/**
 * Reads a PDF invoice through `pdfText` (pdf.js by default, or a Worker's).
 * @throws InvoiceReadError `too-large`, `encrypted`, `damaged`, `scanned`, `not-invoice`, `amounts-disagree`.
 */
export async function readPdfInvoice(bytes: Uint8Array, pdfText: PdfTextReader): Promise<Invoice> {
  try {
    checkPdfStreams(bytes);
  } catch (err) {
    if (err instanceof PdfLimitError) throw new InvoiceReadError('too-large', { zh: err.zh, en: err.en });
    throw err;
  }
  let pages, pageCount, unmappedText;
  try {
    ({ pages, pageCount, unmappedText } = await pdfText(bytes, MAX_INVOICE_PDF_PAGES));
  } catch (err) {
    if (err instanceof PdfTextError) throw new InvoiceReadError(err.problem);
    throw new InvoiceReadError('damaged');
  }
  if (pageCount === 0) throw new InvoiceReadError('damaged');
  if (pages.every((runs) => runs.length === 0)) {
    // Fonts but no text: CJK fonts not embedded and pdf.js without its CMaps (cMapUrl), not a scan.
    if (unmappedText)
      throw new InvoiceReadError('unsupported', {
        zh: '页面有文字但无法提取（字体未嵌入，缺少字符映射 CMap）',
        en: 'its text cannot be extracted (fonts not embedded, no character maps)',
      });
    throw new InvoiceReadError('scanned');
  }
  return parseInvoiceText(toLines(pages));
}
