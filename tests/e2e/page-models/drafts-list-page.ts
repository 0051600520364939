import type { Locator, Page } from 'playwright-core';
import { retype } from '../support/typing';

/** 申报草稿: the list, first-run examples, row actions. */
export class DraftsListPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/drafts`);
    await this.page.locator('main h3', { hasText: '申报草稿' }).waitFor();
  }

  async loadExamples(): Promise<void> {
    await this.page.getByRole('button', { name: /载入示例申报/ }).click();
    await this.page.getByText('已载入示例申报').waitFor();
  }

  /** The 「共 N 份」 count under the filters. */
  async total(): Promise<number> {
    const text = await this.page.getByText(/^共 \d+ 份$/).innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  /** Types into the search box and submits, as a user does. */
  async search(text: string): Promise<void> {
    const box = this.page.getByPlaceholder('搜索标题、申报单位或代码');
    await retype(box, text);
    await box.press('Enter');
  }

  async openDraft(title: RegExp | string): Promise<void> {
    await this.page.getByRole('link', { name: title }).first().click();
    await this.page.getByTestId('save-state').waitFor();
  }

  /** A row of the visible table, by the draft's title. */
  row(title: string): Locator {
    return this.page.locator('main .ant-table-row').filter({ hasText: title });
  }

  /** 删除 on a draft's row; waits for the 已删除 toast (its 撤销 is left alone). */
  async remove(title: string): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: /^删\s?除$/ })
      .click();
    await this.page.locator('.ant-message-notice', { hasText: `已删除「${title}」` }).waitFor();
  }

  /** 全部申报 or 回收站. */
  async view(name: '全部申报' | '回收站'): Promise<void> {
    await this.page.locator('.drafts-view').getByText(name, { exact: true }).click();
    if (name === '回收站') await this.page.locator('.deleted-drafts').waitFor();
    else await this.page.getByText(/^共 \d+ 份$/).waitFor();
  }

  /** The cells of the bin's rows: title, applicant, program, policy, deleted at, removed on, actions. */
  async binRows(): Promise<string[][]> {
    const rows = this.page.locator('.deleted-drafts .ant-table-row');
    const out: string[][] = [];
    for (const row of await rows.all())
      out.push((await row.locator('.ant-table-cell').allInnerTexts()).map((t) => t.trim()));
    return out;
  }
}
