// The PDF, OFD and XML of one invoice (a batch download gives all three) recognised as one.
import type { Invoice, InvoiceReadResult } from './types';

/** Several files that carry the same invoice; `invoice` is the one read from the best source. */
export interface InvoiceGroup {
  key: string;
  invoice: Invoice;
  /** Every read of this invoice (file, sha256, source), best source first. */
  files: Array<{ file: string; sha256: string; source: Invoice['source'] }>;
  /** Where the files of one invoice say different amounts or parties (a forged or damaged file). */
  conflicts: string[];
}

/** XML is the tax system's data; OFD carries the same; the PDF is read back from print. */
const RANK: Record<Invoice['source'], number> = { xml: 0, ofd: 1, pdf: 2 };

/** `code+number` for older invoices, the 20-digit number for 数电: what identifies an invoice. */
export const invoiceKey = (invoice: Invoice) => `${invoice.invoiceCode ?? ''}${invoice.invoiceNumber}`;

const FIELDS = [
  'issueDate',
  'totalFen',
  'amountFen',
  'taxFen',
  'sellerTaxId',
  'buyerTaxId',
  'buyerName',
] as const;

/**
 * Groups read results by invoice (code + number), in the order first seen; refusals are left out.
 * Every file is listed, the same bytes given twice included (the import shows it as a duplicate).
 */
export function groupSameInvoice(results: InvoiceReadResult[]): InvoiceGroup[] {
  const groups = new Map<string, InvoiceGroup>();
  for (const result of results) {
    if (!('invoice' in result)) continue;
    const key = invoiceKey(result.invoice);
    const group = groups.get(key);
    const entry = { file: result.file, sha256: result.sha256, source: result.invoice.source };
    if (!group) {
      groups.set(key, { key, invoice: result.invoice, files: [entry], conflicts: [] });
      continue;
    }
    const sameBytes = group.files.some((f) => f.sha256 === result.sha256);
    for (const field of FIELDS)
      if (!sameBytes && group.invoice[field] !== result.invoice[field] && !group.conflicts.includes(field))
        group.conflicts.push(field);
    group.files.push(entry);
    group.files.sort((a, b) => RANK[a.source] - RANK[b.source]);
    if (RANK[result.invoice.source] < RANK[group.invoice.source]) group.invoice = result.invoice;
  }
  return [...groups.values()];
}
