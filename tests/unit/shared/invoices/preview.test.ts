import { describe, expect, it } from 'vitest';
import { otherDraftClaims, previewImport, type PreviewDraft } from '../../../../shared/invoices/preview';
import type { Invoice, InvoiceReadResult } from '../../../../shared/invoices/types';

const APPLICANT = '91330803MA2DK7Q30T';
const OTHER_COMPANY = '91330800MA29U5PK4X';

function invoice(over: Partial<Invoice>): Invoice {
  return {
    kind: '数电普票',
    redLetter: false,
    invoiceNumber: '25332000000012345601',
    issueDate: '2025-06-10',
    totalFen: 11_300_000,
    amountFen: 10_000_000,
    taxFen: 1_300_000,
    sellerName: '杭州数控设备有限公司',
    sellerTaxId: '91330100MA27XYZ12Q',
    buyerName: '衢州智造精工机械有限公司',
    buyerTaxId: APPLICANT,
    items: [{ name: '*机床*数控车床', amountFen: 10_000_000, taxRate: '13%', taxFen: 1_300_000 }],
    source: 'xml',
    ...over,
  };
}
const read = (file: string, inv: Invoice): InvoiceReadResult => ({
  file,
  invoice: inv,
  sha256: file.padEnd(64, '0').slice(0, 64),
});

const draft: PreviewDraft = {
  id: 'd1',
  policy: 'quzhou-2025',
  program: 'training-base',
  title: '实训基地',
  applicantOrgCode: APPLICANT.toLowerCase(),
  applicationDate: '2025-10-20',
  period: { from: '2025-03-01', to: '2025-09-30' },
  existing: [{ invoiceNumber: '25332000000099990001', name: '已有', amountFen: 100 }],
};
const opts = { basis: 'net' as const, category: 'equipment' };

