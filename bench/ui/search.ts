// Prints how long the drafts list takes to answer a search in real Chromium with 1,000 drafts of 30 roster
// rows each (30,000 people): by a roster person's ID number, by a 统一社会信用代码, by a title word.
// Figures only, no assertions. Run after a build (npm run build, or any e2e run): npx tsx bench/ui/search.ts
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import { launchBrowser } from '../../tests/e2e/support/chromium';

const root = resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const DRAFTS = 1_000;
const ROWS = 30;

/** Copies the Quzhou internship example into DRAFTS drafts of ROWS interns each, with their search terms. */
const SEED = `async ({ drafts, rows }) => {
  const req = indexedDB.open('grantdesk');
  const db = await new Promise((ok, fail) => { req.onsuccess = () => ok(req.result); req.onerror = () => fail(req.error); });
  const read = db.transaction(['drafts', 'rosterRows'], 'readonly');
  const draftsReq = read.objectStore('drafts').getAll();
  const rowsReq = read.objectStore('rosterRows').getAll();
  await new Promise((ok) => { read.oncomplete = ok; });
  const intern = draftsReq.result.find((r) => r.program === 'internship' && r.policy === 'quzhou-2025');
  const template = rowsReq.result.find((r) => r.draftId === intern.id && r.roster === 'interns');
  const tx = db.transaction(['drafts', 'rosterRows'], 'readwrite');
  const now = Date.now();
  for (let d = 0; d < drafts; d++) {
    const code = '9133' + String(d).padStart(14, '0');
    const data = { ...intern.data, applicant: { ...intern.data.applicant, name: '企业' + d, orgCode: code } };
    tx.objectStore('drafts').put({ ...intern, id: 'bench-' + d, applicantId: undefined, title: '企业' + d + ' 实习补贴', data, updatedAt: now - d * 1000 });
    for (let i = 0; i < rows; i++) {
      const idNumber = '3308022003' + String(d).padStart(4, '0') + String(i).padStart(3, '0') + 'X';
      const name = '学生' + d + '_' + i;
      tx.objectStore('rosterRows').put({ ...template, id: 'bench-' + d + '-' + i, draftId: 'bench-' + d, order: i, row: { ...template.row, idNumber, name }, terms: [name, idNumber] });
    }
  }
  await new Promise((ok) => { tx.oncomplete = ok; });
  db.close();
}`;

async function searchTime(page: Page, text: string, expectTitle: string): Promise<number> {
  const box = page.getByPlaceholder('搜索标题、申报单位或代码');
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.pressSequentially(text);
  const t0 = performance.now();
  await box.press('Enter');
  await page
    .locator('main .ant-table-row a:not(.ant-btn)', { hasText: expectTitle })
    .first()
    .waitFor({ timeout: 5000 })
    .catch(async (e: unknown) => {
      console.log(text, await page.locator('main').innerText());
      throw e;
    });
  const elapsed = performance.now() - t0;
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.press('Enter');
  await page.getByText(/^共 \d+ 份$/).waitFor();
  return elapsed;
}

const { url, server } = await startStaticServer(resolve(root, 'out/renderer'));
const { context, close } = await launchBrowser();
try {
  const page = await context.newPage();
  await page.goto(`${url}#/drafts`);
  await page.getByRole('button', { name: /载入示例申报/ }).click();
  await page.getByText('已载入示例申报').waitFor();
  await page.evaluate(`(${SEED})(${JSON.stringify({ drafts: DRAFTS, rows: ROWS })})`);
  await page.reload();
  await page.locator('main .ant-table-row a').first().waitFor();
  const cases: [string, string, string][] = [
    ['roster ID number', '33080220030777012X', '企业777 实习补贴'],
    ['roster name', '学生512_3', '企业512 实习补贴'],
    ['credit code', '913300000000000421', '企业421 实习补贴'],
    ['title word', '企业998', '企业998 实习补贴'],
  ];
  console.log(
    `drafts list search in Chromium, ${DRAFTS} drafts × ${ROWS} roster rows (median of 5, Enter → row shown)`,
  );
  for (const [label, text, title] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await searchTime(page, text, title));
    console.log(`${label.padEnd(18)} ${median(times).toFixed(0)} ms`);
  }
} finally {
  await close();
  server.close();
}
