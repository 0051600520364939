// 导入发票 as a clerk uses it: twelve invoice files dropped on the Quzhou training base's investment
// list, every problem named in the preview, nothing written until 确认导入, then the rows, the stored
// rows, the amount, the evidence checklist and the printed appendix.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { makeInvoiceSet, type InvoiceSet } from '../fixtures/invoices';
import { DraftsListPage } from './page-models/drafts-list-page';
import { EditorPage } from './page-models/editor-page';
import { storedRoster } from './page-models/roster-grid';
import { launchBrowser } from './support/chromium';
import { draftIdOf } from './support/stored-draft';

const WAIT = { timeout: 20_000 };
const GRID = '[data-testid="invoice-grid-drop"]';

/** Drags the files over the grid and drops them, as the desktop does: dragenter, dragover, drop. */
async function dropFiles(page: Page, files: InvoiceSet['files']): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], f.name));
    }
    return data;
  }, payload);
  const grid = page.locator(GRID);
  await grid.dispatchEvent('dragenter', { dataTransfer: transfer });
  await grid.dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.invoice-grid-drop-hint').waitFor();
  await grid.dispatchEvent('drop', { dataTransfer: transfer });
}

/** The preview's rows: number → the problem codes shown and whether it will be written. */
async function previewRows(page: Page): Promise<Record<string, { codes: string[]; written: boolean }>> {
  const out: Record<string, { codes: string[]; written: boolean }> = {};
  for (const row of await page.getByTestId('invoice-preview-row').all()) {
    const number = (await row.locator('.invoice-number').innerText()).replace(/红字$/, '').trim();
    const codes = await row
      .getByTestId('invoice-problem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
    out[number] = { codes, written: (await row.getAttribute('data-written')) === 'true' };
  }
  return out;
}

/** Every attachment of the draft in IndexedDB with the SHA-256 of the bytes really stored. */
function storedFiles(page: Page, draftId: string): Promise<{ name: string; mime: string; digest: string }[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('grantdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ name: string; mime: string; blob: Blob; removedAt?: number }[]>(
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
      rows
        .filter((r) => r.removedAt === undefined)
        .map(async (r) => ({
          name: r.name,
          mime: r.mime,
          digest: hex(await crypto.subtle.digest('SHA-256', await r.blob.arrayBuffer())),
        })),
    );
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }, draftId);
}

/** The draft's stored scalar data (the basis and its reason) and its attachment list. */
function storedDraftData(
  page: Page,
  draftId: string,
): Promise<{ data: Record<string, unknown>; attachments: Record<string, unknown>[] }> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('grantdesk');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<{ data: { data: Record<string, unknown>; attachments: [] } }>(
      (resolve, reject) => {
        const req = db.transaction('drafts').objectStore('drafts').get(id);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      },
    );
    db.close();
    return { data: row.data.data, attachments: row.data.attachments };
  }, draftId);
}

