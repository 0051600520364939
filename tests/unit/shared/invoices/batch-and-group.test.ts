// A batch zip gives one result per invoice file inside; the PDF, OFD and XML of one invoice group as one.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { groupSameInvoice, readInvoiceFile, type InvoiceReadResult } from '../../../../shared/invoices';
import { makeInvoiceSet } from '../../../fixtures/invoices/invoice-set';
import { digitalXml } from '../../../fixtures/invoices/make-xml';
import { ofdInvoice } from '../../../fixtures/invoices/make-ofd';
import { pdfInvoice } from '../../../fixtures/invoices/make-pdf';
import * as samples from '../../../fixtures/invoices/samples';
import { expectedInvoice } from '../../../fixtures/invoices/spec';

describe('batch zip', () => {
  test('every invoice inside is read, named zip/inner; other files are skipped', async () => {
    const spec = samples.digitalGeneral;
    const zip = zipSync({
      [`发票/${spec.invoiceNumber}.pdf`]: await pdfInvoice(spec),
      [`发票/${spec.invoiceNumber}.ofd`]: ofdInvoice(spec),
      [`发票/${spec.invoiceNumber}.xml`]: strToU8(digitalXml(spec)),
      '发票/说明.txt': strToU8('下载说明'),
      '__MACOSX/发票/._x.pdf': strToU8('junk'),
    });
    const results = await readInvoiceFile('batch.zip', zip);
    expect(results.map((r) => r.file)).toEqual([
      `batch.zip/发票/${spec.invoiceNumber}.pdf`,
      `batch.zip/发票/${spec.invoiceNumber}.ofd`,
      `batch.zip/发票/${spec.invoiceNumber}.xml`,
    ]);
    for (const r of results)
      expect(r).toMatchObject({ invoice: { invoiceNumber: spec.invoiceNumber, totalFen: 10_000_000 } });
    const groups = groupSameInvoice(results);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.invoice).toEqual(expectedInvoice(spec, 'xml'));
    expect(groups[0]!.files.map((f) => f.source)).toEqual(['xml', 'ofd', 'pdf']);
    expect(groups[0]!.conflicts).toEqual([]);
  });

  test('a zip with no invoice file in it is refused by name', async () => {
    const results = await readInvoiceFile(
      '照片.zip',
      zipSync({ 'a.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }),
    );
    expect(results).toEqual([
      {
        file: '照片.zip',
        error: {
          code: 'not-invoice',
          message: '「照片.zip」不是可识别的电子发票：压缩包中没有 PDF、OFD 或 XML 文件',
          messageEn:
            '"照片.zip" is not an e-invoice GrantDesk can read: the archive holds no PDF, OFD or XML file',
        },
      },
    ]);
  });

  test('a zip inside the batch is not opened; the rest is read', async () => {
    const inner = zipSync({ 'x.xml': strToU8(digitalXml(samples.digitalGeneral)) });
    const results = await readInvoiceFile(
      'b.zip',
      zipSync({ 'inner.zip': inner, 'a.xml': strToU8(digitalXml(samples.digitalRed)) }),
    );
    expect(results).toMatchObject([
      { file: 'b.zip/inner.zip', error: { code: 'unsupported' } },
      { file: 'b.zip/a.xml', invoice: { invoiceNumber: samples.digitalRed.invoiceNumber } },
    ]);
  });
});

describe('groupSameInvoice', () => {
  test('files of one invoice that disagree are flagged', async () => {
    const xml = strToU8(digitalXml(samples.digitalGeneral));
    const other = strToU8(
      digitalXml({ ...samples.digitalGeneral, buyerName: '别的公司', buyerTaxId: '91330802MA2DL0QX7F' }),
    );
    const results: InvoiceReadResult[] = [
      ...(await readInvoiceFile('a.xml', xml)),
      ...(await readInvoiceFile('b.xml', other)),
    ];
    expect(groupSameInvoice(results)[0]!.conflicts).toEqual(['buyerTaxId', 'buyerName']);
  });

  test('the twelve-file set: 11 invoices, the copy listed twice, the other buyer and the red-letter pair found', async () => {
    const set = await makeInvoiceSet();
    expect(set.files).toHaveLength(12);
    const results: InvoiceReadResult[] = [];
    for (const f of set.files) results.push(...(await readInvoiceFile(f.name, f.bytes)));
    expect(results.filter((r) => 'error' in r)).toEqual([]);
    expect(results).toHaveLength(13);
    const groups = groupSameInvoice(results);
    expect(groups.map((g) => g.key)).toEqual(set.invoices.map((i) => i.key));
    for (const { key, expected } of set.invoices) {
      const group = groups.find((g) => g.key === key)!;
      expect(group.invoice).toMatchObject(expected);
      expect(group.conflicts).toEqual([]);
    }
    const copy = groups.find((g) => g.files.some((f) => f.file === set.duplicate.file))!;
    expect(copy.files.map((f) => f.file)).toEqual([set.duplicate.of, set.duplicate.file]);
    expect(new Set(copy.files.map((f) => f.sha256)).size).toBe(1);
    expect(groups.find((g) => g.key === set.otherBuyer)!.invoice.buyerTaxId).not.toBe(
      samples.APPLICANT.buyerTaxId,
    );
    expect(groups.find((g) => g.key === set.redLetter.number)!.invoice).toMatchObject({
      redLetter: true,
      cancels: set.redLetter.cancels,
    });
    expect(
      groups.find((g) => g.key === samples.digitalGeneral.invoiceNumber)!.files.map((f) => f.source),
    ).toEqual(['xml', 'pdf']);
  }, 120_000);
});
