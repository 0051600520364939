/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** The app shell: navigation and the page heading. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, route = ''): Promise<void> {
    await this.page.goto(`${baseUrl}${route ? `#/${route}` : ''}`);
    await this.page.getByRole('navigation', { name: '主导航' }).waitFor();
  }

  navItem(label: string) {
    return this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: label });
  }

  async goTo(label: string): Promise<void> {
    await this.navItem(label).click();
    await this.heading().filter({ hasText: label }).waitFor();
    await this.page.locator('.ant-menu-item-selected', { hasText: label }).waitFor();
  }

  heading() {
    return this.page.locator('main h3').first();
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
