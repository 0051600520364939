// Size of the printed form in each typeface, for every example draft (and a 300-student roster):
// 现代 (Noto Sans SC, as printed before typefaces existed) against 公文 (Noto Serif SC body, Noto Sans
// SC Bold headings), with the bytes of each embedded font program. Prints figures only.
// Run: npx tsx bench/pdf/typeface-size.ts
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { checkForPrint, renderApplicationPdf } from '../../shared/forms';
import { FONT_FILES, typefaceFonts, type FontFile, type PdfFonts } from '../../shared/pdf';
import { formTemplate } from '../../templates';
import { onePlusXExample } from '../../tests/fixtures/forms/example-drafts';

const TODAY = '2026-01-10';
const LIMIT = 1.2;
const RUNS = 3;
const files = new Map<FontFile, Uint8Array>();
const read = (file: FontFile) => {
  let bytes = files.get(file);
  if (!bytes)
    files.set(
      file,
      (bytes = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FONT_FILES[file])))),
    );
  return bytes;
};

// Compressed bytes of each embedded font program (FontFile2), by base font name without its subset tag.
async function fontPrograms(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const out = new Map<string, number>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const ref = obj.get(PDFName.of('FontFile2'));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    const name =
      obj
        .get(PDFName.of('FontName'))
        ?.toString()
        .replace(/^\/[A-Z]{6}\+/, '') ?? '?';
    if (stream instanceof PDFRawStream) {
      const length = stream.dict.get(PDFName.of('Length'));
      out.set(name, length instanceof PDFNumber ? length.asNumber() : stream.contents.length);
    }
  }
  return out;
}

const drafts: [string, unknown][] = readdirSync('tests/fixtures/drafts')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join('tests/fixtures/drafts', f), 'utf8'))]);
drafts.push(['one-plus-x, 300 students', onePlusXExample(300).draft]);

const variants: [string, PdfFonts][] = [
  ['sans', await typefaceFonts('sans', read)],
  ['serif', await typefaceFonts('serif', read)],
  // For comparison only: the serif alone, headings stroked (宋体 bold), no second font.
  ['serif body only', { regular: read('serifRegular') }],
];

console.log(`Typeface sizes; limit for 公文: ${LIMIT}× the 现代 form of the same draft.`);
console.log(
  `| draft | pages | 现代 bytes | 公文 bytes | 公文 ÷ 现代 | serif-only bytes (ratio) | 现代 font program | 公文 serif program | 公文 heading program | warm ms 现代 / 公文 (median of ${RUNS}) |`,
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
const ratios: number[] = [];
for (const [name, raw] of drafts) {
  const { check, draft, source } = checkForPrint(raw, { today: TODAY });
  if (!draft || !source) throw new Error(`${name} is not printable`);
  const sizes: { bytes: number; pages: number; ms: number; fonts: Map<string, number> }[] = [];
  for (const [, fonts] of variants) {
    const render = () =>
      renderApplicationPdf(draft, {
        template: formTemplate(draft.program),
        fonts,
        source,
        checkResult: check,
        packVersion: 'bench',
        creationDate: new Date('2025-07-01T00:00:00Z'),
      });
    const pdf = await render();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await render();
      times.push(performance.now() - t);
    }
    const ms = [...times].sort((a, b) => a - b)[RUNS >> 1]!;
    sizes.push({ bytes: pdf.bytes.length, pages: pdf.pageCount, ms, fonts: await fontPrograms(pdf.bytes) });
  }
  const [sans, serif, serifOnly] = sizes as [(typeof sizes)[0], (typeof sizes)[0], (typeof sizes)[0]];
  const ratio = serif.bytes / sans.bytes;
  ratios.push(ratio);
  console.log(
    `| ${name} | ${sans.pages}/${serif.pages} | ${sans.bytes} | ${serif.bytes} | ${ratio.toFixed(3)}${ratio > LIMIT ? ' (over)' : ''} | ${serifOnly.bytes} (${(serifOnly.bytes / sans.bytes).toFixed(3)}) | ${sans.fonts.get('NotoSansSC-Regular')} | ${serif.fonts.get('NotoSerifSC-Regular')} | ${serif.fonts.get('NotoSansSC-Bold') ?? '—'} | ${sans.ms.toFixed(0)} / ${serif.ms.toFixed(0)} |`,
  );
}
console.log(
  `公文 ÷ 现代: min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}; ${ratios.filter((r) => r > LIMIT).length} of ${ratios.length} over ${LIMIT}`,
);
