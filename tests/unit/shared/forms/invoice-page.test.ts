// The page generated for an invoice data file (OFD / XML), read back with pdftotext.
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { FormError } from '../../../../shared/forms';
import { ofdProblem } from '../../../../shared/forms/ofd-check';
import { ofdInvoice } from '../../../fixtures/invoices/make-ofd';
import { digitalSpecialMulti } from '../../../fixtures/invoices/samples';
import { INVOICE_PAGE_MAX_LINES, invoicePageBlocks } from '../../../../shared/forms/invoice-page';
import type { Invoice } from '../../../../shared/invoices/types';
import { renderDocument } from '../../../../shared/pdf';
import { pageCount, pdfText, regularFont, tempDir } from '../pdf/pdf-tools';
import { fixtureDrafts, renderRaw, screenshot, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());

const SHA = 'ab'.repeat(32);

function invoice(lines: number, long = false): Invoice {
  return {
    kind: '普票',
    redLetter: false,
    invoiceCode: '033002100611',
    invoiceNumber: '12345678',
    issueDate: '2025-05-08',
    totalFen: 33_900 * lines,
    amountFen: 30_000 * lines,
    taxFen: 3_900 * lines,
    sellerName: '浙江衢州实训器材有限公司',
    sellerTaxId: '91330800MA29U5PK4X',
    buyerName: '衢州智造精工机械有限公司',
    buyerTaxId: '91330803MA2DK7Q30T',
    items: Array.from({ length: lines }, (_, k) => ({
      name: `*实训设备*教学工位${k + 1}${long ? '（含配套软件、安装调试、人员培训及三年维保服务，按合同附件清单交付）' : ''}`,
      spec: 'QZ-200',
      unit: '套',
      quantity: '1',
      amountFen: 30_000,
      taxRate: '13%',
      taxFen: 3_900,
    })),
    source: 'ofd',
  };
}

async function render(inv: Invoice, name: string): Promise<string> {
  const bytes = await renderDocument(
    { blocks: invoicePageBlocks('附件 1：发票.ofd', inv, { name: '发票.ofd', sha256: SHA }).slice(1) },
    { regular: regularFont() },
  );
  return tmp.write(name, bytes);
}

describe('invoicePageBlocks', () => {
  it('prints the number, date, parties, lines, totals, the statement and the SHA-256', async () => {
    const path = await render(invoice(2), 'two-lines.pdf');
    screenshot(path, 1, 'invoice-page-ofd');
    const text = squash(pdfText(path));
    for (const want of [
      '据OFD电子发票数据生成，原件另附',
      '033002100611（发票代码）12345678（发票号码）',
      '2025年05月08日',
      '浙江衢州实训器材有限公司',
      '91330800MA29U5PK4X',
      '衢州智造精工机械有限公司',
      '91330803MA2DK7Q30T',
      '*实训设备*教学工位1',
      '*实训设备*教学工位2',
      '¥600.00',
      '¥78.00',
      '¥678.00（陆佰柒拾捌元整）',
      `SHA-256：${SHA}`,
    ])
      expect(text).toContain(want);
  });

  it('keeps a long invoice to one page and counts the lines left out', async () => {
    const path = await render(invoice(INVOICE_PAGE_MAX_LINES + 7, true), 'long.pdf');
    screenshot(path, 1, 'invoice-page-long');
    expect(pageCount(path)).toBe(1);
    const text = squash(pdfText(path));
    expect(text).toContain(`教学工位${INVOICE_PAGE_MAX_LINES}`);
    expect(text).not.toContain(`教学工位${INVOICE_PAGE_MAX_LINES + 1}`);
    expect(text).toContain('……另7项，见原件');
  });
});

describe('an OFD attachment on the printed form', () => {
  const [, draft] = fixtureDrafts().find(([p]) => p === 'training-base')!;

  it('is printed as a page generated from its data, with the file SHA-256', async () => {
    const bytes = ofdInvoice(digitalSpecialMulti);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const pdf = await renderRaw(draft, {
      attachments: [{ name: '示教器发票.ofd', mime: 'application/ofd', bytes, evidence: 'invoices' }],
    });
    expect(pdf.pageCount).toBe(pdf.formPageCount + 1);
    const path = tmp.write('form-with-ofd.pdf', pdf.bytes);
    screenshot(path, pdf.pageCount, 'form-ofd-appendix');
    const last = squash(pdfText(path, pdf.pageCount));
    for (const want of [
      '附件1：示教器发票.ofd',
      '据OFD电子发票数据生成，原件另附',
      '24332000000023456789',
      '2025年07月08日',
      '浙江衢州实训装备科技有限公司',
      '衢州智造精工机械有限公司',
      '工业机器人示教',
      'PLC实训模块',
      '实训平台安装调试',
      '¥100,867.92',
      '¥11,792.08',
      '¥112,660.00（壹拾壹万贰仟陆佰陆拾元整）',
      `SHA-256：${sha}`,
      `第${pdf.pageCount}页共${pdf.pageCount}页`,
    ])
      expect(last).toContain(want);
  });

  it('refuses an OFD that is not one, naming the file, and judges a bomb by its directory', async () => {
    const notOfd = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    await expect(
      renderRaw(draft, { attachments: [{ name: '坏发票.ofd', mime: 'application/ofd', bytes: notOfd }] }),
    ).rejects.toMatchObject({
      code: 'attachment-unreadable',
      message: '附件「坏发票.ofd」无法读取：压缩包中没有 OFD.xml，不是 OFD 文件',
    } satisfies Partial<FormError>);
    const bomb = zipSync({ 'OFD.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(ofdProblem(bomb)?.zh).toBe('OFD 文件解压后有 70 MB，超过 64 MB 的上限');
  });
});
