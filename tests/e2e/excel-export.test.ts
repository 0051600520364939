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
  // Left by the first test for the second: the example's 合作院校 as stored, and its 申报汇总表.
  let schools: Record<string, unknown>[] = [];
  let summaryFile = '';

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
    await list.search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const editor = new EditorPage(page);
    const investments = editor.roster('投资明细');
    await expect.poll(() => investments.rowCount()).toBe(4);
    const original = withoutRowId(await storedRoster(page, 'investments'));
    expect(original).toHaveLength(4);
    schools = withoutRowId(await storedRoster(page, 'partnerSchools'));

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
      '来源文件',
    ]);
    expect(sheet.getCell('C4').value).toBe((original[0]!['amountFen'] as number) / 100);
    expect(sheet.getCell('C4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D4').value).toBe(original[0]!['invoiceNumber']);
    expect(sheet.getCell('E4').value).toBeInstanceOf(Date);

    // 导出汇总表 beside printing: the form sheet holds the amount the panel shows, then one sheet per roster.
    const [summary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出汇总表' }).click(),
    ]);
    expect(summary.suggestedFilename()).toMatch(/产教融合实训基地建设补助-申报汇总表\.xlsx$/);
    summaryFile = join(dir, 'draft-summary.xlsx');
    await summary.saveAs(summaryFile);
    await page.screenshot({
      path: 'test-results/screenshots/excel-export-summary.png',
      animations: 'disabled',
    });
    const workbook = await readWorkbook(summaryFile);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['申报表', '投资明细', '合作院校']);
    const form = new Map<string, ExcelJS.CellValue>();
    workbook.worksheets[0]!.eachRow((row) => form.set(String(row.getCell(1).value), row.getCell(2).value));
    const shownAmount = await page
      .getByText(/^¥[\d,]+\.\d\d$/)
      .first()
      .innerText();
    expect(`¥${formatYuan(Math.round((form.get('申请补助金额（元）') as number) * 100))}`).toBe(shownAmount);
    expect(
      await page
        .getByText(/^大写：/)
        .first()
        .innerText(),
    ).toBe(`大写：${String(form.get('大写'))}`);

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

  test('the 申报汇总表 re-imports a roster from its own sheet; 工作表 picks another by clicking', async () => {
    expect(schools.length).toBeGreaterThan(0);
    // The new draft of the test before: 投资明细 imported, 合作院校 still empty.
    const roster = new EditorPage(page).roster('合作院校');
    await expect(roster.rowCount()).resolves.toBe(0);
    const dialog = await roster.openImport(summaryFile);
    await expect(dialog.sheet()).resolves.toBe('合作院校');
    await expect(dialog.issues()).resolves.toEqual([]);
    // The form sheet is no roster: no header found there, its rows each refused, nothing to import.
    await dialog.chooseSheet('申报表');
    await expect.poll(() => dialog.headerRow()).toBe('没有表头（第一行就是数据）');
    await dialog.issuesTitle().waitFor();
    await expect(dialog.importButton().isEnabled()).resolves.toBe(false);
    await dialog.screenshot('excel-export-summary-form-sheet');
    await dialog.chooseSheet('合作院校');
    await expect(dialog.headerRow()).resolves.toBe('第 3 行');
    await expect(dialog.importButton().innerText()).resolves.toBe(`导入 ${schools.length} 行`);
    await dialog.screenshot('excel-export-summary-sheet');
    await dialog.confirm();
    await expect.poll(() => roster.rowCount()).toBe(schools.length);
    await new EditorPage(page).waitSaved();
    await expect.poll(async () => withoutRowId(await storedRoster(page, 'partnerSchools'))).toEqual(schools);
  });

  test('导出汇总 of three chosen drafts: one sheet with their applicants, 文号 and the amounts the list shows', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    const rows = page.locator('main .ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const amountOf = (i: number) => rows.nth(i).locator('.ant-table-cell').nth(4).innerText();
    // Every visible amount computed (… until the checker has run); then a computed one first, two more after.
    const count = await rows.count();
    await expect
      .poll(async () =>
        (await Promise.all(Array.from({ length: count }, (_, i) => amountOf(i)))).includes('…'),
      )
      .toBe(false);
    const amounts = await Promise.all(Array.from({ length: count }, (_, i) => amountOf(i)));
    const computed = amounts.findIndex((a) => /^[\d,]+\.\d\d$/.test(a));
    expect(computed).toBeGreaterThanOrEqual(0);
    const picks = [computed, ...[0, 1, 2, 3].filter((i) => i !== computed)].slice(0, 3);
    const chosen: { amount: string; text: string }[] = [];
    for (const i of picks) {
      await rows.nth(i).locator('.ant-checkbox-input').check();
      chosen.push({ amount: amounts[i]!, text: await rows.nth(i).innerText() });
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
      // The draft the row names (by applicant and program) shows the same amount in the list.
      const [applicant, program] = [String(row.getCell(1).value), String(row.getCell(2).value)];
      const shown = chosen.filter((c) => c.text.includes(applicant) && c.text.includes(program));
      expect(shown).toHaveLength(1);
      expect(shown[0]!.text).toContain(String(row.getCell(3).value));
      const amount = row.getCell(5);
      if (shown[0]!.amount === '未计算') expect(amount.value).toBe('未计算');
      else {
        expect(typeof amount.value).toBe('number');
        expect(amount.numFmt).toBe('#,##0.00');
        const fen = Math.round((amount.value as number) * 100);
        expect(formatYuan(fen)).toBe(shown[0]!.amount);
        totalFen += fen;
      }
      expect(row.getCell(4).value).toBe('草稿');
      expect(row.getCell(7).value).toBeInstanceOf(Date);
    }
    expect(totalFen).toBeGreaterThan(0);
    expect(sheet.getCell('A6').value).toBe('合计');
    expect(Math.round((sheet.getCell('E6').value as number) * 100)).toBe(totalFen);
  });
});
