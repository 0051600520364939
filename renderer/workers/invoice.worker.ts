// Reads invoice files (PDF, OFD, XML, batch zip) off the UI thread; the page terminates it at its time limit.
import { readInvoiceFile } from '../../shared/invoices/read-invoice-file';
import type { InvoiceReadResult } from '../../shared/invoices/types';
import { replyOf, type WorkerReply } from './worker-call';

export interface InvoiceFileRequest {
  files: { name: string; bytes: Uint8Array }[];
}

self.onmessage = async (event: MessageEvent<InvoiceFileRequest>) => {
  let reply: WorkerReply<InvoiceReadResult[]>;
  try {
    const out: InvoiceReadResult[] = [];
    for (const f of event.data.files) out.push(...(await readInvoiceFile(f.name, f.bytes)));
    reply = { ok: true, value: out };
  } catch (err) {
    reply = replyOf(err);
  }
  self.postMessage(reply);
};
