// Benchmark: our engine vs pdfmake 0.3 vs Chromium --print-to-pdf on the issue's document
// (3 form pages + 300-row roster). Prints figures only. Run: npx tsx bench/pdf/run.ts [--keep=DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderDocument } from '../../shared/pdf';
import { benchmarkDocument } from '../../tests/fixtures/pdf/benchmark-document';
import { htmlDocument } from './html-document';
import { pdfmakeDocument } from './pdfmake-document';

const HERE = dirname(fileURLToPath(import.meta.url));
const FONT = resolve(
  HERE,
  '../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);
const WARM_N = 10;
const COLD_N = 5;
const CHROMIUM = '/usr/bin/chromium';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function warm(run: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < 3; i++) bytes = (await run()).length;
  const times: number[] = [];
  for (let i = 0; i < WARM_N; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return { ms: median(times), bytes };
}

function cold(cmd: string, args: (i: number) => string[], out: string, setup?: (i: number) => void) {
  const times: number[] = [];
  for (let i = 0; i < COLD_N; i++) {
    setup?.(i);
    rmSync(out, { force: true });
    const t = performance.now();
    const r = spawnSync(cmd, args(i), { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  }
  return { ms: median(times), bytes: statSync(out).size };
}

async function bundle(entry: string, outfile: string, external: string[]): Promise<void> {
  // esbuild comes with tsx; bundling lets the cold runs start like shipped JS, without a TS loader.
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external,
    logLevel: 'error',
  });
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'grantdesk-bench-'));
  // Bundles live next to node_modules so `pdfmake` resolves; removed at the end.
  const outDir = join(HERE, '.out');
  mkdirSync(outDir, { recursive: true });
  try {
    const font = new Uint8Array(readFileSync(FONT));
    const model = benchmarkDocument();
    const date = new Date('2025-07-01T08:00:00Z');

    const oursWarm = await warm(() => renderDocument(model, { regular: font }, { creationDate: date }));

    const pdfmake = createRequire(import.meta.url)('pdfmake');
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p: string) => p === FONT);
    pdfmake.setFonts({ NotoSansSC: { normal: FONT, bold: FONT, italics: FONT, bolditalics: FONT } });
    const pdfmakeWarm = await warm(() => pdfmake.createPdf(pdfmakeDocument(model)).getBuffer());

    await bundle(join(HERE, 'child-ours.ts'), join(outDir, 'ours.mjs'), []);
    await bundle(join(HERE, 'child-pdfmake.ts'), join(outDir, 'pdfmake.mjs'), ['pdfmake']);
    const out = join(tmp, 'out.pdf');
    const nodeBare = cold(
      process.execPath,
      () => ['-e', `require('fs').writeFileSync(${JSON.stringify(out)}, '')`],
      out,
    );
    const oursCold = cold(process.execPath, () => [join(outDir, 'ours.mjs'), FONT, out], out);
    writeFileSync(join(tmp, 'ours.pdf'), readFileSync(out));
    const pdfmakeCold = cold(process.execPath, () => [join(outDir, 'pdfmake.mjs'), FONT, out], out);
    writeFileSync(join(tmp, 'pdfmake.pdf'), readFileSync(out));

    const html = join(tmp, 'form.html');
    writeFileSync(html, htmlDocument(model, pathToFileURL(FONT).href));
    const chromium = (extra: string[]) =>
      cold(
        CHROMIUM,
        (i) => [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(tmp, `profile-${extra.length}-${i}`)}`,
          ...extra,
          `--print-to-pdf=${out}`,
          pathToFileURL(html).href,
        ],
        out,
      );
    const chromeTagged = chromium([]);
    writeFileSync(join(tmp, 'chromium.pdf'), readFileSync(out));
    const chromeUntagged = chromium(['--disable-pdf-tagging']);

    const pages = (f: string) =>
      spawnSync('qpdf', ['--show-npages', join(tmp, f)], { encoding: 'utf8' }).stdout.trim();
    const rows: [string, string, string, string][] = [
      [
        'GrantDesk engine (pdf-lib + fontkit 2)',
        oursWarm.ms.toFixed(1),
        oursCold.ms.toFixed(0),
        `${oursWarm.bytes} (${pages('ours.pdf')} p)`,
      ],
      [
        'pdfmake 0.3.11',
        pdfmakeWarm.ms.toFixed(1),
        pdfmakeCold.ms.toFixed(0),
        `${pdfmakeWarm.bytes} (${pages('pdfmake.pdf')} p)`,
      ],
      [
        'Chromium --print-to-pdf (tagged, default)',
        '—',
        chromeTagged.ms.toFixed(0),
        `${chromeTagged.bytes} (${pages('chromium.pdf')} p)`,
      ],
      [
        'Chromium --print-to-pdf --disable-pdf-tagging',
        '—',
        chromeUntagged.ms.toFixed(0),
        `${chromeUntagged.bytes}`,
      ],
      ['(bare node process, for reference)', '—', nodeBare.ms.toFixed(0), '—'],
    ];
    const w = [48, 10, 10, 18];
    const line = (cols: string[]) =>
      cols.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' ');
    console.log(
      `Benchmark document: 3 form pages + 300-row roster; warm = median of ${WARM_N} after 3 warm-ups, cold = median of ${COLD_N} fresh processes (wall time).`,
    );
    console.log(line(['', 'warm ms', 'cold ms', 'bytes']));
    for (const r of rows) console.log(line(r));
    const keep = process.argv.find((a) => a.startsWith('--keep='))?.slice('--keep='.length);
    if (keep) {
      mkdirSync(keep, { recursive: true });
      for (const f of ['ours.pdf', 'pdfmake.pdf', 'chromium.pdf'])
        writeFileSync(join(keep, f), readFileSync(join(tmp, f)));
      console.log(`PDFs kept in ${keep}`);
    }
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    console.log(
      `ours / pdfmake   warm ${ratio(oursWarm.ms, pdfmakeWarm.ms)}  cold ${ratio(oursCold.ms, pdfmakeCold.ms)}  size ${ratio(oursWarm.bytes, pdfmakeWarm.bytes)}`,
    );
    console.log(
      `ours / Chromium  cold ${ratio(oursCold.ms, chromeTagged.ms)} (tagged), ${ratio(oursCold.ms, chromeUntagged.ms)} (untagged)  size ${ratio(oursWarm.bytes, chromeTagged.bytes)} / ${ratio(oursWarm.bytes, chromeUntagged.bytes)}`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
