// Render time and size of each program's example application (and the 300-student roster).
// Prints figures only. Run: npx tsx bench/forms/run.ts
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { checkForPrint, renderApplicationPdf, renderBlankFillable } from '../../shared/forms';
import { formTemplate } from '../../templates';
import { onePlusXExample } from '../../tests/fixtures/forms/example-drafts';

const RUNS = 5;
const TODAY = '2026-01-10';
const font = new Uint8Array(
  readFileSync(
    createRequire(import.meta.url).resolve(
      '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    ),
  ),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function time(render: () => Promise<{ bytes: Uint8Array; pageCount: number }>) {
  const first = performance.now();
  let last = await render();
  const cold = performance.now() - first;
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    last = await render();
    warm.push(performance.now() - t);
  }
  return { cold, warm: median(warm), bytes: last.bytes.length, pages: last.pageCount };
}

const drafts: [string, unknown][] = readdirSync('tests/fixtures/drafts')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join('tests/fixtures/drafts', f), 'utf8'))]);
drafts.push(['one-plus-x, 300 students', onePlusXExample(300).draft]);

console.log(
  `| draft | pages | first ms | warm median ms (${RUNS}) | bytes | blank fillable ms | blank bytes |`,
);
console.log('|---|---|---|---|---|---|---|');
for (const [name, raw] of drafts) {
  const { check, draft, source } = checkForPrint(raw, { today: TODAY });
  if (!draft || !source) throw new Error(`${name} is not printable`);
  const template = formTemplate(draft.program);
  const app = await time(() =>
    renderApplicationPdf(draft, {
      template,
      fonts: { regular: font },
      source,
      checkResult: check,
      packVersion: 'bench',
    }),
  );
  const blank = await time(() => renderBlankFillable(template, source, { regular: font }));
  console.log(
    `| ${name} | ${app.pages} | ${app.cold.toFixed(0)} | ${app.warm.toFixed(0)} | ${app.bytes} | ${blank.warm.toFixed(0)} | ${blank.bytes} |`,
  );
}
