import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { writeOfficialForm } from '../fixtures/forms/official-form';
import { DraftsListPage } from './page-models/drafts-list-page';

describe('填写官方表格: a fillable PDF the office hands out', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-official-e2e-'));
  const form = join(dir, '衢州市实训基地补助申报表.pdf');

  beforeAll(async () => {
    await writeOfficialForm(form);
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

  async function pickForm(): Promise<void> {
    await page.goto(`${inject('baseUrl')}#/acroform`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '选择 PDF 表格…' }).click(),
    ]);
    await chooser.setFiles(form);
    await page.getByTestId('official-pdf').waitFor();
  }

  async function chooseDraft(): Promise<void> {
    await page.getByRole('combobox', { name: '申报草稿' }).click();
    await page.keyboard.type('衢州智造');
    await page.locator('.ant-select-item-option', { hasText: '产教融合实训基地建设补助' }).first().click();
  }

  test('fields are matched by name, filled in Chinese and flattened; qpdf finds nothing wrong', async () => {
    await pickForm();
    await expect(page.getByTestId('official-pdf').innerText()).resolves.toContain('4 个可填写字段');
    await chooseDraft();
    // Field types are shown in Chinese.
    await expect(page.locator('.ant-table-row', { hasText: 'company_name' }).innerText()).resolves.toContain(
      '文本',
    );
    // Suggested from the field names: company → 企业名称, credit → 统一社会信用代码, words → 大写金额.
    await expect(
      page.getByRole('combobox', { name: '字段 company_name' }).locator('..').locator('..').innerText(),
    ).resolves.toContain('企业名称');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成已填写的 PDF' }).click(),
    ]);
    const out = join(dir, 'filled.pdf');
    await download.saveAs(out);
    await expect(page.getByTestId('official-result').innerText()).resolves.toBe(
      '已填写 3 个字段；1 个字段未设置对应',
    );
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('衢州智造精工机械有限公司');
    expect(text).toContain('伍拾万元整');
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
    await page.screenshot({ path: 'test-results/screenshots/official-form.png', animations: 'disabled' });
  });

  test('the next time the same form is picked, the saved mapping is applied', async () => {
    await page.reload();
    await pickForm();
    await chooseDraft();
    await page.getByTestId('mapping-restored').waitFor();
  });

  test('a blank fillable form of any program downloads with its fields', async () => {
    await page.goto(`${inject('baseUrl')}#/acroform`);
    await page.getByRole('combobox', { name: '项目' }).click();
    await page.keyboard.type('临平');
    await page.locator('.ant-select-item-option', { hasText: '“双师型”教师团队建设' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载空白表格' }).click(),
    ]);
    const out = join(dir, 'blank.pdf');
    await download.saveAs(out);
    expect(download.suggestedFilename()).toBe('杭州市临平区“双师型”教师团队建设申报表（空白可填写）.pdf');
    await page.getByText(/已生成空白可填写表格：\d+ 个字段/).waitFor();
    const fields = (await PDFDocument.load(readFileSync(out))).getForm().getFields().length;
    expect(fields).toBeGreaterThan(10);
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
  });

  test('a PDF without fillable fields is refused, naming the file', async () => {
    const plain = join(dir, '说明.pdf');
    const doc = await PDFDocument.create();
    doc.addPage();
    writeFileSync(plain, await doc.save());
    await page.goto(`${inject('baseUrl')}#/acroform`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '选择 PDF 表格…' }).click(),
    ]);
    await chooser.setFiles(plain);
    await expect(page.getByTestId('official-error').innerText()).resolves.toBe(
      '「说明.pdf」无法使用：这份 PDF 没有可填写的字段',
    );
  });
});
