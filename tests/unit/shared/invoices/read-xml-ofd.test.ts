// 数电 XML, 数电 OFD and older OFD (with and without original_invoice.xml) read to exact fen.
import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readInvoiceFile } from '../../../../shared/invoices';
import { digitalXml, olderXml } from '../../../fixtures/invoices/make-xml';
import { ofdInvoice } from '../../../fixtures/invoices/make-ofd';
import * as samples from '../../../fixtures/invoices/samples';
import { expectedInvoice, type InvoiceSpec } from '../../../fixtures/invoices/spec';

async function readOne(name: string, bytes: Uint8Array) {
  const results = await readInvoiceFile(name, bytes);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const DIGITAL: Array<[string, InvoiceSpec]> = [
  ['one line (an object, not an array)', samples.digitalGeneral],
  ['three lines, 专票', samples.digitalSpecialMulti],
  ['red-letter', samples.digitalRed],
  ['another buyer', samples.digitalOtherBuyer],
];

describe('数电 XML', () => {
  test.each(DIGITAL)('%s', async (_, spec) => {
    const result = await readOne('a.xml', strToU8(digitalXml(spec)));
    expect(result).toMatchObject({ file: 'a.xml', invoice: expectedInvoice(spec, 'xml') });
    if ('invoice' in result) expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('exact fen of the multi-line invoice, line by line', async () => {
    const result = await readOne('m.xml', strToU8(digitalXml(samples.digitalSpecialMulti)));
    if (!('invoice' in result)) throw new Error(result.error.message);
    expect(result.invoice.totalFen).toBe(11_266_000);
    expect(result.invoice.amountFen).toBe(10_086_792);
    expect(result.invoice.taxFen).toBe(1_179_208);
    expect(result.invoice.items.map((i) => [i.amountFen, i.taxRate, i.taxFen])).toEqual([
      [5_000_000, '13%', 650_000],
      [3_200_000, '13%', 416_000],
      [1_886_792, '6%', 113_208],
    ]);
  });

  test('a red-letter invoice is negative and names the blue one', async () => {
    const result = await readOne('r.xml', strToU8(digitalXml(samples.digitalRed)));
    if (!('invoice' in result)) throw new Error(result.error.message);
    expect(result.invoice).toMatchObject({
      redLetter: true,
      totalFen: -10_000_000,
      cancels: '24332000000012345678',
    });
  });

  test('a 大写 total that says another amount is refused', async () => {
    const xml = digitalXml(samples.digitalGeneral).replace('壹拾万圆整', '壹拾万零壹圆整');
    const result = await readOne('d.xml', strToU8(xml));
    expect(result).toMatchObject({ error: { code: 'amounts-disagree' } });
    if ('error' in result)
      expect(result.error.message).toContain('大写「壹拾万零壹圆整」与小写 100000.00 不符');
  });

  test('totals that do not add up are refused', async () => {
    const xml = digitalXml(samples.digitalGeneral).replace('<TotalTaxAm>11504.42', '<TotalTaxAm>11504.24');
    expect(await readOne('t.xml', strToU8(xml))).toMatchObject({ error: { code: 'amounts-disagree' } });
  });

  test('XML that is not an invoice is refused as such', async () => {
    const result = await readOne('x.xml', strToU8('<?xml version="1.0"?><root><a>1</a></root>'));
    expect(result).toMatchObject({ error: { code: 'not-invoice' } });
    if ('error' in result) {
      expect(result.error.message).toBe(
        '「x.xml」不是可识别的电子发票：XML 不是电子发票（根元素不是 EInvoice）',
      );
      expect(result.error.messageEn).toBe(
        '"x.xml" is not an e-invoice GrantDesk can read: the XML is not an e-invoice (its root is not EInvoice)',
      );
    }
  });
});

describe('OFD', () => {
  test.each(DIGITAL)(
    '数电 OFD, %s: tags mapped to page text objects (¥ split off, names over two objects)',
    async (_, spec) => {
      expect(await readOne('a.ofd', ofdInvoice(spec))).toMatchObject({
        invoice: expectedInvoice(spec, 'ofd'),
      });
    },
  );

  test.each([
    ['older, original_invoice.xml', samples.olderGeneral],
    ['older, tax-exempt line and buyer 个人', samples.olderExemptPerson],
    ['older red-letter', samples.olderRed],
  ] as Array<[string, InvoiceSpec]>)('%s', async (_, spec) => {
    expect(await readOne('o.ofd', ofdInvoice(spec))).toMatchObject({ invoice: expectedInvoice(spec, 'ofd') });
  });

  test('older OFD without original_invoice.xml is read from its GoodsInfo tags', async () => {
    const spec = samples.olderExemptPerson;
    const result = await readOne('o.ofd', ofdInvoice(spec, { withOriginal: false }));
    expect(result).toMatchObject({ invoice: expectedInvoice(spec, 'ofd') });
  });

  test('OFD.xml CustomData that disagrees with the page is refused', async () => {
    const bytes = ofdInvoice(samples.digitalGeneral, { tagFile: 'CustomTag.xml' });
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(bytes);
    files['OFD.xml'] = strToU8(
      new TextDecoder().decode(files['OFD.xml']).replace('>88495.58<', '>88495.85<'),
    );
    const result = await readOne('c.ofd', zipSync(files));
    expect(result).toMatchObject({ error: { code: 'amounts-disagree' } });
  });

  test('older XML alone (original_invoice.xml) is read too', async () => {
    const result = await readOne('o.xml', strToU8(olderXml(samples.olderRed)));
    expect(result).toMatchObject({ invoice: { ...expectedInvoice(samples.olderRed, 'xml') } });
  });
});
