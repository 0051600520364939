// The invoice reader as the page calls it: in a Worker, stopped when the batch runs past its time.
import type { InvoiceReadResult } from '../../shared/invoices/types';
import { UserError } from '../i18n/error-text';
import type { InvoiceFileRequest, InvoiceWarmRequest } from './invoice.worker';
import { callWorker } from './worker-call';

/** Time for a batch: a base plus a little per file (100 files read in about 2 s), never past two minutes. */
export function invoiceReadSeconds(files: number): number {
  return Math.min(120, 20 + files);
}

const startReader = () => new Worker(new URL('./invoice.worker.ts', import.meta.url), { type: 'module' });
let spare: Worker | undefined;

/**
 * Starts the reader before files come (the dialog opens): pdf.js loads in it (about 1 s of a batch's
 * time) while the user picks files. The next read takes it; the returned function ends it if unused.
 */
export function prestartInvoiceReader(): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const worker = (spare ??= startReader());
  worker.postMessage({ warm: true } satisfies InvoiceWarmRequest);
  return () => {
    if (spare !== worker) return;
    spare = undefined;
    worker.terminate();
  };
}

/** readInvoiceFile over every file, in one worker with a time limit; each result names its file. */
export function readInvoicesOffThread(files: InvoiceFileRequest['files']): Promise<InvoiceReadResult[]> {
  const seconds = invoiceReadSeconds(files.length);
  return callWorker<InvoiceReadResult[]>({
    start: () => {
      const worker = spare ?? startReader();
      spare = undefined;
      return worker;
    },
    // Copies go to the worker: the page keeps the bytes to store as evidence after the user confirms.
    request: { files } satisfies InvoiceFileRequest,
    seconds,
    timedOut: () =>
      new UserError(
        `发票文件过多或过于复杂，已停止读取（超过 ${seconds} 秒）；请分批导入`,
        `The invoice files are too many or too complex; reading stopped after ${seconds} seconds. Import them in smaller batches`,
      ),
    refused: (zh, en) => new UserError(zh, en),
    inline: async () => {
      const { readInvoiceFile } = await import('../../shared/invoices/read-invoice-file');
      const out: InvoiceReadResult[] = [];
      for (const f of files) out.push(...(await readInvoiceFile(f.name, f.bytes)));
      return out;
    },
  });
}
