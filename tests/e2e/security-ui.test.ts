/// <reference lib="dom" />
// What a user sees of issue #12's window fixes: the image preview inside the page, the notice after a
// crash reload, a failed daily backup (toast and backup-page notice) and the Ctrl+V paste hint in
// the desktop app. The desktop renderer runs here with a fake preload API (the Electron binary cannot).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { ShellPage } from './page-models/shell-page';
import { DraftsListPage } from './page-models/drafts-list-page';
import { RosterGrid } from './page-models/roster-grid';

const DRAFT = '衢州智造精工机械有限公司 2025年 产教融合实训基地建设补助';

/** Finds the Quzhou training-base example by typing in the search box, and opens it. */
async function openQuzhouTrainingBase(page: Page): Promise<void> {
  const box = page.getByPlaceholder('搜索标题、申报单位或代码');
  await box.pressSequentially('衢州智造');
  await box.press('Enter');
  await new DraftsListPage(page).openDraft(DRAFT);
}

describe('in the browser build', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
  });
  afterAll(async () => close());

  test('an image attachment is previewed inside the page, no new window', async () => {
    await openQuzhouTrainingBase(page);
    // A real 320×200 PNG, drawn by the page itself, dropped as a user would pick it.
    const png = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 200;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#c00';
      g.fillRect(0, 0, 320, 200);
      g.fillStyle = '#fff';
      g.fillRect(40, 40, 240, 120);
      const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'));
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    await page
      .locator('.attachments-section input[type=file]')
      .setInputFiles({ name: '实训基地照片.png', mimeType: 'image/png', buffer: Buffer.from(png) });
    const item = page.locator('.attachments-section .ant-list-item').filter({ hasText: '实训基地照片.png' });
    await item.waitFor();
    let popups = 0;
    context.on('page', () => (popups += 1));
    await item.getByRole('button', { name: /^预\s?览$/ }).click();
    const image = page.getByTestId('attachment-preview-image');
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(320);
    await expect.poll(() => page.locator('.ant-modal-confirm-title').innerText()).toBe('实训基地照片.png');
    await new ShellPage(page).screenshot('attachment-image-preview');
    await page.keyboard.press('Escape');
    await image.waitFor({ state: 'detached' });
    expect(popups).toBe(0);
  });

  test('after a crash reload the page says nothing saved was lost, and drops the flag', async () => {
    await page.goto(`${inject('baseUrl')}?recovered=1#/drafts`);
    const notice = page.locator('.recovered-notice');
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toContain('页面意外关闭，已重新载入');
    expect(await notice.innerText()).toContain('已保存的内容没有丢失');
    await new ShellPage(page).screenshot('recovered-after-crash');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#/drafts');
  });
});

describe('the desktop renderer (fake preload API)', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    // The preload's verbs; writing the automatic backup fails as on a full disk.
    await page.addInitScript(() => {
      const w = window as unknown as { grantdesk: unknown; __pdfOpened: string[] };
      w.__pdfOpened = [];
      w.grantdesk = {
        saveFile: async () => ({ saved: false }),
        openPdf: async (req: { suggestedName: string }) => {
          w.__pdfOpened.push(req.suggestedName);
          return { opened: true };
        },
        printPdf: async () => ({ printed: true }),
        readUserFile: async () => null,
        appInfo: async () => ({
          version: '0.1.0',
          previousVersion: '0.1.0',
          platform: 'linux',
          userDataPath: '/home/u/.config/GrantDesk',
        }),
        writeAutoBackup: async () => {
          throw new Error(
            "Error invoking remote method 'backup:write-auto': Error: ENOSPC: no space left on device",
          );
        },
        listAutoBackups: async () => [],
      };
    });
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
  });
  afterAll(async () => close());

  test('a failing daily backup is a toast and a notice on the backup page', async () => {
    // The daily backup starts 10 s after the app opens and there are drafts now.
    await page.reload();
    const toast = page.locator('.auto-backup-failed-toast');
    await toast.waitFor({ timeout: 45_000 });
    expect(await toast.innerText()).toContain('自动备份失败：');
    expect(await toast.innerText()).toBe(
      '自动备份失败：ENOSPC: no space left on device。请在“备份与恢复”页手动导出备份。',
    );
    const shell = new ShellPage(page);
    await shell.goTo('备份与恢复');
    const notice = page.getByTestId('auto-backup-failed');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /^今天的自动备份失败（.+）：.*ENOSPC.*请立即手动导出一份备份。/s,
    );
    await shell.screenshot('auto-backup-failed');
    expect(await page.evaluate(() => localStorage.getItem('grantdesk.dailyBackupFailure'))).toContain(
      'ENOSPC',
    );
  });

  test('the roster paste button is the Ctrl+V hint, and Ctrl+V in the grid pastes', async () => {
    await new DraftsListPage(page).open(inject('baseUrl'));
    await openQuzhouTrainingBase(page);
    const grid = new RosterGrid(page, '投资明细');
    await grid.root.waitFor();
    const before = await grid.rowCount();
    await grid.root.getByRole('button', { name: '按 Ctrl+V 粘贴' }).click();
    await page
      .locator('.ant-message-notice', { hasText: '在 Excel 中复制行，然后在此表格中按 Ctrl+V 粘贴' })
      .waitFor();
    // Focus stays on the button inside the grid: Ctrl+V there pastes what Excel copied.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() =>
      navigator.clipboard.writeText('设备购置\t数控车床\t12000\t25332000000031849999\t2025-05-12'),
    );
    await page.keyboard.press('Control+V');
    await expect.poll(() => grid.rowCount()).toBe(before + 1);
  });
});
