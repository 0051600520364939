// One hostile invoice file read in a child process: one JSON line with the refusal codes, the first
// message in both languages, the time the reader took and the process's peak memory (pdf.js included).
import { readFileSync } from 'node:fs';
import { readInvoiceFile } from '../../shared/invoices';

/** pdf.js's worker module (untyped), which pdf.js in Node runs in this thread. */
const PDF_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export interface InvoiceCaseOutcome {
  codes: string[];
  zh: string;
  en: string;
  ms: number;
  maxRssMb: number;
}

async function main(): Promise<void> {
  const [path, name] = process.argv.slice(2) as [string, string];
  const bytes = new Uint8Array(readFileSync(path));
  // For a PDF, pdf.js is loaded before the clock starts, as the app's Worker has it loaded (under tsx
  // its 4 MB of modules are transformed on every start: seconds on a busy machine).
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) {
    await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import(PDF_WORKER);
  }
  const started = performance.now();
  const results = await readInvoiceFile(name, bytes);
  const ms = Math.round(performance.now() - started);
  const first = results[0];
  const outcome: InvoiceCaseOutcome = {
    codes: results.map((r) => ('error' in r ? r.error.code : 'invoice')),
    zh: first && 'error' in first ? first.error.message : '',
    en: first && 'error' in first ? first.error.messageEn : '',
    ms,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}

void main();
