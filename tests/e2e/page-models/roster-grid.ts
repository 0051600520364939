/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { RosterImportDialog } from './roster-import-dialog';

/** One roster grid of the editor (合作院校, 投资明细, 学徒名单 …), found by its label. */
export class RosterGrid {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    readonly label: string,
  ) {
    this.root = page
      .locator('.roster-grid')
      .filter({ has: page.locator('.roster-toolbar').getByText(label, { exact: true }) });
  }

  /** The 「共 N 行」 count in the toolbar. */
  async rowCount(): Promise<number> {
    const text = await this.root
      .locator('.roster-toolbar')
      .getByText(/^共 \d+ 行$/)
      .innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  /** The 导入名单 dialog a file import opens. */
  importDialog(): RosterImportDialog {
    return new RosterImportDialog(this.page);
  }

  /**
   * 「导入 Excel/CSV」 with `path` chosen in the file chooser; returns the 导入名单 dialog, open on it.
   * A dialog still open from a refused file is cancelled first, as a user closes it to pick another.
   */
  async openImport(path: string): Promise<RosterImportDialog> {
    const dialog = this.importDialog();
    if (await dialog.isOpen()) await dialog.cancel();
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.root.getByRole('button', { name: '导入 Excel/CSV' }).click(),
    ]);
    await chooser.setFiles(path);
    await dialog.waitOpen();
    return dialog;
  }

  /**
   * Imports a file as the user who accepts the pre-filled column mapping: 导入 when the dialog allows
   * it. When it does not (a row has a problem), the dialog stays open with its issue list.
   */
  async importFile(path: string): Promise<void> {
    const dialog = await this.openImport(path);
    if (await dialog.importButton().isEnabled()) await dialog.confirm();
  }

  /** Pastes `text` into the grid as Ctrl+V does: a paste event whose clipboard holds text/plain. */
  async paste(text: string): Promise<void> {
    await this.root.evaluate((grid, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      grid.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** The error report of a refused import (in the open dialog) or paste (above the grid): its title. */
  issuesTitle(): Locator {
    return this.root
      .locator('.import-issues-alert .ant-alert-title')
      .or(this.importDialog().issuesTitle())
      .first();
  }

  /** The lines of the error report of a refused import or paste (「第 N 行「列」：…」). */
  issues(): Promise<string[]> {
    return this.root
      .locator('.import-issues li')
      .or(this.importDialog().root.locator('.import-issues li'))
      .allInnerTexts();
  }

  /** The grid's header titles, in order (the selection column is an empty title). */
  private headers(): Promise<string[]> {
    return this.root.locator('.ant-table-thead th').allInnerTexts();
  }

  private async columnIndex(column: string): Promise<number> {
    const titles = (await this.headers()).map((t) => t.replace(/\s*\*$/, '').trim());
    const index = titles.indexOf(column);
    if (index < 0) throw new Error(`no column 「${column}」 in ${this.label}: ${titles.join('|')}`);
    return index;
  }

  /**
   * Left edges (px, rounded) of the header cells and of the cells of the first row, column by column,
   * so a test can tell whether the header lines up with the rows.
   */
  async columnEdges(): Promise<{ header: number[]; row: number[] }> {
    return this.root.evaluate((grid) => {
      const lefts = (cells: NodeListOf<Element>) =>
        Array.from(cells, (c) => Math.round(c.getBoundingClientRect().left));
      const row = grid.querySelector('.ant-table-tbody .ant-table-row');
      return {
        header: lefts(grid.querySelectorAll('.ant-table-thead th')),
        row: row ? lefts(row.querySelectorAll('.ant-table-cell')) : [],
      };
    });
  }

  /** The cell at a 1-based row of the grid and a column label (without the required asterisk). */
  async cell(row: number, column: string): Promise<Locator> {
    const index = await this.columnIndex(column);
    return this.root
      .locator('.ant-table-tbody .ant-table-row')
      .nth(row - 1)
      .locator('.ant-table-cell')
      .nth(index);
  }

  async cellText(row: number, column: string): Promise<string> {
    return (await (await this.cell(row, column)).innerText()).trim();
  }

  /** Edits a text cell inline: click it, type, then Tab out of it. */
  async editCell(row: number, column: string, text: string): Promise<void> {
    const cell = await this.cell(row, column);
    await cell.locator('.grid-cell').click();
    const input = cell.locator('input');
    await input.fill(text);
    await input.press('Tab');
    await cell.locator('.grid-cell').waitFor();
  }
}
