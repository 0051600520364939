// Hostile files picked through the UI: refused by name within seconds, the page still answering.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pngOf, zlibBomb } from '../hostile/bytes';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

describe('hostile files through the UI', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-hostile-e2e-'));

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.getCell('A1').value = '姓名';
    for (let r = 1; r <= 2000; r++) sheet.getCell(r, 16384).value = 'x';
    writeFileSync(join(dir, '实习名单.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    writeFileSync(join(dir, '场地全景.png'), pngOf(30000, 30000, zlibBomb(2575, 0)));
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a 30000×30000 PNG attachment is refused by its header; nothing is stored and the page answers', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await list.search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const before = await page.getByTestId('attachment-name').allInnerTexts();
    await page.locator('.attachments-section input[type=file]').setInputFiles(join(dir, '场地全景.png'));
    const notice = page.locator('.ant-message-notice', { hasText: '场地全景.png' });
    await notice.waitFor({ timeout: 20_000 });
    await expect(notice.innerText()).resolves.toBe(
      '「场地全景.png」不能作为附件：图片为 30000×30000 像素，超过 50 百万像素的上限，请缩小后再添加',
    );
    await expect(page.getByTestId('attachment-name').allInnerTexts()).resolves.toEqual(before);
    await page.screenshot({ path: 'test-results/screenshots/hostile-png-30000.png' });
    // The page still answers: search on the drafts list takes typing.
    await list.open(inject('baseUrl'));
    await list.search('衢州');
    await page
      .getByRole('link', { name: /^衢州.*产教融合实训基地建设补助$/ })
      .first()
      .waitFor();
  });

  test('an .xlsx with a cell in column XFD on 2,000 rows is refused by name; the editor still answers', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'internship');
    const interns = new EditorPage(page).roster('实习学生名单');
    const started = Date.now();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      interns.root.getByRole('button', { name: '导入 Excel/CSV' }).click(),
    ]);
    await chooser.setFiles(join(dir, '实习名单.xlsx'));
    await expect
      .poll(async () => (await interns.issues()).join('\n'), { timeout: 30_000 })
      .toContain('文件「实习名单.xlsx」无法读取：单元格 XFD1 超出名单可用的 256 列，请删除该列之后的内容');
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(interns.rowCount()).resolves.toBe(0);
    // The page still answers: the first field of the form takes typing.
    const field = page.locator('.editor-form input[type=text]').first();
    await field.click();
    await page.keyboard.type('甲');
    await expect.poll(() => field.inputValue()).toContain('甲');
    await page.screenshot({ path: 'test-results/screenshots/hostile-xlsx-xfd.png' });
  });
});
