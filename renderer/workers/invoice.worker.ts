// Reads invoice files (PDF, OFD, XML, batch zip) off the UI thread; the page terminates it at its time limit.
import { pdfJsTextReader } from '../../shared/invoices/pdf-text';
import { readInvoiceFile, type ReadInvoiceOptions } from '../../shared/invoices/read-invoice-file';
import type { InvoiceReadResult } from '../../shared/invoices/types';
import { BuiltInCMapReaderFactory } from './invoice-cmaps';
import { replyOf, type WorkerReply } from './worker-call';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.mjs?worker&url';

export interface InvoiceFileRequest {
  files: { name: string; bytes: Uint8Array }[];
}
/** Sent when the dialog opens: load pdf.js now, answer nothing. */
export interface InvoiceWarmRequest {
  warm: true;
}

/**
 * pdf.js parses in its own worker, started from this one (same origin, as the CSP allows) and handed
 * over as its port: pdf.js would otherwise look for `window` here and fall back to parsing in this
 * thread. Terminating this worker at its time limit ends both. CMaps come from the build.
 */
let options: ReadInvoiceOptions | undefined;
function readerOptions(): ReadInvoiceOptions {
  options ??= {
    pdfText: pdfJsTextReader({
      workerPort: new Worker(pdfWorkerUrl, { type: 'module' }),
      cMapReaderFactory: BuiltInCMapReaderFactory,
    }),
  };
  return options;
}

/** pdf.js's code and its worker, loaded ahead of the first PDF (errors surface when a PDF is read). */
async function pdfJsLoaded(): Promise<void> {
  readerOptions();
  await import('pdfjs-dist/legacy/build/pdf.mjs').catch(() => undefined);
}

self.onmessage = async (event: MessageEvent<InvoiceFileRequest | InvoiceWarmRequest>) => {
  if ('warm' in event.data) {
    await pdfJsLoaded();
    return;
  }
  let reply: WorkerReply<InvoiceReadResult[]>;
  try {
    const read = readerOptions();
    const files = event.data.files;
    const out: InvoiceReadResult[] = [];
    for (const f of files) out.push(...(await readInvoiceFile(f.name, f.bytes, read)));
    reply = { ok: true, value: out };
  } catch (err) {
    reply = replyOf(err);
  }
  self.postMessage(reply);
};
