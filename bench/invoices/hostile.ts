// Prints, for each hostile invoice file, the refusal, the reader's time and the child's peak memory
// (each read in a child Node capped at 512 MB of heap).  npx tsx bench/invoices/hostile.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInvoiceCase } from '../../tests/hostile/invoice-case-runner';
import { makeInvoiceCorpus } from '../../tests/hostile/make-invoice-corpus';

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-invoice-hostile-bench-'));
  try {
    const rows = makeInvoiceCorpus(dir).map((c) => ({ c, o: runInvoiceCase(c.path, c.name) }));
    for (const { c, o } of rows) {
      const well = JSON.stringify(o.codes) === JSON.stringify(c.expect);
      console.log(
        `${well ? 'well ' : 'BADLY'} ${c.id.padEnd(20)} ${String(o.ms).padStart(6)} ms ${String(o.maxRssMb).padStart(5)} MB  ${o.codes.join(',')}  ${o.zh.slice(0, 60)}`,
      );
    }
    const worstRss = Math.max(...rows.map((r) => r.o.maxRssMb));
    const slowest = Math.max(...rows.map((r) => r.o.ms));
    console.log(`\ncases: ${rows.length}; peak RSS ${worstRss} MB; slowest read ${slowest} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