async function checklist(page: Page): Promise<Record<string, string>> {
  const items = await page.locator('.attachments-section .evidence-list li').allInnerTexts();
  return Object.fromEntries(items.map((t) => /^(已附|缺|可选)\s*(.+)$/.exec(t.trim())!.slice(1).reverse()));
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('导入发票: twelve files dropped on a Quzhou training base', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  let page: Page;
  let set: InvoiceSet;
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-invoices-e2e-'));

  beforeAll(async () => {
    set = await makeInvoiceSet();
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

  test('the preview names each problem, then the rows, the amount, the evidence and the appendix are right', async () => {
    const list = new DraftsListPage(page);
    const box = page.getByPlaceholder('搜索标题、申报单位或代码');
    await box.click();
    await box.pressSequentially('衢州智造');
    await box.press('Enter');
    await list.openDraft(/^衢州.*产教融合实训基地建设补助$/);
    const editor = new EditorPage(page);
    const draftId = draftIdOf(page);
    const investments = editor.roster('投资明细');

    // The example's four typed rows go first: this company's investment is what its invoices say.
    await investments.root.locator('.rg-head .rg-select-col .ant-checkbox-input').click();
    await investments.root.getByRole('button', { name: '删除所选' }).click();
    await expect.poll(() => investments.rowCount(), WAIT).toBe(0);
    await editor.waitSaved();

    await dropFiles(page, set.files);
    const dialog = page.locator('.invoice-import-dialog .ant-modal');
    await dialog.waitFor();
    const summary = page.getByTestId('invoice-summary');
    // Reading starts cold (pdf.js loads in the worker): on a busy 2-core machine that takes a while.
    await page.locator('.invoice-reading').waitFor({ state: 'detached', timeout: 90_000 });
    await page.screenshot({ path: 'test-results/screenshots/invoice-import-read.png', fullPage: true });
    expect(await page.locator('.invoice-notice').allInnerTexts()).toEqual([]);
    expect(await page.getByTestId('invoice-refused').count()).toBe(0);
    await expect
      .poll(() => summary.innerText().catch(() => ''), WAIT)
      .toBe('11 张发票：8 张将导入，合计 ¥693,246.65；3 张不导入');
    // Nothing is written while the preview is open.
    expect(await storedRoster(page, 'investments')).toEqual([]);

    const rows = await previewRows(page);
    expect(rows).toEqual({
      '24332000000012345678': {
        codes: ['cancelled', 'same-invoice-files'],
        written: false,
      },
      '24332000000023456789': { codes: [], written: true },
      '25332000000056789012': { codes: [], written: true },
      '25332000000067890123': { codes: ['duplicate-file'], written: true },
      '033002000211 83112245': { codes: [], written: true },
      '033002500311 00912377': { codes: [], written: true },
      '033002500322 01234588': { codes: [], written: true },
      '24332000000045678901': { codes: ['buyer-mismatch'], written: false },
      '24332000000034567890': { codes: ['red-letter'], written: false },
      '25332000000078901234': { codes: [], written: true },
      '25332000000089012345': { codes: [], written: true },
    });
    const problems = await dialog.getByTestId('invoice-problem').allInnerTexts();
    for (const want of [
      '购买方「衢州市柯城区宏远贸易有限公司」的纳税人识别号 91330802MA2DL0QX7F 不是申报单位的统一社会信用代码 91330803MA2DK7Q30T',
      '红字发票（-88,495.58 元），冲销本次导入的蓝字发票 24332000000012345678；红字发票不作为投资导入',
      `已被红字发票全额冲销（红字_24332000000034567890.xml），不能申报`,
      `「${set.duplicate.file}」与「${set.duplicate.of}」是同一个文件，只导入一次`,
    ])
      expect(problems.some((p) => p.includes(want))).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/invoice-import-preview.png', fullPage: true });

    // The basis is chosen once: 价税合计 changes every amount, and the reason follows; back to 不含税.
    await dialog.getByRole('radio', { name: '价税合计', exact: true }).click();
    await expect
      .poll(() => summary.innerText(), WAIT)
      .toBe('11 张发票：8 张将导入，合计 ¥760,880.00；3 张不导入');
    await expect(dialog.getByLabel('口径说明（打印在申报表上）').inputValue()).resolves.toBe(
      '本单位为小规模纳税人，进项税额不能抵扣，按价税合计申报',
    );
    await dialog.getByRole('radio', { name: '不含税金额', exact: true }).click();
    await expect.poll(() => summary.innerText(), WAIT).toContain('合计 ¥693,246.65');
    const reason = dialog.getByLabel('口径说明（打印在申报表上）');
    await reason.click();
    await page.keyboard.press('End');
    await page.keyboard.type('（附税务登记信息）');

    await dialog.getByRole('button', { name: '确认导入 8 张' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => investments.rowCount(), WAIT).toBe(8);
    await editor.waitSaved();

    // The grid and the stored rows: each invoice with its amount (net of VAT) and its source file.
    await expect(investments.cellText(1, '发票号码')).resolves.toBe('24332000000023456789');
    await expect(investments.cellText(1, '金额')).resolves.toBe('100,867.92');
    await expect(investments.cellText(1, '来源文件')).resolves.toBe('24332000000023456789.ofd');
    const stored = await storedRoster(page, 'investments');
    expect(
      stored.map((r) => [
        r['invoiceNumber'],
        r['amountFen'],
        r['invoiceDate'],
        r['category'],
        r['sourceFile'],
      ]),
    ).toEqual([
      ['24332000000023456789', 10_086_792, '2025-07-08', 'equipment', '24332000000023456789.ofd'],
      ['25332000000056789012', 28_440_367, '2025-08-10', 'equipment', '25332000000056789012.xml'],
      [
        '25332000000067890123',
        11_320_755,
        '2025-09-04',
        'equipment',
        '25332000000067890123.pdf、25332000000067890123（副本）.pdf',
      ],
      ['83112245', 51_068, '2025-06-30', 'equipment', '033002000211_83112245.ofd'],
      ['00912377', 466_020, '2025-07-02', 'equipment', '033002500311_00912377.pdf'],
      ['01234588', 23_313, '2025-07-21', 'equipment', '033002500322_01234588.pdf'],
      [
        '25332000000078901234',
        8_849_558,
        '2025-09-12',
        'equipment',
        '批量下载_20250930.zip/25332000000078901234.xml',
      ],
      [
        '25332000000089012345',
        10_086_792,
        '2025-09-20',
        'equipment',
        '批量下载_20250930.zip/25332000000089012345.ofd',
      ],
    ]);
    const draftData = await storedDraftData(page, draftId);
    expect(draftData.data['investmentBasis']).toBe('net');
    expect(draftData.data['investmentBasisReason']).toBe(
      '本单位为增值税一般纳税人，进项税额可以抵扣，按不含税金额申报（附税务登记信息）',
    );

    // The amount: 25% of 693,246.65.
    await expect.poll(() => editor.amount().innerText(), WAIT).toBe('¥173,311.66');
    expect(await page.locator('.amount-trace li').allInnerTexts()).toEqual([
      '实际投资额 693,246.65（8 张发票）',
      '25% × 693,246.65 = 173,311.66（不足1分部分舍去）（未超过上限 500,000.00）',
    ]);

    // Evidence: one file per imported invoice, stored with its hash, listed as 投资发票.
    const byName = new Map(set.files.map((f) => [f.name, f.bytes]));
    const files = await storedFiles(page, draftId);
    expect(files.map((f) => f.name)).toEqual([
      '033002000211_83112245.ofd',
      '033002500311_00912377.pdf',
      '033002500322_01234588.pdf',
      '24332000000023456789.ofd',
      '25332000000056789012.xml',
      '25332000000067890123.pdf',
      '25332000000078901234.xml',
      '25332000000089012345.ofd',
    ]);
    for (const f of files) if (byName.has(f.name)) expect(f.digest).toBe(sha(byName.get(f.name)!));
    expect(draftData.attachments.map((a) => [a['name'], a['evidence']])).toHaveLength(8);
    expect(new Set(draftData.attachments.map((a) => a['evidence']))).toEqual(new Set(['invoices']));
    await expect.poll(async () => (await checklist(page))['投资发票'], WAIT).toBe('已附');

    // 修改历史 keeps the state before the import.
    await page.getByRole('button', { name: '修改历史' }).click();
    await page.getByTestId('revision').filter({ hasText: '导入前' }).first().waitFor();
    await page.locator('.ant-drawer .ant-drawer-close').click();
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await editor.screenshot('invoice-import-done');

    // The printed form: the basis and its reason, and for each OFD / XML invoice a generated page.
    await page.getByRole('button', { name: '更多打印选项' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByText('保存为 PDF 文件').click(),
    ]);
    const pdf = join(dir, 'invoices.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('不含税金额');
    expect(text).toContain('本单位为增值税一般纳税人，进项税额可以抵扣，按不含税金额申报（附税务登记信息）');
    expect(text.split('据OFD电子发票数据生成，原件另附').length - 1).toBe(3);
    expect(text.split('据XML电子发票数据生成，原件另附').length - 1).toBe(2);
    const ofd = set.files.find((f) => f.name === '24332000000023456789.ofd')!;
    expect(text).toContain(`SHA-256：${sha(ofd.bytes)}`);
    expect(text).toContain('浙江衢州实训装备科技有限公司');
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, 'test-results/screenshots/invoice-import-pdf']);
  }, 240_000);
});
