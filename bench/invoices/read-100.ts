// Prints how long reading and grouping 100 invoice files (mixed kinds) takes: loading pdf.js, the
// first pass and warm passes, and the peak memory.  npx tsx bench/invoices/read-100.ts
import { loadavg } from 'node:os';
import { groupSameInvoice, readInvoiceFile, type InvoiceReadResult } from '../../shared/invoices';
import { makeHundred } from './make-100';

/** pdf.js's worker module (untyped), which pdf.js in Node runs in this thread. */
const PDF_WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

async function readAll(files: Array<{ name: string; bytes: Uint8Array }>) {
  const started = performance.now();
  const results: InvoiceReadResult[] = [];
  for (const f of files) results.push(...(await readInvoiceFile(f.name, f.bytes)));
  const groups = groupSameInvoice(results);
  return { ms: performance.now() - started, results, groups };
}

async function main(): Promise<void> {
  const files = await makeHundred();
  const byExt = new Map<string, number>();
  for (const f of files) byExt.set(f.name.split('.').pop()!, (byExt.get(f.name.split('.').pop()!) ?? 0) + 1);
  console.log(
    `files: ${files.length} (${[...byExt].map(([e, n]) => `${n} ${e}`).join(', ')}), ${(files.reduce((s, f) => s + f.bytes.length, 0) / 1024 / 1024).toFixed(1)} MB`,
  );
  const t = performance.now();
  await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker in this thread; importing it first keeps its load out of the pass.
  await import(PDF_WORKER);
  console.log(
    `pdf.js loaded in ${(performance.now() - t).toFixed(0)} ms (under tsx, which transforms its 4 MB on each start; a built app loads it once)`,
  );
  const cold = await readAll(files);
  const refused = cold.results.filter((r) => 'error' in r);
  if (refused.length > 0) throw new Error(`refused: ${JSON.stringify(refused[0])}`);
  console.log(
    `first pass (code not yet optimised by V8): ${cold.ms.toFixed(0)} ms for ${cold.results.length} files → ${cold.groups.length} invoices`,
  );
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await readAll(files)).ms);
  warm.sort((a, b) => a - b);
  console.log(
    `warm: median ${warm[1]!.toFixed(0)} ms (runs ${warm.map((m) => m.toFixed(0)).join(', ')} ms), ${(warm[1]! / files.length).toFixed(1)} ms a file`,
  );
  for (const ext of byExt.keys()) {
    const some = files.filter((f) => f.name.endsWith(ext));
    const t = performance.now();
    for (const f of some) await readInvoiceFile(f.name, f.bytes);
    console.log(`  ${ext}: ${((performance.now() - t) / some.length).toFixed(1)} ms a file`);
  }
  console.log(
    `peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on 2 cores`,
  );
}

void main();
