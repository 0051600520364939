import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';

describe('claims made twice across drafts, in the editor', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => close());

  test('a copy of last year’s training-base application flags every invoice already claimed', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await new DraftsListPage(page).search('衢州');
    const row = page.locator('.ant-table-row', { hasText: /衢州.*产教融合实训基地建设补助/ }).first();
    await row.getByRole('button', { name: /复\s?制/ }).click();
    const editor = new EditorPage(page);
    await editor.saveState().waitFor();
    await expect(page.locator('.editor-title input').inputValue()).resolves.toMatch(/\(副本\)$/);
    await editor.pickDate('申报日期', '2025-10-21');
    await expect
      .poll(
        async () => (await editor.findingMessages()).filter((m) => m.includes('同一发票不能重复申报')).length,
      )
      .toBe(4);
    const messages = await editor.findingMessages();
    expect(messages.find((m) => m.includes('同一发票不能重复申报'))).toMatch(
      /^发票 25332330802000107919（五轴联动数控加工中心）已在草稿「衢州智造精工机械有限公司 2025年 产教融合实训基地建设补助·[0-9a-f]{8}」（产教融合实训基地建设补助，衢政办发〔2025〕10号）中申报，同一发票不能重复申报$/,
    );
  });
});
