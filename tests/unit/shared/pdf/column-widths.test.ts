// Table columns sized from their content: short headers and short cells stay on one line.
import { describe, expect, it } from 'vitest';
import { pdfDocumentModelSchema, type PdfDocumentModelInput } from '../../../../shared/pdf';
import { autoColumnWidths } from '../../../../shared/pdf/blocks/column-widths';
import { FontMetrics } from '../../../../shared/pdf/metrics';
import { layoutDocument } from '../../../../shared/pdf/layout';
import { regularFont } from './pdf-tools';

type Block = PdfDocumentModelInput['blocks'][number];

// The Yongzhou 双师型 roster's shape: nine columns at 9 pt across 170 mm, one free-text column.
const HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '职称',
  '专业课教师',
  '“双师型”教师',
  '聘任方式',
  '企业实践（月）',
  '备注',
];
const ROWS = Array.from({ length: 6 }, (_, i) => [
  String(i + 1),
  ['徐子涵', '林晓燕', '欧阳明辉', '许伟', '丁芳', '张雨桐'][i]!,
  `43110219720711310${i}`,
  i === 2 ? '讲师' : '高级讲师',
  '是',
  '否',
  '企业兼职',
  '12',
  '2024年7月至12月在永州湘江电子科技有限公司生产一线实践，参与产线调试与员工培训。',
]);

/** Every text drawn, in order (header cells and body cells each drawn line by line). */
function drawn(blocks: Block[]): string[] {
  const model = pdfDocumentModelSchema.parse({ footer: '', blocks });
  const flow = layoutDocument(model, { regular: FontMetrics.of(regularFont()) });
  return flow.pages.flatMap((p) => p.ops.flatMap((op) => (op.op === 'text' ? [op.text] : [])));
}

describe('table column widths from content', () => {
  const texts = drawn([
    { kind: 'table', size: 9, columns: HEADERS.map((header) => ({ header })), rows: ROWS },
  ]);

  it('keeps short headers, names, ID numbers, titles and 是/否 on one line, long headers on two at most', () => {
    for (const header of HEADERS.filter((h) => h.length <= 4)) expect(texts, header).toContain(header);
    for (const row of ROWS) for (const cell of row.slice(0, 8)) expect(texts, cell).toContain(cell);
    const headerRow = texts.slice(0, texts.indexOf('1'));
    expect(headerRow.join('')).toBe(HEADERS.join(''));
    expect(headerRow.length).toBeLessThanOrEqual(HEADERS.length + HEADERS.filter((h) => h.length > 4).length);
    // Only the free-text remark wraps.
    expect(texts).not.toContain(ROWS[0]![8]);
  });

  it('fills the line exactly and honours a fixed column', () => {
    const measure = (t: string) => FontMetrics.of(regularFont()).width(t, 9);
    const widths = autoColumnWidths(
      480,
      [
        { header: '序号', cells: ['1'], fixed: 28 },
        { header: '项目名称', cells: ['五轴联动数控加工中心'] },
        { header: '金额（元）', cells: ['1,280,000.00'] },
      ],
      measure,
      10,
    );
    expect(widths[0]).toBe(28);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(480, 6);
    expect(widths[1]!).toBeGreaterThan(measure('五轴联动数控加工中心') + 10);
  });

  it('scales the minimums down when even they do not fit (cells then break between characters)', () => {
    const measure = (t: string) => t.length * 10;
    const widths = autoColumnWidths(
      100,
      [
        { header: 'AAAAAAAA', cells: [] },
        { header: 'BBBBBBBB', cells: [] },
      ],
      measure,
      0,
    );
    expect(widths).toEqual([50, 50]);
  });
});
