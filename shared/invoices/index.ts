export type * from './types';
export { readInvoiceFile, type ReadInvoiceOptions } from './read-invoice-file';
export { groupSameInvoice, invoiceKey, type InvoiceGroup } from './group';
export {
  pdfJsTextReader,
  PdfTextError,
  type PdfJsOptions,
  type PdfTextReader,
  type TextRun,
} from './pdf-text';
export * from './limits';
