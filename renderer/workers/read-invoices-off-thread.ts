// The invoice reader as the page calls it: in a Worker, stopped when the batch runs past its time.
import type { InvoiceReadResult } from '../../shared/invoices/types';
import { UserError } from '../i18n/error-text';
import type { InvoiceFileRequest } from './invoice.worker';
import { callWorker } from './worker-call';

/** Time for a batch: a base plus a little per file (100 files read in about 2 s), never past two minutes. */
export function invoiceReadSeconds(files: number): number {
  return Math.min(120, 20 + files);
}

/** readInvoiceFile over every file, in one worker with a time limit; each result names its file. */
export function readInvoicesOffThread(files: InvoiceFileRequest['files']): Promise<InvoiceReadResult[]> {
  const seconds = invoiceReadSeconds(files.length);
  return callWorker<InvoiceReadResult[]>({
    start: () => new Worker(new URL('./invoice.worker.ts', import.meta.url), { type: 'module' }),
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
