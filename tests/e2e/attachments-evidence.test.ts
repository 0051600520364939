// Attachments as users add them: four files chosen at once are each tagged by their name (or asked
// about), the checklist ticks only stored files, and a removed file comes back with a restored revision.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/chromium';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { storedRows } from './page-models/pack-import';

/** A state reached after a save, a restore or a reload: a busy 2-core machine may take seconds. */
const WAIT = { timeout: 15_000 };

interface StoredFile {
  name: string;
  sha256: string;
  removed: boolean;
  bytes: number;
  digest: string;
}

/** Every attachment row of the draft in IndexedDB, with the SHA-256 of the bytes really stored. */
function storedFiles(page: Page, draftId: string): Promise<StoredFile[]> {
  return page
    .evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('grantdesk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const rows = await new Promise<{ name: string; sha256: string; removedAt?: number; blob: Blob }[]>(
        (resolve, reject) => {
          const req = db.transaction('attachments').objectStore('attachments').index('draftId').getAll(id);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        },
      );
      db.close();
      const hex = (b: ArrayBuffer) =>
        [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
      const out = await Promise.all(
        rows.map(async (r) => ({
          name: r.name,
          sha256: r.sha256,
          removed: r.removedAt !== undefined,
          bytes: r.blob.size,
          digest: hex(await crypto.subtle.digest('SHA-256', await r.blob.arrayBuffer())),
        })),
      );
      return out;
    }, draftId)
    .then((files) => files.sort((a, b) => (a.name < b.name ? -1 : 1)));
}

/** The checklist as shown: item → 已附 / 缺 / 可选. */
async function checklist(page: Page): Promise<Record<string, string>> {
  const items = await page.locator('.attachments-section .evidence-list li').allInnerTexts();
  return Object.fromEntries(items.map((t) => /^(已附|缺|可选)\s*(.+)$/.exec(t.trim())!.slice(1).reverse()));
}

/** The kind each listed file shows in its select (the placeholder when it is still to be chosen). */
async function kinds(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const row of await page.locator('.attachments-section .ant-list-item').all()) {
    const name = await row.getByTestId('attachment-name').innerText();
    out[name] = (await row.locator('.ant-select').innerText()).trim();
  }
  return out;
}

async function pdfWithText(line: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(line, { x: 72, y: 760, size: 18, font });
  return doc.save();
}

