// keepTogether / keepWithNext: a unit that would cross a page end moves whole to the next page, and
// splits only when it is taller than a page.
import { describe, expect, it } from 'vitest';
import { pdfDocumentModelSchema, type PdfDocumentModelInput } from '../../../../shared/pdf';
import { FontMetrics } from '../../../../shared/pdf/metrics';
import { layoutDocument } from '../../../../shared/pdf/layout';
import { regularFont } from './pdf-tools';

type Block = PdfDocumentModelInput['blocks'][number];

/** The page (1-based) each drawn text is on, without header and footer (the model has none). */
function textPages(blocks: Block[]): Map<string, number[]> {
  const model = pdfDocumentModelSchema.parse({ footer: '', blocks });
  const flow = layoutDocument(model, { regular: FontMetrics.of(regularFont()) });
  const pages = new Map<string, number[]>();
  flow.pages.forEach((page, i) =>
    page.ops.forEach((op) => {
      if (op.op === 'text') pages.set(op.text, [...(pages.get(op.text) ?? []), i + 1]);
    }),
  );
  return pages;
}

// A spacer leaving `mm` millimetres at the foot of page 1 (A4 content area: 297 - 25 - 20 = 252 mm).
const leave = (mm: number): Block => ({ kind: 'spacer', height: 252 - mm });

function amountUnit(keep: boolean): Block[] {
  return [
    {
      kind: 'table',
      caption: '五、申请补助金额',
      keepWithNext: keep,
      repeatHeader: false,
      columns: [{ header: '政策依据' }, { header: '计算办法' }],
      rows: [['《办法》（衢政办发〔2025〕10号），二(六)19', '投资额 × 25%']],
    },
    {
      kind: 'amount',
      keepTogether: keep,
      figures: '¥500,000.00',
      uppercase: '伍拾万元整',
      trace: ['计算过程：2,400,000.00 × 25% = 600,000.00 → 封顶 500,000.00'],
    },
  ];
}

describe('keep-together units', () => {
  it('without keep flags the amount block splits: heading on page 1, 大写 on page 2', () => {
    const pages = textPages([leave(35), ...amountUnit(false)]);
    expect(pages.get('五、申请补助金额')).toEqual([1]);
    expect(pages.get('伍拾万元整')).toEqual([2]);
  });

  it('moves the whole amount block (heading, 政策依据, amount, 大写, calculation) to the next page', () => {
    const pages = textPages([leave(35), ...amountUnit(true), { kind: 'paragraph', text: '下一段' }]);
    for (const text of ['五、申请补助金额', '政策依据', '¥500,000.00', '伍拾万元整', '下一段'])
      expect(pages.get(text), text).toEqual([2]);
    // Nothing of it is left on page 1.
    expect([...pages.values()].flat()).not.toContain(1);
  });

  it('leaves a unit that fits where it is', () => {
    const pages = textPages([leave(120), ...amountUnit(true)]);
    expect(pages.get('五、申请补助金额')).toEqual([1]);
    expect(pages.get('伍拾万元整')).toEqual([1]);
  });

  it('keeps a block with keepTogether whole on its own', () => {
    const table: Block = {
      kind: 'table',
      keepTogether: true,
      columns: [{ header: '序号' }, { header: '姓名' }],
      rows: Array.from({ length: 12 }, (_, i) => [String(i + 1), `成员${i + 1}`]),
    };
    const pages = textPages([leave(40), table]);
    expect(pages.get('成员1')).toEqual([2]);
    expect(pages.get('成员12')).toEqual([2]);
    expect(pages.get('序号')).toEqual([2]);
  });

  it('splits a kept block taller than a page, starting it on a fresh page', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `成员${i + 1}`]);
    const pages = textPages([
      leave(40),
      { kind: 'table', keepTogether: true, columns: [{ header: '序号' }, { header: '姓名' }], rows },
    ]);
    expect(pages.get('成员1')).toEqual([2]);
    expect(pages.get('成员120')![0]).toBeGreaterThan(2);
    // The header repeats on each page the table runs over, and nothing is lost.
    expect(pages.get('序号')!.length).toBeGreaterThan(1);
    for (let i = 1; i <= 120; i++) expect(pages.get(`成员${i}`), `成员${i}`).toHaveLength(1);
  });

  it('keeps a text with the signature boxes that follow it (keepWithNext)', () => {
    const pages = textPages([
      leave(30),
      { kind: 'subtitle', text: '承诺书', keepWithNext: true },
      { kind: 'paragraph', text: '本单位郑重承诺：所填信息真实。', keepWithNext: true },
      { kind: 'signatures', keepTogether: true, boxes: [{ label: '申报单位（盖章）' }] },
    ]);
    expect(pages.get('承诺书')).toEqual([2]);
    expect(pages.get('申报单位（盖章）')).toEqual([2]);
  });
});
