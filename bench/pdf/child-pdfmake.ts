// One cold run of pdfmake 0.3 on the equivalent document (bundled by run.ts, pdfmake left external).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { benchmarkDocument } from '../../tests/fixtures/pdf/benchmark-document';
import { pdfmakeDocument } from './pdfmake-document';

const [fontPath, outPath] = process.argv.slice(2) as [string, string];
const pdfmake = createRequire(import.meta.url)('pdfmake');
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p: string) => p === fontPath);
pdfmake.setFonts({
  NotoSansSC: { normal: fontPath, bold: fontPath, italics: fontPath, bolditalics: fontPath },
});
const buffer: Uint8Array = await pdfmake.createPdf(pdfmakeDocument(benchmarkDocument())).getBuffer();
writeFileSync(outPath, buffer);
