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

  /** The grid itself (role grid): one scroll box holding the header and the rows. */
  grid(): Locator {
    return this.root.locator('.rg-scroll');
  }

  /** The grid's header titles, in order (the selection column is an empty title). */
  private headers(): Promise<string[]> {
    return this.root.locator('.rg-head .rg-th').allInnerTexts();
  }

  /** The row key of a column (`amountFen`) from its header title (`金额`, without the asterisk). */
  private async columnKey(column: string): Promise<string> {
    const header = this.root.locator('.rg-head .rg-th').filter({
      has: this.page.locator('.rg-th-title', { hasText: new RegExp(`^${escape(column)}( \\*)?$`) }),
    });
    if ((await header.count()) !== 1) {
      const titles = (await this.headers()).map((t) => t.replace(/\s*\*$/, '').trim());
      throw new Error(`no column 「${column}」 in ${this.label}: ${titles.join('|')}`);
    }
    return (await header.getAttribute('data-col')) ?? '';
  }

  /** The header cell of a column. */
  async header(column: string): Promise<Locator> {
    return this.root.locator(`.rg-head .rg-th[data-col="${await this.columnKey(column)}"]`);
  }

  /**
   * Left edges (px, rounded) of the header cells and of the cells of the first row, column by column,
   * so a test can tell whether the header lines up with the rows.
   */
  async columnEdges(): Promise<{ header: number[]; row: number[] }> {
    return this.root.evaluate((grid) => {
      const lefts = (cells: NodeListOf<Element>) =>
        Array.from(cells, (c) => Math.round(c.getBoundingClientRect().left));
      const row = grid.querySelector('.rg-row[data-row="1"]');
      return {
        header: lefts(grid.querySelectorAll('.rg-head .rg-th')),
        row: row ? lefts(row.querySelectorAll('.rg-cell')) : [],
      };
    });
  }

  /** The cell at a 1-based row of the grid (as shown, maybe sorted) and a column label (without the asterisk). */
  async cell(row: number, column: string): Promise<Locator> {
    const key = await this.columnKey(column);
    return this.root.locator(`.rg-row[data-row="${row}"] .rg-cell[data-col="${key}"]`);
  }

  async cellText(row: number, column: string): Promise<string> {
    return (await (await this.cell(row, column)).locator('.rg-text').innerText()).trim();
  }

  /** Clicks a cell, as a person does before typing, and waits until it shows as the focused one. */
  async click(row: number, column: string): Promise<Locator> {
    const cell = await this.cell(row, column);
    await cell.click();
    await cell.and(this.page.locator('.rg-cell-focus')).waitFor();
    return cell;
  }

  /** The cell's input while it is being typed into (absent otherwise). */
  editor(): Locator {
    return this.root.locator('.rg-input-editing');
  }

  /** The focused cell: its 1-based row and its column's title (without the asterisk). */
  async focused(): Promise<{ row: number; column: string } | null> {
    return this.root.evaluate((grid) => {
      const cell = grid.querySelector('.rg-cell-focus');
      if (!cell) return null;
      const key = cell.getAttribute('data-col');
      const title = grid.querySelector(`.rg-head .rg-th[data-col="${key}"] .rg-th-title`)?.textContent ?? '';
      return {
        row: Number(cell.closest('.rg-row')?.getAttribute('data-row')),
        column: title.replace(/\s*\*$/, ''),
      };
    });
  }

  /**
   * Types into a cell as a person does: click it, type key by key (the first key starts the edit and
   * replaces what was there, as in Excel), then `commit` (Enter moves down, Tab right).
   */
  async type(row: number, column: string, text: string, commit: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
    await this.click(row, column);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press(commit);
    await this.editor().waitFor({ state: 'detached' });
  }

  /** Edits a text cell inline: click it, type key by key, then Tab out of it. */
  async editCell(row: number, column: string, text: string): Promise<void> {
    await this.type(row, column, text, 'Tab');
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stored rows of one roster of the draft the editor shows, in order, read from IndexedDB. */
export async function storedRoster(page: Page, roster: string): Promise<Record<string, unknown>[]> {
  const draftId = decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  return page.evaluate(
    ({ draftId, roster }) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('rosterRows').objectStore('rosterRows').getAll();
          all.onsuccess = () => {
            db.close();
            const rows = (all.result as { draftId: string; roster: string; order: number; row: object }[])
              .filter((r) => r.draftId === draftId && r.roster === roster)
              .sort((a, b) => a.order - b.order);
            resolve(rows.map((r) => r.row as Record<string, unknown>));
          };
          all.onerror = () => reject(all.error ?? new Error('read failed'));
        };
      }),
    { draftId, roster },
  );
}
