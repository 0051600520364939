import type { Locator, Page } from 'playwright-core';
import { retype } from '../support/typing';

/** 政策库: the pack list, the search box, one document's tabs and its full text. */
export class PoliciesPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, packId?: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/policies${packId ? `/${packId}` : ''}`);
    await this.page.locator('main h3', { hasText: '政策库' }).waitFor();
  }

  packCards(): Locator {
    return this.page.locator('[data-testid^="pack-card-"]');
  }

  /** The 文号 of every listed pack, in list order. */
  docNumbers(): Promise<string[]> {
    return this.packCards().getByTestId('doc-number').allInnerTexts();
  }

  card(docNumber: string): Locator {
    return this.packCards().filter({ hasText: docNumber });
  }

  detail(): Locator {
    return this.page.getByTestId('pack-detail');
  }

  async openPack(docNumber: string): Promise<void> {
    // Under load the bundled font can swap in between Playwright's stability check and the click,
    // moving the card: click again until the document opens (a user simply clicks again).
    const opened = this.detail().filter({ hasText: docNumber });
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.card(docNumber).click();
      if (
        await opened.waitFor({ timeout: 3000 }).then(
          () => true,
          () => false,
        )
      )
        return;
    }
    await opened.waitFor();
  }

  async search(text: string): Promise<void> {
    await retype(this.page.getByPlaceholder(/^搜索文件/), text);
  }

  clauseHits(): Locator {
    return this.page.getByTestId('clause-hit');
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.detail().getByRole('tab', { name }).click();
  }

  /** The full-text panel, once the document has loaded. */
  async sourceText(): Promise<string> {
    const panel = this.page.getByTestId('policy-source');
    await panel.waitFor();
    return panel.innerText();
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
