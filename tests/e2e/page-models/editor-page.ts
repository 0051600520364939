/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { retype } from '../support/typing';
import { RosterGrid } from './roster-grid';

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

  /** Clicks into the field, selects what is there and types `text` key by key, as a person does. */
  async type(label: string, text: string): Promise<void> {
    await retype(this.field(label), text);
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
  /** The form item (label, input, help line) of a field. */
  formItem(label: string): Locator {
    return this.page
      .locator('.section-form .ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) });
  }

  /** Types into several text, number and money fields, label → text, key by key. */
  async typeAll(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [label, text] of Object.entries(values)) await this.type(label, text);
  }

  /** Sets an antd DatePicker as a user types: click, select what is there, type YYYY-MM-DD, Enter. */
  async pickDate(label: string, isoDate: string): Promise<void> {
    const input = this.field(label);
    const panel = this.page.locator('.ant-picker-dropdown:visible');
    await input.click();
    // Typing before the panel is open loses the selection, and the date is appended to the old one.
    await panel.waitFor();
    await input.press('ControlOrMeta+a');
    // At machine speed (no pause between keys) the picker sometimes drops what was typed; a person pauses.
    await input.pressSequentially(isoDate, { delay: 40 });
    // Enter commits what the panel holds: wait until it has taken the typed date.
    await panel.locator(`td[title="${isoDate}"].ant-picker-cell-selected`).waitFor();
    await input.press('Enter');
    await panel.waitFor({ state: 'hidden' });
  }

  /** Chooses an option of an antd Select by its Chinese label. */
  async choose(label: string, option: string): Promise<void> {
    await this.formItem(label).locator('.ant-select').click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .click();
    await this.page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  /** The roster grid labelled `label` (合作院校, 投资明细, 学徒名单 …). */
  roster(label: string): RosterGrid {
    return new RosterGrid(this.page, label);
  }

  /** The finding in the checks panel whose message contains `text`. */
  finding(text: string): Locator {
    return this.page
      .locator('.checks-panel .ant-collapse-item')
      .filter({ has: this.page.locator('.finding-message', { hasText: text }) });
  }

  /** The 「（文号 条款）」 after a finding's message. */
  async findingClause(text: string): Promise<string> {
    return (await this.finding(text).locator('.finding-clause').innerText()).trim();
  }

  /** Expands a finding by its arrow (a click on the message goes to the field) and returns the clause's words. */
  async expandFinding(text: string): Promise<string> {
    const item = this.finding(text);
    await item.locator('.ant-collapse-expand-icon').click();
    return item.locator('.clause-text').innerText();
  }

  /** Counts of findings by severity tag: 错误 and 提醒. */
  async warningCount(): Promise<number> {
    const text = await this.page.locator('.checks-panel .ant-tag', { hasText: /^提醒 \d+$/ }).innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  /** A full-page screenshot under test-results/screenshots once the fonts are in. */
  async screenshot(name: string): Promise<void> {
    // Toasts gone, no focus ring, scrolled to the top: the sticky side panels sit where a user sees them.
    await this.page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await this.page.evaluate(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({
      path: `test-results/screenshots/${name}.png`,
      fullPage: true,
      animations: 'disabled',
    });
  }
}
