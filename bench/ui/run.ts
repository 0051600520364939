// Prints UI figures in real Chromium: the drafts list's first render with 10,000 drafts, and the time
// per keystroke in a draft with a 2,000-row roster (goal: one frame, 16 ms). Figures only, no assertions.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { launchBrowser } from '../../tests/e2e/support/chromium';
import { SEED, TYPE } from './page-scripts';

const root = resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

async function seed(page: Page, drafts: number, rosterRows: number): Promise<string> {
  return page.evaluate(`(${SEED})(${JSON.stringify({ drafts, rosterRows })})`) as Promise<string>;
}

async function firstRender(page: Page, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = Date.now();
    await page.goto(url);
    await page.reload();
    await page.locator('.ant-table-row a').first().waitFor();
    times.push(Date.now() - t0);
  }
  return times;
}

async function keystrokes(
  page: Page,
  url: string,
  count: number,
): Promise<{ sync: number[]; frame: number[] }> {
  await page.goto(url);
  await page.getByLabel('联系人', { exact: true }).waitFor();
  await page.waitForTimeout(1000);
  return page.evaluate(`(${TYPE})(${count})`) as Promise<{ sync: number[]; frame: number[] }>;
}

execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'pipe',
});
const { url, server } = await startStaticServer(resolve(root, 'out/renderer'));
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  await page.goto(`${url}#/drafts`);
  await page.getByRole('button', { name: /载入示例申报/ }).click();
  await page.getByText('已载入示例申报').waitFor();
  const listSmall = await firstRender(page, `${url}#/drafts`, 5);
  const internId = await seed(page, 0, 0);
  const keysSmall = await keystrokes(page, `${url}#/drafts/${internId}`, 40);
  await seed(page, 10_000, 2_000);
  const listLarge = await firstRender(page, `${url}#/drafts`, 5);
  const keysLarge = await keystrokes(page, `${url}#/drafts/${internId}`, 40);
  console.log(
    'GrantDesk UI in Chromium (median of runs; reload to first row of the list includes page load)',
  );
  console.log(`drafts list, 20 drafts:       first render ${median(listSmall)} ms`);
  console.log(
    `drafts list, 10,000 drafts:   first render ${median(listLarge)} ms  (ratio ${(median(listLarge) / median(listSmall)).toFixed(2)})`,
  );
  const line = (label: string, k: { sync: number[]; frame: number[] }) =>
    `${label} handling median ${median(k.sync).toFixed(1)} ms (p95 ${p95(k.sync).toFixed(1)}), ` +
    `to next frame median ${median(k.frame).toFixed(1)} ms (p95 ${p95(k.frame).toFixed(1)})`;
  console.log(line('keystroke, roster of 3 rows:    ', keysSmall));
  console.log(`${line('keystroke, roster of 2,003 rows:', keysLarge)}  (goal: handling under 16 ms)`);
  console.log(
    `ratio 2,003 rows / 3 rows (handling): ${(median(keysLarge.sync) / median(keysSmall.sync)).toFixed(2)}`,
  );
} finally {
  await close();
  server.close();
}
