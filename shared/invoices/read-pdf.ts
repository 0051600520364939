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
  let pages;
  try {
    ({ pages } = await pdfText(bytes, MAX_INVOICE_PDF_PAGES));
  } catch (err) {
    if (err instanceof PdfTextError) throw new InvoiceReadError(err.problem);
    throw new InvoiceReadError('damaged');
  }
  if (pages.every((runs) => runs.length === 0)) throw new InvoiceReadError('scanned');
  return parseInvoiceText(toLines(pages));
}
