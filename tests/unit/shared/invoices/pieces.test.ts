// The reader's small parts: printed amounts, 大写 cross-check, dates, tax rates, red-letter notes,
// label matching across pdf.js runs, and the XML guard.
import { describe, expect, test } from 'vitest';
import { daxieAgrees, invoiceFen } from '../../../../shared/invoices/amounts';
import { invoiceDate } from '../../../../shared/invoices/dates';
import { taxRateLabel } from '../../../../shared/invoices/finish';
import { toLines, valuesAfter } from '../../../../shared/invoices/pdf-lines';
import { cancelledByNote } from '../../../../shared/invoices/read-xml';
import { InvoiceReadError } from '../../../../shared/invoices/refusal';
import { parseXml } from '../../../../shared/invoices/safe-xml';

describe('printed amounts', () => {
  test.each([
    ['¥88495.58', 8_849_558],
    ['￥1,234.50', 123_450],
    ['-510.68', -51_068],
    ['¥-15.32', -1_532],
    ['500', 50_000],
    [' 0.87 ', 87],
  ])('%s → %i fen', (text, fen) => expect(invoiceFen(text)).toBe(fen));

  test('a non-amount is refused by name', () => {
    expect(() => invoiceFen('12.345')).toThrow(InvoiceReadError);
    expect(() => invoiceFen('abc')).toThrow('the amount "abc" is not a number');
  });
});

describe('大写 cross-check', () => {
  test.each([
    ['壹拾万圆整', 10_000_000, true],
    ['⊗壹拾万圆整', 10_000_000, true],
    ['贰佰叁拾肆元整', 23_400, true],
    ['ⓧ 伍佰贰拾陆圆整', 52_600, true],
    ['（负数）壹拾万圆整', -10_000_000, true],
    ['⊗负壹拾万圆整', -10_000_000, true],
    ['拾元整', 1_000, true],
    ['壹佰元正', 10_000, true],
    ['壹拾万圆整', -10_000_000, false],
    ['贰佰肆拾叁元整', 23_400, false],
    ['贰佰叁拾肆圆伍角', 23_400, false],
    ['壹元零伍分', 105, true],
  ] as const)('%s vs %i fen → %s', (printed, fen, agrees) => expect(daxieAgrees(printed, fen)).toBe(agrees));
});

describe('issue dates', () => {
  test.each([
    ['2025-06-12 10:02:23', '2025-06-12'],
    ['2020年07月23日', '2020-07-23'],
    ['2019 年11 月18 日', '2019-11-18'],
    ['2024年5月8日', '2024-05-08'],
    ['20240528', '2024-05-28'],
  ])('%s → %s', (text, iso) => expect(invoiceDate(text)).toBe(iso));

  test.each(['2025-02-30', '2025年13月01日', '昨天', ''])('%s is refused', (text) =>
    expect(() => invoiceDate(text)).toThrow(InvoiceReadError),
  );
});

test.each([
  ['0.13', '13%'],
  ['0.130000', '13%'],
  ['0.06', '6%'],
  ['0.015', '1.5%'],
  ['13%', '13%'],
  ['免税', '免税'],
  ['不征税', '不征税'],
  ['***', '***'],
])('tax rate %s → %s', (raw, label) => expect(taxRateLabel(raw)).toBe(label));

describe('the invoice a red-letter one cancels', () => {
  test.each([
    ['对应正数发票代码:033002000211号码:83089647', '03300200021183089647'],
    ['对应正数发票代码：033002000211 号码：83089647', '03300200021183089647'],
    [
      '被红冲蓝字数电票号码：24332000000012345678 红字发票信息确认单编号：33010825051000123456',
      '24332000000012345678',
    ],
    ['发票代码：033002000211 发票号码：83089647（表头，不是备注）', undefined],
  ])('%s', (note, number) => expect(cancelledByNote(note)).toBe(number));
});

describe('labels and values in pdf.js runs', () => {
  const run = (text: string, x: number, y: number) => ({ text, x, y, width: 10, height: 9 });
  test('a label split at its gap, a value in the same run or the next, an empty value', () => {
    const lines = toLines([
      [
        run('名', 40, 300),
        run('称：衢州智造精工机械有限公司', 60, 300.5),
        run('密', 330, 300),
        run('纳税人识别号 ：', 40, 286),
        run('码', 330, 286),
        run('名称：', 40, 200),
        run('广州市天河区农产品配送中心', 100, 200),
        run('纳税人识别号：', 40, 186),
        run('92440106MA59C3QK8R', 120, 186),
      ],
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      '名 称：衢州智造精工机械有限公司 密',
      '纳税人识别号 ： 码',
      '名称： 广州市天河区农产品配送中心',
      '纳税人识别号： 92440106MA59C3QK8R',
    ]);
    expect(valuesAfter(lines, /名\s*称\s*[:：]\s*/)).toEqual([
      '衢州智造精工机械有限公司',
      '广州市天河区农产品配送中心',
    ]);
    // The buyer's empty ID reads as the next run ("码"), which the layout parser rejects by its shape.
    expect(valuesAfter(lines, /纳\s*税\s*人\s*识\s*别\s*号\s*[:：]\s*/)).toEqual([
      '码',
      '92440106MA59C3QK8R',
    ]);
  });

  test('two labels in one run (buyer and seller side by side)', () => {
    const lines = toLines([[run('名称：甲公司  名称：乙公司', 20, 100)]]);
    expect(valuesAfter(lines, /名\s*称\s*[:：]\s*/)).toEqual(['甲公司', '乙公司']);
  });
});

describe('the XML guard', () => {
  test('a DOCTYPE or ENTITY is refused before parsing', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "b">]><EInvoice>&a;</EInvoice>')).toThrow(
      'declares a DOCTYPE/ENTITY',
    );
    expect(() => parseXml('<EInvoice><!ENTITY a "b"></EInvoice>')).toThrow(InvoiceReadError);
  });

  test('named elements are arrays even when there is one', () => {
    const doc = parseXml('<r><IssuItemInformation><ItemName>a</ItemName></IssuItemInformation></r>', [
      'IssuItemInformation',
    ]);
    expect(doc).toEqual({ r: { IssuItemInformation: [{ ItemName: 'a' }] } });
  });

  test('broken XML is damaged, not a crash', () => {
    expect(() => parseXml('<EInvoice><a></b></EInvoice>')).toThrow('broken XML');
  });
});
