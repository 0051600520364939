// Prints, for the hostile corpus, cases tried / handled well, and the peak memory (RSS) and time of
// the worst cases, each case read in a child Node capped at 512 MB heap.  npx tsx bench/hostile/run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handledWell, runCase } from '../../tests/hostile/corpus-runner';
import { makeCorpus } from '../../tests/hostile/make-corpus';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-hostile-bench-'));
  try {
    const cases = await makeCorpus(dir);
    const rows = cases.map((c) => ({ c, outcome: runCase(c) }));
    for (const { c, outcome } of rows)
      console.log(
        `${handledWell(c, outcome) ? 'well' : 'BADLY'}  ${c.id.padEnd(20)} ${String(outcome.ms).padStart(6)} ms ${String(outcome.maxRssMb).padStart(5)} MB  ${outcome.zh.slice(0, 70)}`,
      );
    const well = rows.filter(({ c, outcome }) => handledWell(c, outcome)).length;
    const byRss = [...rows].sort((a, b) => b.outcome.maxRssMb - a.outcome.maxRssMb)[0]!;
    const byTime = [...rows].sort((a, b) => b.outcome.ms - a.outcome.ms)[0]!;
    console.log(`\ncases tried: ${rows.length}, handled well: ${well}`);
    console.log(`peak RSS: ${byRss.outcome.maxRssMb} MB (${byRss.c.id}, ${byRss.outcome.ms} ms)`);
    console.log(`slowest: ${byTime.outcome.ms} ms (${byTime.c.id}, ${byTime.outcome.maxRssMb} MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