describe('previewImport', () => {
  it('writes a clean invoice at the chosen basis, exactly', () => {
    const one = [read('a.xml', invoice({}))];
    const net = previewImport(one, draft, [], opts);
    expect(net.rows[0]!.problems).toEqual([]);
    expect(net.rows[0]!.write).toEqual({
      category: 'equipment',
      name: '*机床*数控车床',
      amountFen: 10_000_000,
      invoiceNumber: '25332000000012345601',
      invoiceDate: '2025-06-10',
      sourceFile: 'a.xml',
    });
    expect(previewImport(one, draft, [], { ...opts, basis: 'total' }).writtenFen).toBe(11_300_000);
  });

  it('refuses a buyer that is not the applicant, and a person with no tax ID', () => {
    const p = previewImport(
      [
        read(
          'x.xml',
          invoice({
            invoiceNumber: '25332000000012345602',
            buyerTaxId: OTHER_COMPANY,
            buyerName: '别家公司',
          }),
        ),
        read('y.xml', invoice({ invoiceNumber: '25332000000012345603', buyerTaxId: '', buyerName: '张三' })),
      ],
      draft,
      [],
      opts,
    );
    expect(p.rows.map((r) => r.problems.map((x) => x.code))).toEqual([['buyer-mismatch'], ['buyer-person']]);
    expect(p.rows[0]!.problems[0]!.message).toBe(
      `购买方「别家公司」的纳税人识别号 ${OTHER_COMPANY} 不是申报单位的统一社会信用代码 ${APPLICANT}`,
    );
    expect(p.rows.every((r) => r.write === null)).toBe(true);
    expect(p.writtenFen).toBe(0);
  });

  it('names an invoice already in this draft and one claimed in another draft', () => {
    const other = otherDraftClaims({
      id: '另一草稿·abcd1234',
      policy: 'quzhou-2025',
      program: 'training-base',
      title: '产教融合实训基地',
      investments: [{ invoiceNumber: '25332000000012345605', name: '机器人' }],
    });
    const p = previewImport(
      [
        read('dup.pdf', invoice({ invoiceNumber: '25332000000099990001', source: 'pdf' })),
        read('elsewhere.xml', invoice({ invoiceNumber: '25332000000012345605' })),
      ],
      draft,
      [other],
      opts,
    );
    expect(p.rows[0]!.problems.map((x) => x.message)).toEqual([
      '发票 25332000000099990001 已在本草稿第 1 行',
    ]);
    expect(p.rows[1]!.problems[0]!.code).toBe('in-other-draft');
    expect(p.rows[1]!.problems[0]!.message).toContain('已在草稿「另一草稿·abcd1234」');
    expect(p.rows[1]!.problems[0]!.message).toContain('同一发票不能重复申报');
    expect(p.writtenFen).toBe(0);
  });

  it('keeps a red-letter invoice out and cancels its blue one fully or in part', () => {
    const blue = invoice({ invoiceNumber: '25332000000012345610' });
    const fullRed = invoice({
      invoiceNumber: '25332000000012345611',
      redLetter: true,
      cancels: '25332000000012345610',
      totalFen: -11_300_000,
      amountFen: -10_000_000,
      taxFen: -1_300_000,
    });
    const full = previewImport([read('blue.xml', blue), read('red.xml', fullRed)], draft, [], opts);
    expect(full.rows.map((r) => r.problems.map((x) => x.code))).toEqual([['cancelled'], ['red-letter']]);
    expect(full.rows[1]!.problems[0]!.message).toBe(
      '红字发票（-100,000.00 元），冲销本次导入的蓝字发票 25332000000012345610；红字发票不作为投资导入',
    );
    expect(full.writtenFen).toBe(0);

    const partRed = { ...fullRed, totalFen: -2_260_000, amountFen: -2_000_000, taxFen: -260_000 };
    const part = previewImport([read('blue.xml', blue), read('red.xml', partRed)], draft, [], opts);
    expect(part.rows[0]!.problems.map((x) => x.message)).toEqual([
      '被红字发票部分冲销 20,000.00 元（red.xml），按冲销后 80,000.00 元 导入',
    ]);
    expect(part.rows[0]!.write?.amountFen).toBe(8_000_000);
    expect(part.writtenFen).toBe(8_000_000);
  });

  it('flags dates after the application (not written) and outside the construction period (written)', () => {
    const p = previewImport(
      [
        read('late.xml', invoice({ invoiceNumber: '25332000000012345620', issueDate: '2025-10-21' })),
        read(
          'early.xml',
          invoice({
            invoiceNumber: '25332000000012345621',
            issueDate: '2025-02-28',
            totalFen: 113,
            amountFen: 100,
            taxFen: 13,
          }),
        ),
      ],
      draft,
      [],
      opts,
    );
    expect(p.rows.map((r) => r.problems.map((x) => x.code))).toEqual([
      ['after-application', 'outside-period'],
      ['outside-period'],
    ]);
    expect(p.rows[1]!.problems[0]!.message).toBe(
      '开票日期 2025-02-28 不在建设期间（2025-03-01 至 2025-09-30）内',
    );
    expect(p.writtenFen).toBe(100);
  });

  it('takes the PDF, OFD and XML of one invoice as one row, keeping the PDF as evidence', () => {
    const inv = invoice({ invoiceNumber: '25332000000012345630' });
    const p = previewImport(
      [
        read('f.pdf', { ...inv, source: 'pdf' }),
        read('f.ofd', { ...inv, source: 'ofd' }),
        read('f.xml', inv),
      ],
      draft,
      [],
      opts,
    );
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]!.problems.map((x) => [x.code, x.severity])).toEqual([['same-invoice-files', 'info']]);
    expect(p.rows[0]!.evidenceFile.file).toBe('f.pdf');
    expect(p.rows[0]!.write?.sourceFile).toBe('f.xml、f.ofd、f.pdf');
    expect(p.writtenFen).toBe(10_000_000);
  });

  it('warns that the total of a special VAT invoice may overstate, and lists refused files', () => {
    const p = previewImport(
      [
        read('s.xml', invoice({ kind: '数电专票', invoiceNumber: '25332000000012345640' })),
        {
          file: 'photo.pdf',
          error: { code: 'scanned', message: '「photo.pdf」是扫描图片', messageEn: 'scanned' },
        },
      ],
      draft,
      [],
      { ...opts, basis: 'total' },
    );
    expect(p.rows[0]!.problems.map((x) => x.code)).toEqual(['basis-special']);
    expect(p.rows[0]!.write?.amountFen).toBe(11_300_000);
    expect(p.refused).toEqual([
      { file: 'photo.pdf', code: 'scanned', message: '「photo.pdf」是扫描图片', messageEn: 'scanned' },
    ]);
  });

  it('imports a file given twice once, and refuses files of one invoice that disagree', () => {
    const inv = invoice({ invoiceNumber: '25332000000012345650' });
    const twice: InvoiceReadResult[] = [
      { file: 'a/发票.xml', invoice: inv, sha256: 'c'.repeat(64) },
      { file: 'b/发票.xml', invoice: inv, sha256: 'c'.repeat(64) },
    ];
    const dup = previewImport(twice, draft, [], opts);
    expect(dup.rows).toHaveLength(1);
    expect(dup.rows[0]!.problems.map((x) => x.message)).toEqual([
      '「b/发票.xml」与「a/发票.xml」是同一个文件，只导入一次',
    ]);
    expect(dup.writtenFen).toBe(10_000_000);

    const forged = previewImport(
      [
        read('x.xml', inv),
        read('x.pdf', { ...inv, source: 'pdf', totalFen: 21_300_000, amountFen: 20_000_000 }),
      ],
      draft,
      [],
      opts,
    );
    expect(forged.rows[0]!.problems[0]!.message).toBe(
      '同一发票的几个文件内容不一致（价税合计、金额），请核对原件',
    );
    expect(forged.writtenFen).toBe(0);
  });
});
