// Reads a roster file (.xlsx/.csv) off the UI thread; the page terminates this worker at its time limit.
import { readRosterFile } from '../features/editor/read-roster-file';
import type { PickedFile } from '../platform';
import { replyOf, type WorkerReply } from './worker-call';
import type { RosterFile } from '../features/editor/read-roster-file';

self.onmessage = async (event: MessageEvent<PickedFile>) => {
  let reply: WorkerReply<RosterFile>;
  try {
    reply = { ok: true, value: await readRosterFile(event.data) };
  } catch (err) {
    reply = replyOf(err);
  }
  self.postMessage(reply);
};
