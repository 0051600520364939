// The printed invoice read back from its text layer: the 数电 layout (电子发票（普通发票）/（增值税专用发票）)
// and the older 增值税电子普通/专用发票 layouts, whose labels vary by province in spacing and colons.
import { invoiceFen } from './amounts';
import { invoiceDate } from './dates';
import { finishInvoice, taxRateLabel, type InvoiceDraft } from './finish';
import { spaced, valuesAfter, type Line } from './pdf-lines';
import { cancelledByNote } from './read-xml';
import { InvoiceReadError } from './refusal';
import type { Invoice, InvoiceItem } from './types';

const COLON = '\\s*[:：]\\s*';
const label = (name: string) => new RegExp(`${spaced(name)}${COLON}`);
const NUMBER = /^-?[\d,]+\.\d{1,2}$/;
const RATE = /^(-?\d+(\.\d+)?%|免税|不征税|\*\*\*)$/;
const TAX_ID = /^[0-9A-Z]{15,20}$/;

const money = (cell: string) => cell.replace(/^[¥￥]\s*/, '').replace(/\s/g, '');
const digitsAfter = (lines: Line[], name: string, pattern: RegExp) =>
  valuesAfter(lines, label(name))
    .map((v) => v.replace(/\s/g, ''))
    .find((v) => pattern.test(v));

function parties(lines: Line[]) {
  const names = valuesAfter(lines, label('名称')).map((v) => v.trim());
  const ids = valuesAfter(lines, new RegExp(`${spaced('纳税人识别号')}${COLON}`)).map((v) => {
    const id = v.replace(/\s/g, '');
    return TAX_ID.test(id) ? id : '';
  });
  if (names.length < 2)
    throw new InvoiceReadError('not-invoice', {
      zh: 'PDF 中未找到购买方和销售方名称',
      en: 'no buyer and seller names in the PDF',
    });
  return { buyerName: names[0]!, sellerName: names[1]!, buyerTaxId: ids[0] ?? '', sellerTaxId: ids[1] ?? '' };
}

/** Column of each header (规格型号, 单位, 数量, 单价) by its x position. */
const COLUMNS: Array<[keyof InvoiceItem, RegExp]> = [
  ['spec', /^规格型号$/],
  ['unit', /^单位$/],
  ['quantity', /^数量$/],
  ['price' as keyof InvoiceItem, /^单价$/],
];

function items(lines: Line[]): InvoiceItem[] {
  const start = lines.findIndex((l) => /项\s*目\s*名\s*称|货物或应税劳务/.test(l.text));
  const end = lines.findIndex((l, k) => k > start && /^合\s*计/.test(l.text.trim()));
  if (start < 0 || end < 0) return [];
  const columns = lines[start]!.cells.flatMap((c) => {
    const text = c.text.replace(/\s/g, '');
    const found = COLUMNS.find(([, re]) => re.test(text));
    return found ? [{ key: found[0], x: c.x }] : [];
  });
  const out: InvoiceItem[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const cells = line.cells
      .map((c) => ({ text: money(c.text.trim()), x: c.x }))
      .filter((c) => c.text !== '');
    const n = cells.length;
    const [amount, rate, tax] = [cells[n - 3], cells[n - 2], cells[n - 1]];
    const isRow =
      n >= 4 &&
      NUMBER.test(amount!.text) &&
      RATE.test(rate!.text) &&
      (NUMBER.test(tax!.text) || tax!.text === '***');
    if (!isRow) {
      // A long name wraps onto the next line, alone in the name column.
      if (out.length > 0 && n === 1) out[out.length - 1]!.name += cells[0]!.text;
      continue;
    }
    const item: InvoiceItem = {
      name: cells[0]!.text,
      amountFen: invoiceFen(amount!.text),
      taxRate: taxRateLabel(rate!.text),
      taxFen: NUMBER.test(tax!.text) ? invoiceFen(tax!.text) : 0,
    };
    // Middle cells (spec, unit, quantity, price) go to the header column nearest their x.
    for (const cell of cells.slice(1, n - 3)) {
      const nearest = columns.reduce((best, col) =>
        Math.abs(col.x - cell.x) < Math.abs(best.x - cell.x) ? col : best,
      );
      if (nearest.key === 'spec' || nearest.key === 'unit' || nearest.key === 'quantity')
        item[nearest.key] = cell.text;
    }
    out.push(item);
  }
  return out;
}

function totals(lines: Line[], text: string) {
  const sumLine = lines.find((l) => /^合\s*计/.test(l.text.trim()));
  const figures = (sumLine?.cells ?? [])
    .map((c) => money(c.text.trim()))
    .filter((t) => NUMBER.test(t) || t === '***');
  const small = /[（(]\s*小\s*写\s*[)）]\s*[¥￥]?\s*(-?[\d,]+\.\d{2})/.exec(text);
  if (!small || figures.length === 0)
    throw new InvoiceReadError('not-invoice', {
      zh: 'PDF 中未找到合计与价税合计',
      en: 'no totals in the PDF',
    });
  const amountFen = invoiceFen(figures[0]!);
  const taxFen = figures[1] && figures[1] !== '***' ? invoiceFen(figures[1]) : 0;
  const daxie = /[（(]\s*大\s*写\s*[)）]\s*(.*?)\s*[（(]\s*小\s*写/s.exec(text)?.[1] ?? '';
  return { amountFen, taxFen, totalFen: invoiceFen(small[1]!), daxie: daxie.replace(/\s/g, '') };
}

/**
 * Reads an invoice from a PDF's text lines (both layouts).
 * @throws InvoiceReadError `not-invoice` when the labels of an invoice are not there,
 * `amounts-disagree` when the figures and 大写 disagree.
 */
export function parseInvoiceText(lines: Line[]): Invoice {
  const text = lines.map((l) => l.text).join('\n');
  const invoiceNumber = digitsAfter(lines, '发票号码', /^(\d{8}|\d{20})$/);
  if (!invoiceNumber || !/发\s*票/.test(text))
    throw new InvoiceReadError('not-invoice', {
      zh: 'PDF 中未找到发票号码',
      en: 'no invoice number in the PDF',
    });
  const invoiceCode = digitsAfter(lines, '发票代码', /^\d{10,12}$/);
  const dateText = valuesAfter(lines, label('开票日期'))[0] ?? '';
  const special = /专\s*用\s*发\s*票/.test(text);
  const sums = totals(lines, text);
  const redLetter = sums.totalFen < 0;
  const draft: InvoiceDraft = {
    kind: invoiceCode ? (special ? '专票' : '普票') : special ? '数电专票' : '数电普票',
    redLetter,
    ...(invoiceCode ? { invoiceCode } : {}),
    invoiceNumber,
    issueDate: invoiceDate(dateText),
    totalFen: sums.totalFen,
    amountFen: sums.amountFen,
    taxFen: sums.taxFen,
    ...parties(lines),
    items: items(lines),
    source: 'pdf',
    daxie: sums.daxie,
  };
  const invoice = finishInvoice(draft);
  const cancels = redLetter ? cancelledByNote(text) : undefined;
  return cancels ? { ...invoice, cancels } : invoice;
}
