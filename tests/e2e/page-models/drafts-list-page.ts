import type { Page } from 'playwright-core';

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
    await box.fill(text);
    await box.press('Enter');
  }

  async openDraft(title: RegExp | string): Promise<void> {
    await this.page.getByRole('link', { name: title }).first().click();
    await this.page.getByTestId('save-state').waitFor();
  }
}
