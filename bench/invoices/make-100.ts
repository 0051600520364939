// 100 distinct invoice files of mixed kinds (数电 XML/OFD/PDF, older OFD and PDF in two layouts),
// plus the XML of ten of them again so grouping has work to do.
import { strToU8 } from 'fflate';
import { digitalXml } from '../../tests/fixtures/invoices/make-xml';
import { ofdInvoice } from '../../tests/fixtures/invoices/make-ofd';
import { pdfInvoice, type PdfLayout } from '../../tests/fixtures/invoices/make-pdf';
import { samples, type InvoiceSpec } from '../../tests/fixtures/invoices';

type Maker = (spec: InvoiceSpec) => Promise<{ ext: string; bytes: Uint8Array }>;

const pdf =
  (layout: PdfLayout): Maker =>
  async (spec) => ({ ext: 'pdf', bytes: await pdfInvoice(spec, layout) });
const MAKERS: Array<[InvoiceSpec, Maker]> = [
  [samples.digitalSpecialMulti, async (s) => ({ ext: 'xml', bytes: strToU8(digitalXml(s)) })],
  [samples.digitalGeneral, async (s) => ({ ext: 'ofd', bytes: ofdInvoice(s) })],
  [samples.olderGeneral, async (s) => ({ ext: 'ofd', bytes: ofdInvoice(s) })],
  [samples.digitalSpecialMulti, pdf('digital')],
  [samples.olderGeneral, pdf('zhejiang')],
  [samples.olderExemptPerson, pdf('guangdong')],
];

/** File `k` of the set: the k-th maker's sample, renumbered so every file is its own invoice. */
function numbered(spec: InvoiceSpec, k: number): InvoiceSpec {
  return spec.invoiceCode
    ? { ...spec, invoiceNumber: String(10_000_000 + k) }
    : { ...spec, invoiceNumber: `2533200000${String(10_000_000_000 + k).slice(1)}` };
}

export async function makeHundred(): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  for (let k = 0; k < 100; k++) {
    const [base, make] = MAKERS[k % MAKERS.length]!;
    const spec = numbered(base, k);
    const { ext, bytes } = await make(spec);
    files.push({ name: `${spec.invoiceCode ?? ''}${spec.invoiceNumber}.${ext}`, bytes });
  }
  return files;
}
