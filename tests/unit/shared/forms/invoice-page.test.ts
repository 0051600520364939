// The page generated for an invoice data file (OFD / XML), read back with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { INVOICE_PAGE_MAX_LINES, invoicePageBlocks } from '../../../../shared/forms/invoice-page';
import type { Invoice } from '../../../../shared/invoices/types';
import { renderDocument } from '../../../../shared/pdf';
import { pageCount, pdfText, regularFont, tempDir } from '../pdf/pdf-tools';
import { screenshot, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());

const SHA = 'ab'.repeat(32);

function invoice(lines: number): Invoice {
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
      name: `*实训设备*教学工位${k + 1}`,
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
    const path = await render(invoice(INVOICE_PAGE_MAX_LINES + 7), 'long.pdf');
    expect(pageCount(path)).toBe(1);
    const text = squash(pdfText(path));
    expect(text).toContain(`教学工位${INVOICE_PAGE_MAX_LINES}`);
    expect(text).not.toContain(`教学工位${INVOICE_PAGE_MAX_LINES + 1}`);
    expect(text).toContain('……另7项，见原件');
  });
});
