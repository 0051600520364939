// An older invoice PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H), dropped into
// 导入发票 on a Quzhou training base: the app's reader has pdf.js's CMaps from its own build (the
// command line always had them) and the preview shows the invoice, not a refusal as unsupported.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cidFontInvoicePdf, samples, type InvoiceSpec } from '../fixtures/invoices';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { storedRoster } from './page-models/roster-grid';
import { launchBrowser } from './support/chromium';

const root = resolve(import.meta.dirname, '../..');

/** The olderGeneral invoice, issued inside the example's construction period (2025-05-26 to 2025-09-30). */
const stSong: InvoiceSpec = { ...samples.olderGeneral, invoiceNumber: '83091234', issueDate: '2025-07-23' };

/** Drags one file over the dialog's drop zone and drops it, as the desktop does. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return data;
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
  const zone = page.getByTestId('invoice-drop');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('导入发票: an older PDF in a non-embedded STSong-Light', () => {
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
  afterAll(() => close());

  test('the built invoice reader carries the Adobe-GB1 CMaps byte for byte, and no others', () => {
    const assets = resolve(root, 'out/renderer/assets');
    const worker = readdirSync(assets).filter((f) => /^invoice\.worker-.*\.js$/.test(f));
    expect(worker).toHaveLength(1);
    const code = readFileSync(resolve(assets, worker[0]!), 'latin1');
    const inBuild = new Set(
      [...code.matchAll(/data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/g)].map((m) => m[1]),
    );
    const cmaps = resolve(root, 'node_modules/pdfjs-dist/cmaps');
    const b64 = (name: string) => readFileSync(resolve(cmaps, `${name}.bcmap`)).toString('base64');
    // The font's encoding and the map from its character IDs to Unicode; then the whole family.
    expect(inBuild.has(b64('UniGB-UCS2-H'))).toBe(true);
    expect(inBuild.has(b64('Adobe-GB1-UCS2'))).toBe(true);
    const family = readdirSync(cmaps)
      .filter((f) => f.endsWith('.bcmap') && f.includes('GB'))
      .map((f) => f.slice(0, -'.bcmap'.length));
    expect(family).toHaveLength(33);
    expect(family.filter((n) => !inBuild.has(b64(n)))).toEqual([]);
    expect(inBuild.has(b64('UniJIS-UCS2-H'))).toBe(false);
  });

  test('dropped on the Quzhou draft, the preview shows its number and exact amounts', async () => {
    const list = new DraftsListPage(page);
    const box = page.getByPlaceholder('搜索标题、申报单位或代码');
    await box.click();
    await box.pressSequentially('衢州智造');
    await box.press('Enter');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const editor = new EditorPage(page);
    const investments = editor.roster('投资明细');
    await investments.root.getByRole('button', { name: '导入发票' }).click();
    const dialog = page.locator('.invoice-import-dialog .ant-modal');
    await dialog.waitFor();

    await dropFile(page, '旧版发票_宋体未嵌入.pdf', await cidFontInvoicePdf(stSong));
    const row = page.getByTestId('invoice-preview-row');
    // Reading starts cold (pdf.js loads in the worker); a refusal ends the wait at once.
    await page
      .locator('[data-testid="invoice-preview-row"], [data-testid="invoice-refused"]')
      .first()
      .waitFor({ timeout: 90_000 });
    await page.screenshot({ path: 'test-results/screenshots/invoice-import-cmaps.png', fullPage: true });
    expect(await page.getByTestId('invoice-refused').allInnerTexts()).toEqual([]);
    expect(await row.count()).toBe(1);
    expect((await row.locator('.invoice-number').innerText()).trim()).toBe('033002000211 83091234');
    const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    expect(cells.slice(0, 7)).toEqual([
      '旧版发票_宋体未嵌入.pdf',
      '033002000211 83091234',
      '2025-07-23',
      '兰溪市教学仪器经营部',
      '衢州智造精工机械有限公司\n91330803MA2DK7Q30T',
      '¥526.00',
      '¥510.68',
    ]);
    expect(await row.locator('.invoice-written').innerText()).toBe('¥510.68');
    expect(await row.getByTestId('invoice-problem').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('invoice-summary').innerText())
      .toBe('1 张发票：1 张将导入，合计 ¥510.68；0 张不导入');
    // Nothing is written while the preview is open.
    expect((await storedRoster(page, 'investments')).map((r) => r['invoiceNumber'])).not.toContain(
      '83091234',
    );
  });
});
