// 填写官方表格 with a bureau's Word form: the label the app does not know is mapped by clicking,
// the filled .docx downloads, and the same form picked again comes with that mapping applied.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { FORMS } from '../fixtures/docx/make-forms';
import { commitmentForm } from '../fixtures/docx/make-forms-2';
import { bodyParagraphs, tables } from '../unit/shared/office/docx/docx-tools';

describe('填写官方表格: a Word form the bureau hands out', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-docx-e2e-'));
  const form = join(dir, '附件1：企业实习补贴申报表.docx');
  writeFileSync(form, FORMS['label-value']());

  beforeAll(async () => {
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

  async function pickWord(file: string): Promise<void> {
    await page.goto(`${inject('baseUrl')}#/acroform`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '选择 Word 表格（.docx）…' }).click(),
    ]);
    await chooser.setFiles(file);
  }

  async function chooseDraft(): Promise<void> {
    await page.getByRole('combobox', { name: '申报草稿' }).click();
    await page.keyboard.type('衢州智造');
    await page.locator('.ant-select-item-option', { hasText: '企业实习实训补助' }).first().click();
  }

  async function generate(name: string): Promise<string[][]> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成已填写的 Word 表格' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('附件1：企业实习补贴申报表（已填写）.docx');
    const out = join(dir, name);
    await download.saveAs(out);
    return tables(new Uint8Array(readFileSync(out)))[0]!;
  }

  const savedMappings = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('grantdesk.acroform.'))
        .map((k) => JSON.parse(localStorage.getItem(k)!) as { fields: Record<string, string> }),
    );

  test('the unknown label is asked for, mapped by clicking, filled and remembered', async () => {
    await pickWord(form);
    await expect(page.getByTestId('official-docx').innerText()).resolves.toBe(
      '附件1：企业实习补贴申报表.docx：1 个表格',
    );
    await chooseDraft();
    await expect(page.getByTestId('docx-unmatched').innerText()).resolves.toContain(
      '有 1 个标签未能自动识别',
    );
    // Recognised labels come with their field chosen; 填报人 is flagged 未识别.
    const row = (label: string) => page.locator('.ant-table-row', { hasText: label }).first();
    await expect(row('统一社会信用代码').innerText()).resolves.toContain('统一社会信用代码');
    await expect(row('联系人及电话').innerText()).resolves.toContain('联系人及电话');
    await expect(row('填报人').innerText()).resolves.toContain('未识别');
    await page.screenshot({
      path: 'test-results/screenshots/docx-form-unmatched.png',
      fullPage: true,
      animations: 'disabled',
    });

    await page.getByRole('combobox', { name: '标签 填报人' }).click();
    await page.keyboard.type('联系人');
    await page.locator('.ant-select-item-option[title="联系人"]').click();
    await expect.poll(() => page.getByTestId('docx-unmatched').count()).toBe(0);

    const cells = await generate('filled-1.docx');
    expect(cells[0]).toEqual(['申/报/单/位', '企业名称', '衢州智造精工机械有限公司']);
    expect(cells[8]).toEqual(['480', '12', '郑晓燕']);
    await expect(page.getByTestId('official-result').innerText()).resolves.toBe(
      '已填写 14 项，名单 0 行；0 个标签未填写',
    );
    await expect
      .poll(savedMappings)
      .toEqual([{ formFingerprint: expect.any(String), fields: { 填报人: 'applicant.contactPerson' } }]);
  });

  test('the same form picked again comes with the mapping applied', async () => {
    await page.reload();
    await pickWord(form);
    await page.getByTestId('official-docx').waitFor();
    await chooseDraft();
    await page.getByTestId('mapping-restored').waitFor();
    expect(await page.getByTestId('docx-unmatched').count()).toBe(0);
    await expect(
      page
        .getByRole('combobox', { name: '标签 填报人' })
        .locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')
        .innerText(),
    ).resolves.toContain('联系人');
    const cells = await generate('filled-2.docx');
    expect(cells[8]).toEqual(['480', '12', '郑晓燕']);
    await page.screenshot({
      path: 'test-results/screenshots/docx-form-restored.png',
      fullPage: true,
      animations: 'disabled',
    });
  });

  test('a form of running text only: its blanks are listed by paragraph and filled in place', async () => {
    const letter = join(dir, '附件3：申报承诺书.docx');
    writeFileSync(letter, commitmentForm());
    await page.reload();
    await pickWord(letter);
    await expect
      .poll(() => page.getByTestId('official-docx').innerText())
      .toBe('附件3：申报承诺书.docx：正文中 3 处填空');
    await chooseDraft();
    const row = (label: string) => page.locator('.ant-table-row', { hasText: label }).first();
    await expect(row('申报单位（盖章）').innerText()).resolves.toContain('正文第3段');
    await expect(row('联系电话').innerText()).resolves.toContain('正文第4段');
    expect(await page.getByTestId('docx-unmatched').count()).toBe(0);
    await page.screenshot({
      path: 'test-results/screenshots/docx-form-running-text.png',
      fullPage: true,
      animations: 'disabled',
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成已填写的 Word 表格' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('附件3：申报承诺书（已填写）.docx');
    const out = join(dir, 'letter.docx');
    await download.saveAs(out);
    expect(bodyParagraphs(new Uint8Array(readFileSync(out)))).toEqual([
      '附件3：申报承诺书',
      '本单位承诺所报材料真实有效。',
      '申报单位（盖章）：|衢州智造精工机械有限公司',
      // The signature blank stays for the hand.
      '法定代表人（签字）：|____________|    联系电话：|0570-3021186',
      '2025|年|10|月|20|日',
    ]);
    await expect(page.getByTestId('official-result').innerText()).resolves.toBe(
      '已填写 3 项，名单 0 行；0 个标签未填写',
    );
  });

  test('a file that is not a Word document is refused by name, in Chinese', async () => {
    const fake = join(dir, '旧表格.docx');
    writeFileSync(fake, 'PK not really a zip');
    await pickWord(fake);
    await expect(page.getByTestId('official-error').innerText()).resolves.toBe(
      '「旧表格.docx」无法使用：不是 Word 文档（.docx）：缺少 word/document.xml 或压缩包已损坏；旧版 .doc 请先另存为 .docx',
    );
  });
});
