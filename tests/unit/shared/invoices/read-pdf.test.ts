// PDF invoices read from their text layer: the 数电 layout and two older province layouts, exact fen;
// a scan, an encrypted file and a damaged one are refused by name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readInvoiceFile } from '../../../../shared/invoices';
import { pdfInvoice, scannedPdf, type PdfLayout } from '../../../fixtures/invoices/make-pdf';
import * as samples from '../../../fixtures/invoices/samples';
import { expectedInvoice, type InvoiceSpec } from '../../../fixtures/invoices/spec';

const dir = mkdtempSync(join(tmpdir(), 'grantdesk-invoice-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readOne(name: string, bytes: Uint8Array) {
  const results = await readInvoiceFile(name, bytes);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const CASES: Array<[string, InvoiceSpec, PdfLayout]> = [
  ['数电普票, one line', samples.digitalGeneral, 'digital'],
  ['数电专票, three lines at two rates, a wrapped item name', samples.digitalSpecialMulti, 'digital'],
  ['数电 red-letter with the cancelled number in 备注', samples.digitalRed, 'digital'],
  ['数电 to another company', samples.digitalOtherBuyer, 'digital'],
  ['older, Zhejiang layout (label and value in one run, 「名    称：」)', samples.olderGeneral, 'zhejiang'],
  ['older red-letter, Zhejiang layout (销项负数, 对应正数发票代码…号码…)', samples.olderRed, 'zhejiang'],
  [
    'older, Guangdong layout (「发票号码 ：」, 「2019 年11 月18 日」, (小写), 元, 免税 ***, buyer 个人)',
    samples.olderExemptPerson,
    'guangdong',
  ],
  ['older, Guangdong layout, a taxed invoice', samples.olderGeneral, 'guangdong'],
];

describe('PDF text layer', () => {
  test.each(CASES)('%s', async (_, spec, layout) => {
    const bytes = await pdfInvoice(spec, layout);
    // What the page really says (poppler), so the fixture is the layout it claims to be.
    const path = join(dir, 'x.pdf');
    writeFileSync(path, bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(spec.invoiceNumber);
    if (layout === 'guangdong') expect(text).toMatch(/发票号码 ：[\s\S]*\(小写\)¥/);
    expect(await readOne('a.pdf', bytes)).toEqual({
      file: 'a.pdf',
      invoice: expectedInvoice(spec, 'pdf'),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
  });

  test('exact fen of the tax-exempt invoice: 免税 line has tax 0, the printed *** is not a figure', async () => {
    const result = await readOne('g.pdf', await pdfInvoice(samples.olderExemptPerson, 'guangdong'));
    if (!('invoice' in result)) throw new Error(result.error.message);
    expect(result.invoice).toMatchObject({
      totalFen: 23_400,
      amountFen: 23_313,
      taxFen: 87,
      buyerName: '个人',
      buyerTaxId: '',
    });
    expect(result.invoice.items.map((i) => [i.taxRate, i.taxFen, i.quantity])).toEqual([
      ['免税', 0, '30'],
      ['3%', 87, '1'],
    ]);
  });

  test.each([
    ['guangdong', '贰佰肆拾叁元整', '大写「贰佰肆拾叁元整」与小写 234.00 不符'],
    ['zhejiang', '贰佰叁拾肆圆伍角', '大写「ⓧ贰佰叁拾肆圆伍角」与小写 234.00 不符'],
  ] as const)('a printed 大写 that says another amount is refused (%s)', async (layout, daxie, why) => {
    const result = await readOne('g.pdf', await pdfInvoice(samples.olderExemptPerson, layout, daxie));
    expect(result).toMatchObject({ error: { code: 'amounts-disagree' } });
    if ('error' in result) expect(result.error.message).toContain(why);
  });

  test('大写 with 圆 (数电, ⊗ mark) and with 元 (Guangdong) both agree with their figures', async () => {
    for (const [spec, layout] of [
      [samples.digitalGeneral, 'digital'],
      [samples.olderExemptPerson, 'guangdong'],
    ] as const) {
      const path = join(dir, 'd.pdf');
      writeFileSync(path, await pdfInvoice(spec, layout));
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      expect(text).toMatch(layout === 'digital' ? /⊗壹拾万圆整/ : /贰佰叁拾肆元整/);
    }
  });

  test('a scan (no text layer) is refused as scanned', async () => {
    const result = await readOne('扫描件.pdf', await scannedPdf());
    expect(result).toMatchObject({ error: { code: 'scanned' } });
    if ('error' in result)
      expect(result.error.message).toBe(
        '「扫描件.pdf」是扫描图片，没有文字层，请改用税务系统下载的 PDF、OFD 或 XML 原件',
      );
  });

  test('a password-protected PDF is refused as encrypted', async () => {
    const plain = join(dir, 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    writeFileSync(plain, await pdfInvoice(samples.digitalGeneral));
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', plain, locked]);
    const result = await readOne('locked.pdf', new Uint8Array(readFileSync(locked)));
    expect(result).toMatchObject({
      error: {
        code: 'encrypted',
        messageEn: '"locked.pdf" is encrypted (password-protected) and cannot be read',
      },
    });
  });

  test('a truncated PDF is refused as damaged', async () => {
    const bytes = await pdfInvoice(samples.digitalGeneral);
    expect(await readOne('cut.pdf', bytes.subarray(0, 400))).toMatchObject({ error: { code: 'damaged' } });
  });

  test('a PDF that is not an invoice is refused as not-invoice', async () => {
    const { PDFDocument, StandardFonts } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('Quarterly report 2025', {
      x: 50,
      y: 700,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    expect(await readOne('report.pdf', await doc.save())).toMatchObject({ error: { code: 'not-invoice' } });
  });
});
