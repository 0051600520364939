import type { Locator, Page } from 'playwright-core';
import { retype } from '../support/typing';

/** 政策匹配: the applicant profile form and the result table (rows keyed `<policy>:<program>`). */
export class EligibilityPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/eligibility`);
    await this.page.locator('main h3', { hasText: '政策匹配' }).waitFor();
  }

  async chooseKind(label: '企业' | '职业院校'): Promise<void> {
    // Button-style radios hide the input: click the visible label, then confirm the choice.
    await this.page.locator('.finder-form').getByText(label, { exact: true }).click();
    await this.page
      .getByRole('radio', { name: label, exact: true, checked: true })
      .waitFor({ state: 'attached' });
  }

  /** Picks an option of one of the form's selects by its visible label. */
  private async choose(selectId: string, option: string): Promise<void> {
    await this.page.locator(`#${selectId}`).click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
      .click();
    await this.page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  async chooseRegion(label: string): Promise<void> {
    await this.choose('finder-region', label);
  }

  async chooseApplicant(name: string): Promise<void> {
    await this.choose('finder-applicant', name);
  }

  /** The label the region select shows. */
  regionShown(): Promise<string> {
    return this.page
      .locator('.ant-select')
      .filter({ has: this.page.locator('#finder-region') })
      .innerText();
  }

  /** Types `text` into a field key by key, then leaves it with Tab. */
  async type(label: string, text: string): Promise<void> {
    const input = this.page.getByLabel(label, { exact: true });
    await retype(input, text);
    await input.press('Tab');
  }

  row(key: string): Locator {
    return this.page.locator(`tr[data-row-key="${key}"]`);
  }

  result(key: string): Locator {
    return this.row(key).getByTestId('result');
  }

  estimate(key: string): Locator {
    return this.row(key).getByTestId('estimate');
  }

  /** The program column of every row, in table order. */
  programTitles(): Promise<string[]> {
    return this.page.locator('tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
  }

  /** Clicks 「按此项目新建申报」 on a row and waits for the editor. */
  async createFrom(key: string): Promise<void> {
    await this.row(key).getByRole('button', { name: '按此项目新建申报' }).click();
    await this.page.waitForURL(/#\/drafts\/[^/]+$/);
    await this.page.getByTestId('save-state').waitFor();
  }

  /** True when the page is wider than the window (something does not fit). */
  overflowsHorizontally(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({
      path: `test-results/screenshots/${name}.png`,
      fullPage: true,
      animations: 'disabled',
    });
  }
}
