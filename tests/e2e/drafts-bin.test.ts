// 回收站: a deleted draft waits in the bin with the day it will be removed for good, cannot be edited
// there, and comes back to the list whole when restored.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { listOfferings } from '../../shared/policy/registry';
import { DraftsListPage } from './page-models/drafts-list-page';
import { launchBrowser } from './support/chromium';

describe('回收站 (the bin of deleted drafts)', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
  });

  test('deleted, seen in the bin with its removal day, refused by the editor, restored whole', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    const all = listOfferings().length;
    await expect.poll(() => list.total()).toBe(all);

    const first = list.page.locator('main .ant-table-row').first();
    const title = (await first.locator('a').first().innerText()).trim();
    const href = await first.locator('a').first().getAttribute('href');
    await list.remove(title);
    await expect.poll(() => list.total()).toBe(all - 1);
    await expect(list.row(title).count()).resolves.toBe(0);

    await list.view('回收站');
    await expect(page.locator('.deleted-drafts .ant-alert-title').innerText()).resolves.toBe(
      '删除的申报在回收站中保留 30 天，之后彻底删除；恢复后回到草稿列表，内容、名单、附件和历史版本都在。',
    );
    const purgeDay = await page.evaluate(() => {
      const d = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    // The bin's rows load after the view switches: wait for the one row.
    await expect.poll(async () => (await list.binRows()).length).toBe(1);
    const rows = await list.binRows();
    expect(rows[0]?.[0]).toBe(title);
    expect(rows[0]?.[5]).toBe(purgeDay);
    expect(rows[0]?.[6]).toMatch(/^恢\s?复$/);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await page.screenshot({ path: 'test-results/screenshots/drafts-bin.png', animations: 'disabled' });

    // The editor does not open a deleted draft, and says where it is.
    await page.goto(`${inject('baseUrl')}${href}`);
    await expect(page.locator('.ant-result-subtitle').innerText()).resolves.toBe(
      '这份申报已被删除，可在草稿列表的回收站中恢复',
    );

    await list.open(inject('baseUrl'));
    await list.view('回收站');
    await list
      .row(title)
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await page.locator('.ant-message-notice', { hasText: `已恢复「${title}」` }).waitFor();
    await page.locator('.deleted-drafts').getByText('回收站是空的').waitFor();
    await list.view('全部申报');
    await expect.poll(() => list.total()).toBe(all);
    await list.openDraft(title);
    await expect(page.getByTestId('save-state').innerText()).resolves.toMatch(/^已保存/);
  });
});
