import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';

describe('status and revision history in the editor', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await new DraftsListPage(page).search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
  });
  afterAll(async () => close());

  test('a clean draft can be marked 待打印, and the change is dated in the history', async () => {
    const editor = new EditorPage(page);
    await expect.poll(() => editor.errorCount()).toBe(0);
    // The toast of the example load sits over the header for a few seconds.
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '更改状态' }).click();
    await page.getByRole('menuitem', { name: '改为「待打印」' }).click();
    await expect.poll(() => page.getByTestId('draft-status').innerText()).toBe('待打印');
  });

  test('an earlier version is restored from 修改历史, and the text typed since is gone', async () => {
    const editor = new EditorPage(page);
    const original = await editor.field('实训基地名称').inputValue();
    await editor.type('实训基地名称', '临时改动的名称');
    await editor.waitSaved();
    await page.getByRole('button', { name: '修改历史' }).click();
    const first = page.getByTestId('revision').first();
    await expect(first.innerText()).resolves.toContain('状态变更');
    await first.getByRole('button', { name: '恢复此版本' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await expect.poll(() => editor.field('实训基地名称').inputValue()).toBe(original);
    await expect.poll(() => page.getByTestId('revision').first().innerText()).toContain('回退前');
    await expect(page.getByTestId('revision').first().innerText()).resolves.toContain('修改了 实训基地名称');
    await page.screenshot({ path: 'test-results/screenshots/revisions.png', animations: 'disabled' });
  });
});
