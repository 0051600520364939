// The Word form reader and filler as the page calls them: in a Worker, stopped after DOCX_SECONDS.
import type { DocxFillReport, DocxFormInfo, DocxMapping, ValueSource } from '../../shared/office/docx';
import type { ProgramId } from '../../shared/schemas';
import { UserError } from '../i18n/error-text';
import type { DocxRequest } from './docx.worker';
import { callWorker } from './worker-call';

/** How long reading or filling one Word form may take before it is stopped. */
export const DOCX_SECONDS = 30;

const timedOut = () =>
  new UserError(
    `Word 表格过大或过于复杂，已停止处理（超过 ${DOCX_SECONDS} 秒）`,
    `The Word form is too large or too complex; stopped after ${DOCX_SECONDS} seconds`,
  );

function call<T>(request: DocxRequest, inline: () => Promise<T>): Promise<T> {
  return callWorker<T>({
    start: () => new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' }),
    request,
    seconds: DOCX_SECONDS,
    timedOut,
    refused: (zh, en) => new UserError(zh, en),
    inline,
  });
}

/** scanDocxForm in a worker with a time limit. */
export function scanDocxOffThread(bytes: Uint8Array, program?: ProgramId): Promise<DocxFormInfo> {
  return call({ op: 'scan', bytes, ...(program ? { program } : {}) }, () =>
    import('../../shared/office/docx').then((m) => m.scanDocxForm(bytes, program)),
  );
}

/** fillDocxForm in a worker with a time limit. */
export function fillDocxOffThread(
  bytes: Uint8Array,
  source: ValueSource,
  mapping?: DocxMapping,
): Promise<{ bytes: Uint8Array; fingerprint: string; report: DocxFillReport }> {
  return call({ op: 'fill', bytes, source, ...(mapping ? { mapping } : {}) }, () =>
    import('../../shared/office/docx').then((m) => m.fillDocxForm(bytes, source, mapping)),
  );
}
