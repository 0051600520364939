// Prints how long the app itself takes over 100 invoice files (17 XML, 34 OFD, 49 PDF): the built renderer
// in Chromium, the files handed to 导入发票's file input on the Quzhou training-base example, timed in the
// page from the input's change to the frame after the preview's summary shows all 100 (the Worker reads
// them, pdf.js included). First pass in a fresh browser profile, then warm passes. Figures only.
// `npx tsx bench/invoices/app-100.ts [fresh profiles, default 3] [warm passes, default 4]`; BUILD=0 skips the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { DraftsListPage } from '../../tests/e2e/page-models/drafts-list-page';
import { launchBrowser } from '../../tests/e2e/support/chromium';
import { makeHundred } from './make-100';

const root = resolve(import.meta.dirname, '../..');
const profiles = Number(process.argv[2] ?? 3);
const warmPasses = Number(process.argv[3] ?? 4);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Opens 导入发票, hands the files to its input and resolves with the ms the page measured. */
async function importOnce(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<number> {
  await page.locator('.invoice-import-button').click();
  const input = page.getByTestId('invoice-pick-files');
  await input.waitFor({ state: 'attached' });
  // From the input's change to the first DOM state with the preview's summary and no 读取中 notice. No
  // named functions inside: tsx would wrap them in a __name() helper the page does not have.
  await input.evaluate((el) => {
    (window as unknown as { benchDone: Promise<number> }).benchDone = new Promise<number>((done) => {
      el.addEventListener(
        'change',
        () => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!document.querySelector('[data-testid="invoice-summary"]')) return;
            if (document.querySelector('.invoice-reading')) return;
            observer.disconnect();
            done(performance.now() - t0);
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        },
        { capture: true, once: true },
      );
    });
  });
  await input.setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })),
  );
  let timer: NodeJS.Timeout | undefined;
  const ms = await Promise.race([
    page.evaluate('window.benchDone') as Promise<number>,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no preview after 120 s')), 120_000);
    }),
  ]).finally(() => clearTimeout(timer));
  const summary = await page.getByTestId('invoice-summary').innerText();
  if (!summary.startsWith(`${files.length} 张发票`)) throw new Error(`the preview says: ${summary}`);
  const refused = await page.getByTestId('invoice-refused').count();
  if (refused > 0) throw new Error(`${refused} files refused: the bench's files must all read`);
  await page.locator('.invoice-import-dialog .ant-modal-footer button').first().click(); // 取消
  await page.locator('.invoice-import-dialog .ant-modal').waitFor({ state: 'detached' });
  return ms;
}

if (process.env['BUILD'] !== '0')
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
// ONLY=pdf (or xml,ofd) and COUNT=n take a part of the 100, to see where the time goes.
const only = process.env['ONLY']?.split(',');
const files = (await makeHundred())
  .filter((f) => !only || only.some((ext) => f.name.endsWith(`.${ext}`)))
  .slice(0, Number(process.env['COUNT'] ?? 100));
// RENDERERS=dirA,dirB compares builds in one run, taking turns profile by profile (default: out/renderer).
const dirs = (process.env['RENDERERS'] ?? resolve(root, 'out/renderer')).split(',');
const servers = await Promise.all(dirs.map((d) => startStaticServer(resolve(d))));
const first: number[][] = dirs.map(() => []);
const warm: number[][] = dirs.map(() => []);
console.log(
  `${files.length} invoice files in the app (Chromium), ${profiles} fresh profiles × (1 first + ${warmPasses} warm)` +
    (dirs.length > 1 ? ` for each of ${dirs.join(', ')}` : ''),
);
try {
  for (let p = 0; p < profiles; p++) {
    for (const [d, { url }] of servers.entries()) {
      const { context, close } = await launchBrowser();
      try {
        const page = await context.newPage();
        const list = new DraftsListPage(page);
        await list.open(url);
        await list.loadExamples();
        await list.search('衢州智造');
        await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
        const before = load();
        const times = [];
        for (let i = 0; i <= warmPasses; i++) times.push(await importOnce(page, files));
        first[d]!.push(times[0]!);
        warm[d]!.push(...times.slice(1));
        console.log(
          `${dirs.length > 1 ? `${dirs[d]} ` : ''}profile ${p + 1}: first ${times[0]!.toFixed(0)} ms, warm ${times
            .slice(1)
            .map((t) => t.toFixed(0))
            .join(' / ')} ms  (loadavg ${before} → ${load()})`,
        );
      } finally {
        await close();
      }
    }
  }
  for (const [d, dir] of dirs.entries())
    console.log(
      `${dirs.length > 1 ? `${dir}: ` : ''}first pass median ${median(first[d]!).toFixed(0)} ms ` +
        `(${first[d]!.map((t) => t.toFixed(0)).join(', ')}); warm median ${median(warm[d]!).toFixed(0)} ms; ` +
        'goal: under 2,000 ms',
    );
  if (dirs.length > 1)
    console.log(
      `ratio ${dirs[1]} / ${dirs[0]}: first ${(median(first[1]!) / median(first[0]!)).toFixed(2)}, ` +
        `warm ${(median(warm[1]!) / median(warm[0]!)).toFixed(2)}`,
    );
} finally {
  for (const { server } of servers) server.close();
}
