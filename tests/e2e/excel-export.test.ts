// Excel out, as a clerk uses it: a roster exported from the editor comes back through 导入名单 into a new
// draft as the same stored rows; the drafts list's 导出汇总 of three chosen drafts holds their amounts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { formatYuan } from '../../shared/money';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { storedRoster } from './page-models/roster-grid';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const withoutRowId = (rows: Record<string, unknown>[]) => rows.map(({ _rowId: _ignored, ...rest }) => rest);

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path).buffer as ArrayBuffer);
  return workbook;
}

describe('Excel export', () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grantdesk-xlsx-e2e-'));
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a roster exported from the editor re-imports through 导入名单 into a new draft as the same rows', async () => {
    const list = new DraftsListPage(page);
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const editor = new EditorPage(page);
    const investments = editor.roster('投资明细');
    await expect.poll(() => investments.rowCount()).toBe(4);
    const original = withoutRowId(await storedRoster(page, 'investments'));
    expect(original).toHaveLength(4);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      investments.root.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('投资明细.xlsx');
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.screenshot({
      path: 'test-results/screenshots/excel-export-roster.png',
      animations: 'disabled',
    });

    // What Excel will show: title, 申报单位, the template's header, amounts as numbers, invoice numbers as text.
    const sheet = (await readWorkbook(file)).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('投资明细');
    expect(String(sheet.getCell('A2').value)).toMatch(/^申报单位：衢州/);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '类别*',
      '项目名称*',
      '金额*',
      '发票号码*',
      '开票日期*',
    ]);
    expect(sheet.getCell('C4').value).toBe((original[0]!['amountFen'] as number) / 100);
    expect(sheet.getCell('C4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D4').value).toBe(original[0]!['invoiceNumber']);
    expect(sheet.getCell('E4').value).toBeInstanceOf(Date);

    // A new draft of the same program; its empty 投资明细 takes the file through the dialog, clicked as a user.
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const fresh = new EditorPage(page).roster('投资明细');
    await expect(fresh.rowCount()).resolves.toBe(0);
    const dialog = await fresh.openImport(file);
    await expect(dialog.headerRow()).resolves.toBe('第 3 行');
    await expect(dialog.issues()).resolves.toEqual([]);
    await expect(dialog.importButton().innerText()).resolves.toBe('导入 4 行');
    await dialog.screenshot('excel-export-reimport');
    await dialog.confirm();
    await expect.poll(() => fresh.rowCount()).toBe(4);
    await new EditorPage(page).waitSaved();
    await expect.poll(async () => withoutRowId(await storedRoster(page, 'investments'))).toEqual(original);
  });

  test('导出汇总 of three chosen drafts: one sheet with their applicants, 文号 and the amounts the list shows', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    const rows = page.locator('main .ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const chosen: { amount: string; text: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      await row.locator('.ant-checkbox-input').check();
      // The amount cell says … until the checker has computed it.
      await expect.poll(() => row.locator('td').nth(4).innerText()).not.toBe('…');
      chosen.push({ amount: await row.locator('td').nth(4).innerText(), text: await row.innerText() });
    }
    const button = page.getByRole('button', { name: '导出汇总' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await page.screenshot({
      path: 'test-results/screenshots/excel-export-drafts.png',
      animations: 'disabled',
    });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^申报汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(dir, 'summary.xlsx');
    await download.saveAs(file);

    const sheet = (await readWorkbook(file)).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('申报草稿汇总（3 份）');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '申报单位',
      '项目',
      '政策文号',
      '状态',
      '金额（元）',
      '截止日期',
      '最后保存',
    ]);
    let totalFen = 0;
    for (let i = 0; i < 3; i++) {
      const row = sheet.getRow(3 + i);
      const amount = row.getCell(5);
      expect(typeof amount.value).toBe('number');
      expect(amount.numFmt).toBe('#,##0.00');
      const fen = Math.round((amount.value as number) * 100);
      totalFen += fen;
      // The same figure the list shows for the same draft (found by its applicant and program).
      const [applicant, program] = [String(row.getCell(1).value), String(row.getCell(2).value)];
      const shown = chosen.filter((c) => c.text.includes(applicant) && c.text.includes(program));
      expect(shown.map((c) => c.amount)).toEqual([formatYuan(fen)]);
      expect(row.getCell(4).value).toBe('草稿');
      expect(row.getCell(7).value).toBeInstanceOf(Date);
    }
    expect(sheet.getCell('A6').value).toBe('合计');
    expect(Math.round((sheet.getCell('E6').value as number) * 100)).toBe(totalFen);
  });
});
