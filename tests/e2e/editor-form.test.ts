import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { checkPhone } from '../../shared/ids';
import { launchBrowser } from './support/chromium';
import { retype } from './support/typing';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';

/** The editor's form (react-hook-form over the checks' schemas) and the title that follows the applicant. */
describe('the editor form', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const title = () => page.getByLabel('申报标题', { exact: true });

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await list.search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
  });
  afterAll(async () => close());

  test('a field’s own error is shown as it is typed, worded as the checks word it, and goes when fixed', async () => {
    const editor = new EditorPage(page);
    const phone = await editor.field('联系电话').inputValue();
    const result = checkPhone('1381234');
    if (result.ok) throw new Error('1381234 should not be a phone number');
    await editor.type('联系电话', '1381234');
    await expect.poll(() => editor.fieldMessage('联系电话').innerText()).toBe(result.message);
    await expect.poll(() => editor.findingMessages()).toContain(`「联系电话」：${result.message}`);
    await expect(editor.field('联系电话').inputValue()).resolves.toBe('1381234');
    await editor.type('联系电话', phone);
    await expect.poll(() => editor.errorCount()).toBe(0);
    await expect
      .poll(() => editor.fieldMessage('联系电话').innerText())
      .toBe('手机号或带区号的座机，如 0570-1234567');
  });

  test('the generated title follows the applicant’s name, and is saved with it', async () => {
    const editor = new EditorPage(page);
    const oldName = await editor.field('企业名称').inputValue();
    const oldTitle = await title().inputValue();
    expect(oldTitle.startsWith(`${oldName} `)).toBe(true);
    await editor.type('企业名称', '衢州市柯城区新材料股份有限公司');
    const expected = `衢州市柯城区新材料股份有限公司${oldTitle.slice(oldName.length)}`;
    await expect.poll(() => title().inputValue()).toBe(expected);
    await editor.waitSaved();
    await page.reload();
    await page.getByTestId('save-state').waitFor();
    await expect.poll(() => title().inputValue()).toBe(expected);
    await expect(editor.field('企业名称').inputValue()).resolves.toBe('衢州市柯城区新材料股份有限公司');
  });

  test('a title the user wrote stays when the name changes again', async () => {
    const editor = new EditorPage(page);
    await retype(title(), '2025 年实训基地申报（终稿）');
    await editor.type('企业名称', '衢州市柯城区新材料有限公司');
    await editor.waitSaved();
    await page.reload();
    await page.getByTestId('save-state').waitFor();
    await expect(title().inputValue()).resolves.toBe('2025 年实训基地申报（终稿）');
    await expect(editor.field('企业名称').inputValue()).resolves.toBe('衢州市柯城区新材料有限公司');
    await page.goto(`${inject('baseUrl')}#/drafts`);
    const list = new DraftsListPage(page);
    await list.search('终稿');
    await expect.poll(() => page.getByRole('link', { name: '2025 年实训基地申报（终稿）' }).count()).toBe(1);
    // A title of the user's own says neither applicant nor program: the line under it does.
    await expect(
      list.row('2025 年实训基地申报（终稿）').getByTestId('draft-meta').innerText(),
    ).resolves.toMatch(/^.+ · 产教融合实训基地建设补助 · 衢政办发〔2025〕10号$/);
  });
});
