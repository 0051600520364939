/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';

/** 设置: the form typeface choice (and what it stored). */
export class SettingsPage {
  constructor(readonly page: Page) {}

  /** The radio of a typeface, by its visible label (现代（黑体） / 公文（宋体正文、黑体标题）). */
  typeface(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** Clicks a typeface's label as a user does and waits until its radio is checked. */
  async chooseTypeface(label: string): Promise<void> {
    await this.page.locator('label.ant-radio-wrapper', { hasText: label }).click();
    await this.page.locator('label.ant-radio-wrapper-checked', { hasText: label }).waitFor();
  }

  /** The typeface remembered on this computer (localStorage), or null. */
  storedTypeface(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('grantdesk.formTypeface'));
  }
}
