/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';

/** 政策库 → 导入政策包: the dialog, its file input, what it found, and 导入. */
export class PackImportDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId('import-pack-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '导入政策包' }).click();
    await this.dialog().waitFor();
  }

  /** Chooses the files as the 选择文件… button's file chooser would. */
  async choose(...paths: string[]): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.dialog().getByRole('button', { name: '选择文件…' }).click(),
    ]);
    await chooser.setFiles(paths);
    await this.page.getByTestId('import-pack-result').or(this.dialog().getByRole('alert')).first().waitFor();
  }

  result(): Locator {
    return this.page.getByTestId('import-pack-result');
  }

  async importIt(): Promise<void> {
    // antd spaces out a two-character Chinese label: 「导 入」.
    await this.page.getByRole('button', { name: /^导\s?入$/ }).click();
  }
}

/** Every row of one IndexedDB store of the app's database, read in the page. */
export function storedRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error ?? new Error('read failed'));
        };
      }),
    store,
  );
}
