// One cold run of our engine (bundled by run.ts): read the font, render, write the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderDocument } from '../../shared/pdf';
import { benchmarkDocument } from '../../tests/fixtures/pdf/benchmark-document';

const [fontPath, outPath] = process.argv.slice(2) as [string, string];
const bytes = await renderDocument(
  benchmarkDocument(),
  { regular: new Uint8Array(readFileSync(fontPath)) },
  {
    creationDate: new Date('2025-07-01T08:00:00Z'),
  },
);
writeFileSync(outPath, bytes);
