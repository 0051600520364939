import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { BackupPage } from './page-models/backup-page';
import { DraftsListPage } from './page-models/drafts-list-page';

// The smallest valid PDF: one empty page.
const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

describe('backup and restore in Chromium', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-backup-e2e-'));
  let backupPath = '';

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a draft with an attachment is exported to a .zip download', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
    await new DraftsListPage(page).search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const pdfPath = join(dir, '营业执照.pdf');
    writeFileSync(pdfPath, PDF);
    await page.locator('.attachments-section input[type=file]').setInputFiles(pdfPath);
    await expect.poll(() => page.getByTestId('attachment-name').allInnerTexts()).toEqual(['营业执照.pdf']);

    const backup = new BackupPage(page);
    await backup.open(inject('baseUrl'));
    const download = await backup.exportAll();
    expect(download.suggestedFilename()).toMatch(/^GrantDesk备份-\d{8}-\d{4}\.zip$/);
    backupPath = join(dir, download.suggestedFilename());
    await download.saveAs(backupPath);
    expect(readFileSync(backupPath).subarray(0, 2).toString()).toBe('PK');
  });

  test('after clearing site data, the restore brings the draft back with its attachment', async () => {
    const origin = new URL(inject('baseUrl')).origin;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    // The open page keeps running after its data is gone; the app reopens its database by itself.
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await page.getByRole('button', { name: /载入示例申报/ }).waitFor();

    const backup = new BackupPage(page);
    await backup.open(inject('baseUrl'));
    await backup.chooseBackup(backupPath);
    await expect(backup.restore()).resolves.toMatch(/^已恢复 20 份申报/);
    await page.screenshot({ path: 'test-results/screenshots/backup-restored.png', animations: 'disabled' });

    await list.open(inject('baseUrl'));
    await expect.poll(() => list.total()).toBe(20);
    await new DraftsListPage(page).search('衢州');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    await expect.poll(() => page.getByTestId('attachment-name').allInnerTexts()).toEqual(['营业执照.pdf']);
  });

  test('a truncated backup is refused by name and nothing is written', async () => {
    const truncated = join(dir, 'truncated.zip');
    const bytes = readFileSync(backupPath);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const backup = new BackupPage(page);
    await backup.open(inject('baseUrl'));
    await backup.chooseBackup(truncated);
    await expect(backup.restoreError()).resolves.toContain(
      '「truncated.zip」：文件不是有效的 zip 备份（可能被截断）',
    );
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await expect.poll(() => list.total()).toBe(20);
  });
});
