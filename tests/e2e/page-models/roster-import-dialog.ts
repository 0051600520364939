/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 导入名单 dialog a roster import opens: column mapping, preview, per-row issues, 导入. */
export class RosterImportDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.roster-import-dialog .ant-modal');
  }

  /** Waits for the dialog and for its opening animation: a click while it zooms in can miss. */
  async waitOpen(): Promise<void> {
    await this.root.locator('.column-mapping-table').waitFor();
    // An animation cancelled on the way (antd restarts its motion) rejects `finished`: that too is an end.
    await this.root.evaluate((modal) =>
      Promise.all(modal.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))).then(
        () => undefined,
      ),
    );
  }

  async isOpen(): Promise<boolean> {
    return this.root.isVisible();
  }

  title(): Promise<string> {
    return this.root.locator('.ant-modal-title').innerText();
  }

  /** The 表头行 choice as shown: 第 N 行, or 没有表头（第一行就是数据）. */
  async headerRow(): Promise<string> {
    return (await this.root.locator('.header-row-select .ant-select-content').innerText()).trim();
  }

  /** Picks the header row by its option text (第 3 行, 没有表头（第一行就是数据）, Row 3, …). */
  async chooseHeaderRow(option: string): Promise<void> {
    await this.pick(this.root.locator('.header-row-select'), option);
  }

  /** The 工作表 choice of a workbook with several sheets, as shown (the sheet's tab name). */
  async sheet(): Promise<string> {
    return (await this.root.locator('.sheet-select .ant-select-content').innerText()).trim();
  }

  /** Picks the sheet to import from by its tab name. */
  async chooseSheet(name: string): Promise<void> {
    await this.pick(this.root.locator('.sheet-select'), name);
  }

  /** Opens an antd Select and clicks the option whose text matches, then waits for it to show. */
  private async pick(select: Locator, option: string | RegExp): Promise<void> {
    const label = typeof option === 'string' ? new RegExp(`^${escapeRegExp(option)}$`) : option;
    const popup = this.page.locator('.ant-select-dropdown:visible');
    await select.click();
    // A click while the popup slides in can land beside it (closing it): wait until it is in place.
    await popup.evaluate((el) =>
      Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined))).then(() => undefined),
    );
    await popup.locator('.ant-select-item-option').filter({ hasText: label }).click();
    await select.locator('.ant-select-content').filter({ hasText: label }).waitFor();
    await popup.waitFor({ state: 'hidden' });
  }

  /** The mapping table's line of a file column, by its name (header text, or 第N列). */
  private line(column: string): Locator {
    return this.root
      .locator('.column-mapping-table tbody tr')
      .filter({ has: this.page.locator(`[data-column="${column}"]`) });
  }

  /** The file's column names in the mapping table, in order. */
  columns(): Promise<string[]> {
    return this.root
      .locator('.column-mapping-table [data-column]')
      .evaluateAll((spans) => spans.map((s) => s.getAttribute('data-column') ?? ''));
  }

  /** The first values the table shows for a column. */
  async samples(column: string): Promise<string> {
    return (await this.line(column).locator('td').nth(1).innerText()).trim();
  }

  /** What a column goes into: a field's label (required ones end in ' *'), or 不导入. */
  async mappedTo(column: string): Promise<string> {
    return (await this.line(column).locator('.ant-select-content').innerText()).trim();
  }

  /** Picks the roster field (its label, without the ' *') or 不导入 for a column. */
  async map(column: string, field: string): Promise<void> {
    await this.pick(this.line(column).locator('.ant-select'), new RegExp(`^${escapeRegExp(field)}( \\*)?$`));
  }

  /** 已套用上次的列对应, the required fields without a column, or a field two columns go into. */
  notice(kind: 'restored' | 'missing' | 'duplicate'): Locator {
    if (kind === 'restored') return this.root.locator('.mapping-restored');
    return this.root.locator(`.mapping-${kind} .ant-alert-title`);
  }

  /** The preview table: header titles and the cell texts of its rows. */
  async preview(): Promise<{ header: string[]; rows: string[][] }> {
    const table = this.root.locator('.import-preview');
    const header = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
    const rows: string[][] = [];
    for (const row of await table.locator('tbody tr.ant-table-row').all()) {
      rows.push((await row.locator('td').allInnerTexts()).map((t) => t.trim()));
    }
    return { header, rows };
  }

  /** 「表尾 N 行（制表人：…）不导入」: the footer under the table, skipped. */
  footerNote(): Locator {
    return this.root.locator('.import-footer-skipped .ant-alert-title');
  }

  /** The duplicate notes: rows whose 身份证号 the roster has, rows repeating an earlier row of the file. */
  duplicates(): Promise<string[]> {
    return this.root.locator('.import-duplicates-lines li').allInnerTexts();
  }

  /** The chosen way with duplicates: 跳过重复, 替换已有 or 仍然添加. */
  duplicateChoice(): Promise<string> {
    return this.root.locator('.import-duplicates .ant-radio-wrapper-checked').innerText();
  }

  /** Clicks 跳过重复, 替换已有 or 仍然添加, and waits for it to be the choice. */
  async chooseDuplicates(label: string): Promise<void> {
    await this.root.locator('.import-duplicates').getByText(label, { exact: true }).click();
    await this.root
      .locator('.import-duplicates .ant-radio-wrapper-checked')
      .filter({ hasText: label })
      .waitFor();
  }

  issuesTitle(): Locator {
    return this.root.locator('.import-issues-alert .ant-alert-title');
  }

  issues(): Promise<string[]> {
    return this.root.locator('.import-issues li').allInnerTexts();
  }

  /** 导入 N 行, or 导入 while nothing may be imported (antd spaces a two-character label: 导 入); Import in English. */
  importButton(): Locator {
    return this.root.locator('.ant-modal-footer').getByRole('button', { name: /^(导\s?入|Import)/ });
  }

  /** 导入 (the pre-filled or adjusted mapping), then waits for the dialog to close. */
  async confirm(): Promise<void> {
    await this.importButton().click();
    await this.root.waitFor({ state: 'hidden' });
  }

  async cancel(): Promise<void> {
    await this.root
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^取\s?消$/ })
      .click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** 追加到已有行之后 or 替换已有的行. */
  async chooseMode(label: string): Promise<void> {
    await this.root.getByRole('radio', { name: label }).check();
  }

  /** A screenshot of the page with the dialog open, under test-results/screenshots, once the fonts are in. */
  async screenshot(name: string): Promise<void> {
    // Toasts of the previous import gone, so they do not cover the dialog.
    await this.page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await this.page.evaluate(async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      await document.fonts.ready;
    });
    await this.page.mouse.move(0, 0);
    // The notes at the top of the body in view, wherever a click left it scrolled.
    await this.root.locator('.ant-modal-body').evaluate((body) => body.scrollTo(0, 0));
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' });
  }
}
