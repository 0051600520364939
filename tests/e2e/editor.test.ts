import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { listOfferings } from '../../shared/policy/registry';
import { launchBrowser } from './support/chromium';
import { retype } from './support/typing';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';

describe('drafts and the editor in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    await new DraftsListPage(page).open(inject('baseUrl'));
  });
  afterAll(async () => close());

  test('first run loads one example draft per program and pack', async () => {
    const list = new DraftsListPage(page);
    await list.loadExamples();
    await expect.poll(() => list.total()).toBe(listOfferings().length);
    // Under the title each row names what the title does not say (here only the 文号: a generated title
    // names applicant and program); the amount is in view in the 1280 px window without scrolling.
    await list.search('衢州智造');
    await expect.poll(() => list.total()).toBeLessThan(listOfferings().length);
    const row = list.row('衢州智造精工机械有限公司 2025年 产教融合实训基地建设补助');
    await expect(row.getByTestId('draft-meta').innerText()).resolves.toBe('衢政办发〔2025〕10号');
    const amount = row.locator('.ant-table-cell', { hasText: /^(¥|￥)?500,000\.00$/ });
    await amount.waitFor();
    await expect(
      amount.evaluate((cell) => cell.getBoundingClientRect().right <= window.innerWidth),
    ).resolves.toBe(true);
    await list.search('');
    await expect.poll(() => list.total()).toBe(listOfferings().length);
    await expect.poll(() => page.locator('.ant-table-cell', { hasText: /^…$/ }).count()).toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/drafts-list.png', animations: 'disabled' });
  });

  test('the Quzhou training-base example checks clean and claims 25% capped at 500,000', async () => {
    await new DraftsListPage(page).openDraft(/产教融合实训基地建设补助/);
    const editor = new EditorPage(page);
    await expect.poll(() => editor.errorCount()).toBe(0);
    // The list is newest first: the first training-base example is Linping's, whose document sets no amount.
    await expect(editor.amountNote().innerText()).resolves.toContain('未规定本项目的补助金额');
    await page.goto(`${inject('baseUrl')}#/drafts`);
    await new DraftsListPage(page).search('衢州');
    await new DraftsListPage(page).openDraft(/^衢州.*产教融合实训基地建设补助$/);
    await expect.poll(() => editor.errorCount()).toBe(0);
    await expect(editor.amount().innerText()).resolves.toBe('¥500,000.00');
    await expect(editor.amountUppercase().innerText()).resolves.toBe('大写：伍拾万元整');
    await page.screenshot({
      path: 'test-results/screenshots/editor-training-base.png',
      animations: 'disabled',
    });
  });

  test('a wrong 统一社会信用代码 shows the exact message under the field and in the checks', async () => {
    const editor = new EditorPage(page);
    const code = await editor.field('统一社会信用代码').inputValue();
    await editor.type('统一社会信用代码', `${code.slice(0, 17)}0`);
    const expected = `统一社会信用代码第18位（校验码）应为「${code.slice(17)}」，实为「0」`;
    await expect.poll(() => editor.fieldMessage('统一社会信用代码').innerText()).toBe(expected);
    await expect.poll(() => editor.findingMessages()).toContain(`「统一社会信用代码」：${expected}`);
    expect(await editor.errorCount()).toBe(1);
    await editor.type('统一社会信用代码', code);
    await expect.poll(() => editor.errorCount()).toBe(0);
  });

  test('pinyin being composed in an IME is neither checked nor saved until the word is chosen', async () => {
    const editor = new EditorPage(page);
    const field = editor.field('联系人');
    await retype(field, '');
    await expect.poll(() => editor.findingMessages()).toContain('「联系人」至少2个字');
    const errors = await editor.errorCount();
    await field.evaluate((el: HTMLInputElement) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    });
    // While composing, the browser puts the pinyin letters into the input; were they taken as the value,
    // "zhang" would meet the 2-character minimum and the error would go.
    await page.keyboard.insertText('zhang');
    await page.waitForTimeout(800);
    expect(await editor.errorCount()).toBe(errors);
    await expect(editor.findingMessages()).resolves.toContain('「联系人」至少2个字');
    await field.evaluate((el: HTMLInputElement) => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      set?.call(el, '张伟');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '张伟' }));
    });
    await expect.poll(() => editor.errorCount()).toBe(errors - 1);
    await page.reload();
    await editor.saveState().waitFor();
    await expect(editor.field('联系人').inputValue()).resolves.toBe('张伟');
  });

  test('a reload right after typing loses nothing', async () => {
    const editor = new EditorPage(page);
    await editor.type('实训基地名称', '衢州智能制造产教融合实训基地（二期）');
    await page.reload();
    await editor.saveState().waitFor();
    await expect(editor.field('实训基地名称').inputValue()).resolves.toBe(
      '衢州智能制造产教融合实训基地（二期）',
    );
  });
});
