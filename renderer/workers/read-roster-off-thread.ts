// The roster reader as the page calls it: in a Worker, stopped after ROSTER_READ_SECONDS.
import { readRosterFile, type RosterFile } from '../features/editor/read-roster-file';
import { UserError } from '../i18n/error-text';
import { ROSTER_READ_SECONDS, rosterRefusals } from '../import/roster-limits';
import type { PickedFile } from '../platform';
import { callWorker } from './worker-call';

/** readRosterFile in a worker with a time limit; refusals arrive as UserErrors in both languages. */
export function readRosterFileOffThread(
  file: PickedFile,
  seconds = ROSTER_READ_SECONDS,
): Promise<RosterFile> {
  return callWorker<RosterFile>({
    start: () => new Worker(new URL('./roster.worker.ts', import.meta.url), { type: 'module' }),
    request: { name: file.name, bytes: file.bytes },
    seconds,
    timedOut: rosterRefusals.timedOut,
    refused: (zh, en) => new UserError(zh, en),
    inline: () => readRosterFile(file),
  });
}
