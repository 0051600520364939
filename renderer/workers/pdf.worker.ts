// Reads a PDF the user brings (a printed draft, an official form) off the UI thread.
import { extractDraftFromPdf, listAcroFields } from '../../shared/forms';
import { replyOf, type WorkerReply } from './worker-call';

/** What the page asks of this worker. */
export type PdfRequest =
  { op: 'extract-draft'; bytes: Uint8Array } | { op: 'list-fields'; bytes: Uint8Array };

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  let reply: WorkerReply<unknown>;
  try {
    const { op, bytes } = event.data;
    reply = {
      ok: true,
      value: op === 'extract-draft' ? await extractDraftFromPdf(bytes) : await listAcroFields(bytes),
    };
  } catch (err) {
    reply = replyOf(err);
  }
  self.postMessage(reply);
};
