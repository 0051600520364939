// Prints how long 导入发票 takes from bytes to preview for 100 invoice files (XML, OFD and PDF mixed):
// the reader over every file, then previewImport against a draft with 200 rows and 20 other drafts.
import { strToU8 } from 'fflate';
import { otherDraftClaims, previewImport } from '../../shared/invoices/preview';
import { readInvoiceFile } from '../../shared/invoices/read-invoice-file';
import type { InvoiceReadResult } from '../../shared/invoices/types';
import { digitalXml, ofdInvoice, pdfInvoice, samples } from '../../tests/fixtures/invoices';

const N = 100;

async function files(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < N; i++) {
    const spec = { ...samples.digitalSpecialMulti, invoiceNumber: `25332000${String(100_000_000_000 + i)}` };
    const kind = i % 3;
    const bytes =
      kind === 0 ? strToU8(digitalXml(spec)) : kind === 1 ? ofdInvoice(spec) : await pdfInvoice(spec);
    out.push({ name: `${spec.invoiceNumber}.${['xml', 'ofd', 'pdf'][kind]}`, bytes });
  }
  return out;
}

const batch = await files();
const existing = Array.from({ length: 200 }, (_, i) => ({
  invoiceNumber: `2433200000${String(20_000_000 + i)}`,
}));
const others = Array.from({ length: 20 }, (_, d) =>
  otherDraftClaims({
    id: `other-${d}`,
    policy: 'quzhou-2025',
    program: 'training-base',
    title: '实训基地',
    investments: Array.from({ length: 50 }, (_, i) => ({
      invoiceNumber: `2433200001${String(d * 100 + i).padStart(7, '0')}`,
      name: 'x',
    })),
  }),
);
for (const round of ['cold', 'warm']) {
  const t0 = performance.now();
  const results: InvoiceReadResult[] = [];
  for (const f of batch) results.push(...(await readInvoiceFile(f.name, f.bytes)));
  const t1 = performance.now();
  const preview = previewImport(
    results,
    {
      id: 'd',
      policy: 'quzhou-2025',
      program: 'training-base',
      title: '实训基地',
      applicantOrgCode: '91330803MA2DK7Q30T',
      applicationDate: '2025-10-20',
      period: { from: '2025-03-01', to: '2025-09-30' },
      existing,
    },
    others,
    { basis: 'net', category: 'equipment' },
  );
  const t2 = performance.now();
  const written = preview.rows.filter((r) => r.write).length;
  console.log(
    `${round}: ${N} files read in ${(t1 - t0).toFixed(0)} ms, previewed in ${(t2 - t1).toFixed(1)} ms ` +
      `(${preview.rows.length} invoices, ${written} to write, ${preview.refused.length} refused); total ${((t2 - t0) / 1000).toFixed(2)} s`,
  );
}
