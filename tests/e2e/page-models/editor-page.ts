import type { Locator, Page } from 'playwright-core';

/** The editor of one draft: fields by label, the checks panel, the amount panel, the save state. */
export class EditorPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.locator('.section-form').getByLabel(label, { exact: true });
  }

  /** The help line under a field: its finding or its hint. */
  fieldMessage(label: string): Locator {
    return this.page
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain');
  }

  async fill(label: string, text: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(text);
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async waitSaved(): Promise<void> {
    await this.page
      .getByTestId('save-state')
      .filter({ hasText: /^已保存/ })
      .waitFor();
  }

  async errorCount(): Promise<number> {
    const text = await this.page.getByTestId('error-count').innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  findingMessages(): Promise<string[]> {
    return this.page.locator('.checks-panel .finding-message').allInnerTexts();
  }

  amount(): Locator {
    return this.page.getByTestId('amount');
  }

  amountUppercase(): Locator {
    return this.page.getByTestId('amount-uppercase');
  }

  amountNote(): Locator {
    return this.page.getByTestId('amount-note');
  }
}
