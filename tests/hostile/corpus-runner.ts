// Runs corpus cases each in a child Node with a 512 MB heap and a time limit (shared by the test and the bench).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { HostileCase } from './make-corpus';
import type { CaseOutcome } from './run-case';

/** The heap cap of each child, as the issue asks. */
export const CHILD_HEAP_MB = 512;
/** Each case's reading must end within this time (measured in the child, as a Worker's clock would). */
export const CASE_SECONDS = 30;
/** The child is killed after this wall time, start-up of Node and tsx on a busy machine included. */
const CHILD_WALL_SECONDS = 180;

const RUN_CASE = join(import.meta.dirname, 'run-case.ts');

/** Runs one case in a capped child; a child killed by the cap or the clock is reported as crashed. */
export function runCase(c: HostileCase): CaseOutcome {
  const started = Date.now();
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', RUN_CASE, c.reader, c.path, c.name],
    { encoding: 'utf8', timeout: CHILD_WALL_SECONDS * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  const line = child.stdout?.trim().split('\n').pop() ?? '';
  if (child.status === 0 && line.startsWith('{')) return JSON.parse(line) as CaseOutcome;
  const why = child.error
    ? String(child.error)
    : `exit ${child.status} ${child.signal ?? ''} ${child.stderr.slice(-400)}`;
  return { result: 'crashed', zh: why, en: why, ms: Date.now() - started, maxRssMb: 0 };
}

/** Whether a case ended as the corpus says it must. */
export function handledWell(c: HostileCase, outcome: CaseOutcome): boolean {
  if ('refused' in c.expect) return outcome.result === 'refused' && outcome.zh === c.expect.refused;
  return outcome.result === 'ok' && outcome.zh === c.expect.ok;
}
