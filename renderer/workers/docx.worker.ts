// Reads and fills a bureau's Word form off the UI thread (xmldom parses about 1 MB a second).
import { fillDocxForm, scanDocxForm, type DocxMapping, type ValueSource } from '../../shared/office/docx';
import type { ProgramId } from '../../shared/schemas';
import { replyOf, type WorkerReply } from './worker-call';

/** What the page asks of this worker. */
export type DocxRequest =
  | { op: 'scan'; bytes: Uint8Array; program?: ProgramId }
  | { op: 'fill'; bytes: Uint8Array; source: ValueSource; mapping?: DocxMapping };

self.onmessage = async (event: MessageEvent<DocxRequest>) => {
  let reply: WorkerReply<unknown>;
  try {
    const request = event.data;
    reply = {
      ok: true,
      value:
        request.op === 'scan'
          ? await scanDocxForm(request.bytes, request.program)
          : await fillDocxForm(request.bytes, request.source, request.mapping),
    };
  } catch (err) {
    reply = replyOf(err);
  }
  self.postMessage(reply);
};
