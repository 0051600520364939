import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

describe('printing the application form from the editor', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-print-e2e-'));

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await new DraftsListPage(page).search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function savePdf(name: string): Promise<string> {
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const path = join(dir, name);
    await download.saveAs(path);
    return path;
  }

  test('a clean draft saves the official form: applicant, amount in figures and 大写, no 草稿 stamp', async () => {
    const editor = new EditorPage(page);
    await expect.poll(() => editor.errorCount()).toBe(0);
    const pdf = await savePdf('clean.pdf');
    const content = text(pdf);
    expect(content).toContain('衢州智造精工机械有限公司');
    expect(content).toContain('伍拾万元整');
    expect(content).toContain('衢政办发〔2025〕10号');
    const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    expect(raw.replace(/\s+/g, '')).not.toContain('草稿');
    // pdftotext -layout drops the narrow spaces of the footer.
    expect(content.replace(/\s+/g, '')).toContain(`共${pages(pdf)}页`);
  });

  test('importing the printed PDF restores its draft as a new draft; a foreign JSON is refused by name', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    const before = await list.total();
    const importFile = async (path: string) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: '导入草稿（JSON 或已打印的 PDF）' }).click(),
      ]);
      await chooser.setFiles(path);
    };
    const notDraft = join(dir, '名单.json');
    writeFileSync(notDraft, JSON.stringify({ hello: 'world' }));
    await importFile(notDraft);
    await page.getByText('「名单.json」不是 GrantDesk 草稿：字段 format 不符').waitFor();
    await expect.poll(() => list.total()).toBe(before);

    await importFile(join(dir, 'clean.pdf'));
    const editor = new EditorPage(page);
    await editor.saveState().waitFor();
    await expect(editor.field('企业名称').inputValue()).resolves.toBe('衢州智造精工机械有限公司');
    // The restored draft claims the same four invoices as the one it was printed from: the checks say so.
    await expect
      .poll(
        async () => (await editor.findingMessages()).filter((m) => m.includes('同一发票不能重复申报')).length,
      )
      .toBe(4);
    expect(await editor.errorCount()).toBe(4);
    await expect(editor.amount().innerText()).resolves.toBe('¥500,000.00');
    await list.open(inject('baseUrl'));
    await expect.poll(() => list.total()).toBe(before + 1);
    // Back to the example for the next test.
    await new DraftsListPage(page).search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
  });

  test('a draft with an error needs confirmation and comes out stamped 草稿 on every page', async () => {
    const editor = new EditorPage(page);
    // The draft imported in the previous test claims the same invoices, so this one has those errors too.
    await expect.poll(() => editor.errorCount()).toBe(4);
    const code = await editor.field('统一社会信用代码').inputValue();
    await editor.type('统一社会信用代码', `${code.slice(0, 17)}0`);
    // While a field does not parse, only format errors are reported.
    await expect.poll(() => editor.errorCount()).toBe(1);
    await page.getByRole('button', { name: '更多打印选项' }).click();
    await page.getByText('保存为 PDF 文件').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '申报还有 1 个错误' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成草稿版' }).click(),
    ]);
    const pdf = join(dir, 'draft.pdf');
    await download.saveAs(pdf);
    expect(download.suggestedFilename()).toMatch(/（草稿）\.pdf$/);
    const n = pages(pdf);
    for (let p = 1; p <= n; p++) {
      // The stamp is rotated and widely spaced: -raw keeps its two characters in order (草, 稿).
      const pageText = execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], {
        encoding: 'utf8',
      });
      expect(pageText.replace(/\s+/g, '')).toContain('草稿');
    }
    await editor.type('统一社会信用代码', code);
    await expect.poll(() => editor.errorCount()).toBe(4);
  });
});
