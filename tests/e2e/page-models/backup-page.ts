import type { Download, Page } from 'playwright-core';

/** 备份与恢复: export to a download, restore from a chosen file. */
export class BackupPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/backup`);
    await this.page.locator('main h3', { hasText: '备份与恢复' }).waitFor();
  }

  async exportAll(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: '导出备份' }).click(),
    ]);
    return download;
  }

  async chooseBackup(path: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: /从备份恢复/ }).click(),
    ]);
    await chooser.setFiles(path);
  }

  /** Starts the restore; resolves with the success report or, if it failed, the error shown. */
  async restore(): Promise<string> {
    await this.page.getByRole('button', { name: '开始恢复' }).click();
    const outcome = this.page.getByTestId('restore-report').or(this.page.getByTestId('restore-error'));
    return outcome.first().innerText();
  }

  restoreError(): Promise<string> {
    return this.page.getByTestId('restore-error').innerText();
  }
}
