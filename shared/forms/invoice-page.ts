// An e-invoice data file (OFD, XML) cannot be drawn into the PDF: its appendix page is generated from its data.
import type { Invoice } from '../invoices/types';
import { formatYuan, toChineseAmount } from '../money';
import type { PdfDocumentModelInput } from '../pdf';
import { formatDate } from './format-value';

type Block = PdfDocumentModelInput['blocks'][number];

/** Lines printed on the one generated page; the rest are counted, so the page never runs over. */
export const INVOICE_PAGE_MAX_LINES = 12;
/** Longest goods name printed (two lines of the name column), so the page never runs over. */
const NAME_MAX = 40;

const SOURCE_NAME = { ofd: 'OFD', xml: 'XML', pdf: 'PDF' } as const;

const money = (fen: number) => `¥${formatYuan(fen)}`;

/**
 * The blocks of one generated appendix page for an invoice read from a data file: its caption, the
 * statement that it is generated from the data with the original attached separately, the parties,
 * the lines (at most {@link INVOICE_PAGE_MAX_LINES}), the totals and the file's SHA-256. Fits one A4 page.
 */
export function invoicePageBlocks(
  caption: string,
  invoice: Invoice,
  file: { name: string; sha256: string },
): Block[] {
  const shown = invoice.items.slice(0, INVOICE_PAGE_MAX_LINES);
  const rest = invoice.items.length - shown.length;
  const number = invoice.invoiceCode
    ? `${invoice.invoiceCode}（发票代码） ${invoice.invoiceNumber}（发票号码）`
    : invoice.invoiceNumber;
  const kind = `${invoice.kind}${invoice.redLetter ? '（红字）' : ''}`;
  return [
    { kind: 'pageBreak' },
    { kind: 'subtitle', text: caption, size: 12, weight: 'bold' },
    {
      kind: 'paragraph',
      text: `据 ${SOURCE_NAME[invoice.source]} 电子发票数据生成，原件另附`,
      size: 10.5,
      weight: 'bold',
    },
    {
      kind: 'fields',
      columns: 4,
      widths: [1, 2.2, 1, 2.2],
      rows: [
        [
          { kind: 'label', text: '发票号码' },
          { text: number, span: 3 },
        ],
        [
          { kind: 'label', text: '开票日期' },
          { text: formatDate(invoice.issueDate, 'long') },
          { kind: 'label', text: '发票类型' },
          { text: kind },
        ],
        ...(invoice.cancels
          ? [
              [
                { kind: 'label' as const, text: '冲销发票' },
                { text: invoice.cancels, span: 3 },
              ],
            ]
          : []),
        [
          { kind: 'label', text: '销售方' },
          { text: invoice.sellerName },
          { kind: 'label', text: '纳税人识别号' },
          { text: invoice.sellerTaxId },
        ],
        [
          { kind: 'label', text: '购买方' },
          { text: invoice.buyerName },
          { kind: 'label', text: '纳税人识别号' },
          { text: invoice.buyerTaxId || '（个人）' },
        ],
      ],
    },
    {
      kind: 'table',
      columns: [
        { header: '项目名称', width: { fr: 1 } },
        { header: '规格型号', width: { mm: 20 } },
        { header: '单位', width: { mm: 10 } },
        { header: '数量', width: { mm: 13 }, align: 'right' },
        { header: '金额', width: { mm: 24 }, align: 'right' },
        { header: '税率', width: { mm: 12 }, align: 'right' },
        { header: '税额', width: { mm: 22 }, align: 'right' },
      ],
      size: 8.5,
      padding: 0.8,
      rows: [
        ...shown.map((i) => [
          i.name.length > NAME_MAX ? `${i.name.slice(0, NAME_MAX - 1)}…` : i.name,
          i.spec ?? '',
          i.unit ?? '',
          i.quantity ?? '',
          formatYuan(i.amountFen),
          i.taxRate,
          formatYuan(i.taxFen),
        ]),
        ...(rest > 0 ? [[`……另 ${rest} 项，见原件`, '', '', '', '', '', '']] : []),
      ],
    },
    {
      kind: 'fields',
      columns: 4,
      widths: [1, 2.2, 1, 2.2],
      rows: [
        [
          { kind: 'label', text: '合计金额' },
          { text: money(invoice.amountFen) },
          { kind: 'label', text: '合计税额' },
          { text: money(invoice.taxFen) },
        ],
        [
          { kind: 'label', text: '价税合计' },
          { text: `${money(invoice.totalFen)}（${toChineseAmount(invoice.totalFen)}）`, span: 3 },
        ],
      ],
    },
    { kind: 'paragraph', text: `原件：${file.name}`, size: 9 },
    { kind: 'paragraph', text: `文件 SHA-256：${file.sha256}`, size: 9 },
  ];
}
