// The drafts list fits the 1280 px window in English as in Chinese: no sideways scroll, headers on
// one line, and every row's actions, amount and last-saved time in view.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { ShellPage } from './page-models/shell-page';
import { screenshotPage } from './page-models/interface-text';

interface TableFit {
  /** Width the table's content needs beyond what its box shows (0 when it fits). */
  overflow: number;
  /** Header cells whose text wraps or is cut. */
  wrappedHeaders: string[];
  /** The right edge of the last column and of the table box, in px. */
  lastColumnRight: number;
  tableRight: number;
}

async function tableFit(page: Page): Promise<TableFit> {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('main .ant-table')!;
    const scrollers = Array.from(
      table.querySelectorAll<HTMLElement>(
        '.ant-table-content, .ant-table-body, .ant-table-tbody-virtual-holder, .ant-table-header',
      ),
    );
    const overflow = Math.max(0, ...scrollers.map((s) => s.scrollWidth - s.clientWidth));
    // The title text only: a sorter's two stacked carets are not a second line.
    const wrappedHeaders = Array.from(table.querySelectorAll<HTMLElement>('thead th'))
      .map((th) => th.querySelector<HTMLElement>('.ant-table-column-title') ?? th)
      .filter((title) => title.innerText.trim() !== '')
      .filter((title) => {
        const range = document.createRange();
        range.selectNodeContents(title);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        return lines.size > 1 || title.scrollWidth > title.clientWidth + 1;
      })
      .map((title) => title.innerText.trim());
    const headers = Array.from(table.querySelectorAll<HTMLElement>('thead th'));
    return {
      overflow,
      wrappedHeaders,
      lastColumnRight: headers.at(-1)!.getBoundingClientRect().right,
      tableRight: table.getBoundingClientRect().right,
    };
  });
}

describe('the drafts list at 1280 px', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const shell = new ShellPage(page);
    await shell.open(inject('baseUrl'), 'drafts');
    await page.getByRole('button', { name: /载入示例申报/ }).click();
    await page.getByText('已载入示例申报').waitFor();
  });
  afterAll(async () => close());

  async function expectFits(lang: 'zh' | 'en', actions: readonly RegExp[]): Promise<void> {
    await page.locator('main .ant-table-row').first().waitFor();
    expect(page.viewportSize()?.width).toBe(1280);
    await screenshotPage(page, `drafts-list-1280-${lang}`);
    await expect.poll(async () => (await tableFit(page)).overflow).toBe(0);
    const fit = await tableFit(page);
    expect(fit.wrappedHeaders).toEqual([]);
    expect(fit.lastColumnRight).toBeLessThanOrEqual(fit.tableRight + 0.5);
    const row = page.locator('main .ant-table-row').first();
    for (const name of actions) {
      const box = await row.getByText(name).boundingBox();
      expect(box, `${lang} ${String(name)}`).not.toBeNull();
      expect(box!.x + box!.width, `${lang} ${String(name)}`).toBeLessThanOrEqual(1280);
    }
  }

  test('in Chinese', async () => {
    // antd puts a space between two CJK characters of a button.
    await expectFits('zh', [/^打\s?开$/, /^复\s?制$/, /^删\s?除$/]);
  });

  test('in English', async () => {
    await page.goto(`${inject('baseUrl')}#/settings`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.goto(`${inject('baseUrl')}#/drafts`);
    await page.locator('main h3', { hasText: 'Drafts' }).waitFor();
    await expectFits('en', [/^Open$/, /^Copy$/, /^Delete$/]);
  });
});
