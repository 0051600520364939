// The PDF readers as the page calls them: in a Worker, stopped after PDF_READ_SECONDS.
import type { AcroFieldInfo, ExtractedDraft } from '../../shared/forms';
import { UserError } from '../i18n/error-text';
import { callWorker } from './worker-call';
import type { PdfRequest } from './pdf.worker';

/** How long reading one PDF may take before the reader is stopped. */
export const PDF_READ_SECONDS = 30;

const timedOut = () =>
  new UserError(
    `文件过大或过于复杂，已停止读取（超过 ${PDF_READ_SECONDS} 秒）`,
    `The file is too large or too complex; reading stopped after ${PDF_READ_SECONDS} seconds`,
  );

function call<T>(request: PdfRequest, inline: () => Promise<T>): Promise<T> {
  return callWorker<T>({
    start: () => new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }),
    request,
    seconds: PDF_READ_SECONDS,
    timedOut,
    refused: (zh, en) => new UserError(zh, en),
    inline,
  });
}

/** extractDraftFromPdf in a worker with a time limit. */
export function extractDraftOffThread(bytes: Uint8Array): Promise<ExtractedDraft | null> {
  return call({ op: 'extract-draft', bytes }, () =>
    import('../../shared/forms').then((m) => m.extractDraftFromPdf(bytes)),
  );
}

/** listAcroFields in a worker with a time limit. */
export function listAcroFieldsOffThread(
  bytes: Uint8Array,
): Promise<{ fingerprint: string; fields: AcroFieldInfo[] }> {
  return call({ op: 'list-fields', bytes }, () =>
    import('../../shared/forms').then((m) => m.listAcroFields(bytes)),
  );
}
