// The printed form follows the typeface chosen in 设置: 公文 embeds Noto Serif SC (body) and Noto Sans
// SC Bold (headings), 现代 embeds Noto Sans SC only; the choice survives a reload. The blank fillable
// form and an office's filled fillable PDF (填写官方表格) follow it too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeOfficialForm } from '../fixtures/forms/official-form';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { SettingsPage } from './page-models/settings-page';
import { ShellPage } from './page-models/shell-page';

const MODERN = '现代（黑体）';
const OFFICIAL = '公文（宋体正文、黑体标题）';

/** pdffonts' font names without their subset tags, with emb/sub/uni. */
const fontsOf = (pdf: string) =>
  execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return `${cols[0]!.replace(/^[A-Z]{6}\+/, '')} ${cols.slice(-5, -2).join('')}`;
    });
const text = (pdf: string) =>
  execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('the form typeface chosen in 设置', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-typeface-e2e-'));

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

  async function printExample(name: string): Promise<string> {
    await new ShellPage(page).goTo('申报草稿');
    const list = new DraftsListPage(page);
    await list.search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    await expect.poll(() => new EditorPage(page).errorCount(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const path = join(dir, name);
    await download.saveAs(path);
    return path;
  }

  // 填写官方表格 → 空白可填写表格: the Linping 双师型 form, downloaded by clicking.
  async function downloadBlank(name: string): Promise<string> {
    await new ShellPage(page).goTo('填写官方表格');
    await page.getByRole('combobox', { name: '项目' }).click();
    await page.keyboard.type('临平');
    await page.locator('.ant-select-item-option', { hasText: '“双师型”教师团队建设' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载空白表格' }).click(),
    ]);
    const path = join(dir, name);
    await download.saveAs(path);
    return path;
  }

  test('is 现代 until chosen; clicking 公文 checks it and remembers it across a reload', async () => {
    const shell = new ShellPage(page);
    await shell.goTo('设置');
    const settings = new SettingsPage(page);
    await expect.poll(() => settings.typeface(MODERN).isChecked(), { timeout: 15_000 }).toBe(true);
    expect(await settings.typeface(OFFICIAL).isChecked()).toBe(false);
    expect(await settings.storedTypeface()).toBeNull();
    await settings.chooseTypeface(OFFICIAL);
    expect(await settings.storedTypeface()).toBe('serif');
    expect(await settings.typeface(MODERN).isChecked()).toBe(false);
    await page.getByText('打印、预览和保存的申报表使用此字体').waitFor();
    mkdirSync('test-results/screenshots', { recursive: true });
    await shell.screenshot('settings-typeface-official');
    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await expect.poll(() => settings.typeface(OFFICIAL).isChecked(), { timeout: 15_000 }).toBe(true);
  });

  test('a form printed in 公文 embeds the serif body and the sans bold headings, and reads back the same', async () => {
    const pdf = await printExample('official.pdf');
    expect(fontsOf(pdf)).toEqual(['NotoSerifSC-Regular yesyesyes', 'NotoSansSC-Bold yesyesyes']);
    const content = text(pdf);
    expect(content).toContain('衢州智造精工机械有限公司');
    expect(content).toContain('伍拾万元整');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      'test-results/screenshots/print-official-p1',
    ]);
  });

  test('in 公文 the blank form and a filled office form use the serif too', async () => {
    const blank = await downloadBlank('blank-official.pdf');
    // Page text in the serif and the bold headings; the fields' own font is the serif.
    expect(fontsOf(blank)).toEqual([
      'NotoSerifSC-Regular yesyesyes',
      'NotoSansSC-Bold yesyesyes',
      'NotoSerifSC-Regular yesyesyes',
    ]);
    expect(text(blank)).toContain('杭州市临平区');

    const form = join(dir, 'office-form.pdf');
    await writeOfficialForm(form);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '选择 PDF 表格…' }).click(),
    ]);
    await chooser.setFiles(form);
    await page.getByTestId('official-pdf').waitFor();
    await page.getByRole('combobox', { name: '申报草稿' }).click();
    await page.keyboard.type('衢州智造');
    // The blank form's 项目 list, opened before, stays in the page hidden: pick from the open list.
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: '产教融合实训基地建设补助',
      })
      .first()
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '生成已填写的 PDF' }).click(),
    ]);
    const filled = join(dir, 'office-filled.pdf');
    await download.saveAs(filled);
    // Helvetica is the office form's own default field font, left in its resources; it draws nothing.
    expect(fontsOf(filled)).toEqual(['NotoSerifSC-Regular yesyesyes', 'Helvetica nonono']);
    expect(text(filled)).toContain('衢州智造精工机械有限公司');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      blank,
      'test-results/screenshots/blank-official-p1',
    ]);
  });

  test('choosing 现代 again prints Noto Sans SC only, with the same text', async () => {
    const official = text(join(dir, 'official.pdf'));
    await new ShellPage(page).goTo('设置');
    const settings = new SettingsPage(page);
    await settings.chooseTypeface(MODERN);
    expect(await settings.storedTypeface()).toBe('sans');
    const pdf = await printExample('modern.pdf');
    expect(fontsOf(pdf)).toEqual(['NotoSansSC-Regular yesyesyes']);
    expect(text(pdf)).toBe(official);
    const blank = await downloadBlank('blank-modern.pdf');
    expect(fontsOf(blank)).toEqual(['NotoSansSC-Regular yesyesyes', 'NotoSansSC-Regular yesyesyes']);
    expect(text(blank)).toBe(text(join(dir, 'blank-official.pdf')));
  });
});
