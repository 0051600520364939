// Runs one hostile invoice file in a child Node capped at 512 MB of heap (shared by the test and the bench).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { InvoiceCaseOutcome } from './run-invoice-case';

/** Reads `path` as `name` in a capped child; throws when the child dies (killed by the cap or the clock). */
export function runInvoiceCase(path: string, name: string): InvoiceCaseOutcome {
  const child = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=512',
      '--import',
      'tsx',
      join(import.meta.dirname, 'run-invoice-case.ts'),
      path,
      name,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const line = child.stdout?.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{'))
    throw new Error(`child failed: ${child.status} ${child.signal ?? ''} ${child.stderr?.slice(-400)}`);
  return JSON.parse(line) as InvoiceCaseOutcome;
}
