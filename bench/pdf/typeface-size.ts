// Size and time of the printed form in each typeface, for all 20 example drafts (every program of
// every policy pack, as `grantdesk example` writes them) and a 300-student roster: 现代 (Noto Sans SC,
// as printed before typefaces existed) against 公文 (Noto Serif SC body, Noto Sans SC Bold headings,
// outlines on a 6-unit grid), measured in one run; then, for comparison, the variants tried on the way.
// Prints figures only. Run: npx tsx bench/pdf/typeface-size.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkForPrint, renderApplicationPdf } from '../../shared/forms';
import { FONT_FILES, typefaceFonts, type FontFile, type PdfFonts } from '../../shared/pdf';
import { buildExampleDraft, listOfferings } from '../../shared/policy';
import { formTemplate } from '../../templates';
import { onePlusXExample } from '../../tests/fixtures/forms/example-drafts';
import { pdfParts } from './pdf-parts';

const TODAY = '2026-01-10';
const LIMIT = 1.2;
const RUNS = 5;
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

const drafts: [string, unknown][] = listOfferings().map((o) => [
  `${o.program}.${o.policy}`,
  buildExampleDraft(o.policy, o.program),
]);
drafts.push(['one-plus-x, 300 students', onePlusXExample(300).draft]);

const sans = await typefaceFonts('sans', read);
const serif = await typefaceFonts('serif', read);
const variants: [string, PdfFonts][] = [
  ['公文, outlines exact (before the grid)', { ...serif, outlineGrid: undefined }],
  [
    '公文 on the grid, headings stroked (serif only, no second font)',
    { regular: serif.regular, outlineGrid: 6 },
  ],
  ['现代 with Noto Sans SC Bold headings (same headings as 公文)', { ...sans, bold: read('sansBold') }],
  ['现代 on the same 6-unit grid', { ...sans, outlineGrid: 6 }],
];

type Printable = ReturnType<typeof checkForPrint> & {
  draft: NonNullable<ReturnType<typeof checkForPrint>['draft']>;
};
const render = (p: Printable, fonts: PdfFonts) =>
  renderApplicationPdf(p.draft, {
    template: formTemplate(p.draft.program),
    fonts,
    source: p.source!,
    checkResult: p.check,
    packVersion: 'bench',
    creationDate: new Date('2025-07-01T00:00:00Z'),
  });

// Warm median of RUNS renders, alternating the two looks so both see the same machine load.
async function timed(p: Printable): Promise<{ sans: number; serif: number }> {
  const t: { sans: number[]; serif: number[] } = { sans: [], serif: [] };
  await render(p, sans);
  await render(p, serif);
  for (let i = 0; i < RUNS; i++)
    for (const [key, fonts] of [
      ['sans', sans],
      ['serif', serif],
    ] as const) {
      const start = performance.now();
      await render(p, fonts);
      t[key].push(performance.now() - start);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[RUNS >> 1]!;
  return { sans: median(t.sans), serif: median(t.serif) };
}

console.log(`公文 against 现代, same draft, same run; limit ${LIMIT}×. Times: warm median of ${RUNS}.`);
console.log(
  '| draft | pages | 现代 bytes | 公文 bytes | 公文 ÷ 现代 | 现代 ms | 公文 ms | 现代 font | 公文 serif font | 公文 heading font | rest 现代 / 公文 |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
const ratios: number[] = [];
const others: number[][] = variants.map(() => []);
for (const [name, raw] of drafts) {
  const p = checkForPrint(raw, { today: TODAY });
  if (!p.draft || !p.source) throw new Error(`${name} is not printable`);
  const printable = p as Printable;
  const [a, b] = [await render(printable, sans), await render(printable, serif)];
  const [pa, pb] = [await pdfParts(a.bytes), await pdfParts(b.bytes)];
  const ms = await timed(printable);
  const ratio = b.bytes.length / a.bytes.length;
  ratios.push(ratio);
  const font = (parts: typeof pa, name: string) => parts.fonts.get(name)?.program ?? 0;
  console.log(
    `| ${name} | ${a.pageCount}/${b.pageCount} | ${a.bytes.length} | ${b.bytes.length} | ${ratio.toFixed(3)}${ratio > LIMIT ? ' (over)' : ''} | ${ms.sans.toFixed(0)} | ${ms.serif.toFixed(0)} | ${font(pa, 'NotoSansSC-Regular')} | ${font(pb, 'NotoSerifSC-Regular')} | ${font(pb, 'NotoSansSC-Bold')} | ${pa.rest} / ${pb.rest} |`,
  );
  for (const [i, [, fonts]] of variants.entries())
    others[i]!.push((await render(printable, fonts)).bytes.length / a.bytes.length);
}
const range = (xs: number[]) =>
  `min ${Math.min(...xs).toFixed(3)}, max ${Math.max(...xs).toFixed(3)}, ${xs.filter((r) => r > LIMIT).length} of ${xs.length} over ${LIMIT}`;
console.log(`\n公文 ÷ 现代: ${range(ratios)}`);
console.log('\nVariants tried, each ÷ today’s 现代 file of the same draft:');
for (const [i, [label]] of variants.entries()) console.log(`- ${label}: ${range(others[i]!)}`);

// Where the bytes of one draft go, object by object (stream bytes as stored, deflated).
const [first, raw] = drafts.find(([n]) => n.startsWith('training-base'))!;
const one = checkForPrint(raw, { today: TODAY }) as Printable;
for (const [label, fonts] of [
  ['现代', sans],
  ['公文', serif],
] as const) {
  const parts = await pdfParts((await render(one, fonts)).bytes);
  console.log(`\n${first}, ${label}: ${parts.total} bytes`);
  for (const [name, f] of parts.fonts)
    console.log(
      `- ${name}: font program ${f.program}, ToUnicode ${f.toUnicode}, widths ${f.widths} (${f.glyphs} glyphs)`,
    );
  console.log(`- page content streams ${parts.content}; everything else ${parts.rest - parts.content}`);
}
const debug = await renderApplicationPdf(one.draft, {
  template: formTemplate(one.draft.program),
  fonts: serif,
  source: one.source!,
  checkResult: one.check,
  packVersion: 'bench',
  debug: true,
});
const faces = { regular: new Set<string>(), bold: new Set<string>() };
for (const box of debug.textBoxes) for (const ch of box.text) faces[box.face].add(ch);
const both = [...faces.bold].filter((ch) => faces.regular.has(ch));
console.log(
  `\n公文 ${first}: ${faces.regular.size} characters in the serif, ${faces.bold.size} in the headings font, ${both.length} in both (each face needs its own outline)`,
);