const draftIdOf = (page: Page) => decodeURIComponent(/#\/drafts\/([^/?]+)/.exec(page.url())![1]!);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('attachments: tagging, the evidence checklist, and files kept for revisions', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-attach-e2e-'));

  beforeAll(async () => {
    ({ context, close } = await launchBrowser());
    page = await context.newPage();
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    await list.loadExamples();
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('four files chosen at once: each tagged by its name, the photo asked about, the checklist from stored files', async () => {
    const wizard = new WizardPage(page);
    await wizard.create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);
    const draftId = draftIdOf(page);
    // A real photo: a PNG of the page itself, named the way a phone names it.
    const photo = join(dir, 'IMG_2031.png');
    writeFileSync(photo, await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } }));
    const invoice1 = join(dir, '增值税发票-设备采购.pdf');
    const invoice2 = join(dir, '增值税发票-软件.pdf');
    const contract = join(dir, '校企合作合同.pdf');
    writeFileSync(invoice1, await pdfWithText('INVOICE 33011 EQUIPMENT'));
    writeFileSync(invoice2, await pdfWithText('INVOICE 33012 SOFTWARE'));
    writeFileSync(contract, await pdfWithText('COOPERATION CONTRACT'));

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.attachments-section .ant-upload-drag').click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([photo, invoice1, invoice2, contract]);

    await expect.poll(() => page.getByTestId('attachment-name').count(), WAIT).toBe(4);
    await expect
      .poll(() => kinds(page), WAIT)
      .toEqual({
        'IMG_2031.png': '请选择材料类别',
        '增值税发票-设备采购.pdf': '投资发票',
        '增值税发票-软件.pdf': '投资发票',
        '校企合作合同.pdf': '校企合作协议',
      });
    await expect(page.getByTestId('evidence-ask').innerText()).resolves.toContain(
      '有 1 个文件无法从文件名判断',
    );
    expect(await checklist(page)).toEqual({
      '营业执照（副本）': '缺',
      投资发票: '已附',
      校企合作协议: '已附',
      '建设完成（验收）证明': '缺',
      实训基地照片: '可选',
    });
    await page.screenshot({ path: 'test-results/screenshots/attachments-four-at-once.png', fullPage: true });

    // The user answers: the photo is a photo of the base.
    const photoRow = page.locator('.attachments-section .ant-list-item').filter({ hasText: 'IMG_2031.png' });
    await photoRow.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '实训基地照片' })
      .click();
    await expect.poll(async () => (await checklist(page))['实训基地照片'], WAIT).toBe('已附');
    await page.getByTestId('evidence-ask').waitFor({ state: 'detached' });
    await editor.waitSaved();

    // Stored: four files with their bytes, and the list saved with each file's kind.
    const files = await storedFiles(page, draftId);
    expect(Object.fromEntries(files.map((f) => [f.name, [f.removed, f.digest === f.sha256]]))).toEqual({
      'IMG_2031.png': [false, true],
      '增值税发票-设备采购.pdf': [false, true],
      '增值税发票-软件.pdf': [false, true],
      '校企合作合同.pdf': [false, true],
    });
    expect(files.find((f) => f.name === 'IMG_2031.png')?.sha256).toBe(sha(photo));
  });

  test('a removed invoice comes back with the revision restored from 修改历史, bytes and all, and prints', async () => {
    const list = new DraftsListPage(page);
    await list.open(inject('baseUrl'));
    const box = page.getByPlaceholder('搜索标题、申报单位或代码');
    await box.click();
    await box.pressSequentially('衢州智造');
    await box.press('Enter');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const editor = new EditorPage(page);
    const draftId = draftIdOf(page);
    // Examples come without files: 投资发票 is missing until one is added.
    await expect.poll(async () => (await checklist(page))['投资发票'], WAIT).toBe('缺');

    const invoice = join(dir, '投资发票-2025.pdf');
    writeFileSync(invoice, await pdfWithText('INVOICE 33099 TRAINING BASE'));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.attachments-section .ant-upload-drag').click(),
    ]);
    await chooser.setFiles([invoice]);
    await page.getByTestId('attachment-name').waitFor();
    expect(await kinds(page)).toEqual({ '投资发票-2025.pdf': '投资发票' });
    await expect.poll(async () => (await checklist(page))['投资发票'], WAIT).toBe('已附');
    await editor.waitSaved();
    await expect.poll(() => editor.errorCount(), WAIT).toBe(0);
    // 待打印 keeps a revision of the draft as it is: with the invoice.
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '更改状态' }).click();
    await page.getByRole('menuitem', { name: '改为「待打印」' }).click();
    await expect.poll(() => page.getByTestId('draft-status').innerText(), WAIT).toBe('待打印');

    await page
      .locator('.attachments-section .ant-list-item')
      .filter({ hasText: '投资发票-2025.pdf' })
      .getByRole('button', { name: /^删\s?除$/ })
      .click();
    await expect.poll(() => page.getByTestId('attachment-name').count(), WAIT).toBe(0);
    await expect.poll(async () => (await checklist(page))['投资发票'], WAIT).toBe('缺');
    await editor.waitSaved();
    // Kept (marked removed), since the revision still names it.
    expect((await storedFiles(page, draftId)).map((f) => [f.name, f.removed])).toEqual([
      ['投资发票-2025.pdf', true],
    ]);

    // The deletion has reached the draft's own list of files too, before a revision is restored over it.
    const listed = async () =>
      (await storedRows<{ id: string; data: { attachments?: unknown[] } }>(page, 'drafts')).find(
        (d) => d.id === draftId,
      )?.data.attachments?.length;
    await expect.poll(listed, WAIT).toBe(0);

    await page.getByRole('button', { name: '修改历史' }).click();
    const revision = page.getByTestId('revision').filter({ hasText: '状态变更' }).first();
    await revision.getByRole('button', { name: '恢复此版本' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^恢\s?复$/ })
      .click();
    await expect
      .poll(() => page.getByTestId('attachment-name').allInnerTexts(), WAIT)
      .toEqual(['投资发票-2025.pdf']);
    await expect.poll(async () => (await checklist(page))['投资发票'], WAIT).toBe('已附');
    await page.locator('.ant-drawer .ant-drawer-close').click();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await storedFiles(page, draftId)).map((f) => [f.name, f.removed, f.digest]), WAIT)
      .toEqual([['投资发票-2025.pdf', false, sha(invoice)]]);
    await expect.poll(listed, WAIT).toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/attachments-restored.png', fullPage: true });

    // The printed form ticks the invoice and carries its page.
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const pdf = join(dir, 'restored.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('已附：投资发票-2025.pdf');
    expect(text).toContain('INVOICE 33099 TRAINING BASE');
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, 'test-results/screenshots/attachments-restored-pdf']);
  });
});
