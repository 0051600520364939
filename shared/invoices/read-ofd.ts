// OFD invoices: the older ones carry their data as original_invoice.xml; 数电 ones (and older ones
// without it) map invoice fields to page text objects through a custom tag file, checked against
// OFD.xml's CustomData.
import { invoiceFen } from './amounts';
import { invoiceDate } from './dates';
import { finishInvoice, taxRateLabel } from './finish';
import { readOfdDocument, type OfdDocument } from './ofd-package';
import { cancelledByNote, readInvoiceXml } from './read-xml';
import { InvoiceReadError } from './refusal';
import { list, parseXml, text, xmlText, type XmlNode, type XmlValue } from './safe-xml';
import type { Invoice, InvoiceItem } from './types';
import type { ZipFiles } from './zip-entries';

/** Tag name → the texts of its occurrences (each occurrence's object refs joined). */
type Tags = Map<string, string[]>;

function collectTags(node: XmlValue, texts: Map<string, string>, tags: Tags): void {
  if (typeof node === 'string') return;
  if (Array.isArray(node)) return node.forEach((n) => collectTags(n, texts, tags));
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@_') || name === '#text') continue;
    for (const occurrence of list(value)) {
      if (typeof occurrence !== 'object' || Array.isArray(occurrence)) continue;
      const refs = list(occurrence.ObjectRef);
      if (refs.length > 0) {
        const joined = refs.map((r) => texts.get(text(r).trim()) ?? '').join('');
        tags.set(name, [...(tags.get(name) ?? []), joined]);
      } else collectTags(occurrence, texts, tags);
    }
  }
}

const first = (tags: Tags, name: string) => (tags.get(name)?.[0] ?? '').trim();
const DAXIE = /^[⊗ⓧ（(负数)）\s]*[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[圆元][零壹贰叁肆伍陆柒捌玖角分整正]*$/;

function items(tags: Tags): InvoiceItem[] {
  const names = tags.get('Item') ?? [];
  return names.map((name, k) => {
    const rate = (tags.get('TaxScheme')?.[k] ?? '').trim();
    const tax = (tags.get('TaxAmount')?.[k] ?? '').trim();
    const item: InvoiceItem = {
      name: name.trim(),
      amountFen: invoiceFen(tags.get('Amount')?.[k] ?? ''),
      taxRate: taxRateLabel(rate),
      taxFen: /\d/.test(tax) ? invoiceFen(tax) : 0,
    };
    const spec = (tags.get('Specification')?.[k] ?? '').trim();
    const unit = (tags.get('MeasurementDimension')?.[k] ?? '').trim();
    const quantity = (tags.get('Quantity')?.[k] ?? '').trim();
    if (spec) item.spec = spec;
    if (unit) item.unit = unit;
    if (quantity) item.quantity = quantity;
    return item;
  });
}

/** Where OFD.xml's CustomData and the page say different things, the file is not trusted. */
function agree(doc: OfdDocument, invoice: Invoice): void {
  const checks: Array<[string, string]> = [
    ['发票号码', invoice.invoiceNumber],
    ['发票代码', invoice.invoiceCode ?? ''],
    ['合计金额', String(invoice.amountFen)],
    ['合计税额', String(invoice.taxFen)],
    ['开票日期', invoice.issueDate],
  ];
  for (const [name, value] of checks) {
    const raw = doc.customData.get(name);
    if (raw === undefined || raw === '') continue;
    const said = name.startsWith('合计')
      ? String(invoiceFen(raw))
      : name === '开票日期'
        ? invoiceDate(raw)
        : raw.replace(/\s/g, '');
    if (said !== value)
      throw new InvoiceReadError('amounts-disagree', {
        zh: `OFD.xml 中的「${name}」${raw} 与版面上的 ${value} 不符`,
        en: `OFD.xml says ${name} ${raw} but the page says ${value}`,
      });
  }
}

function fromTags(doc: OfdDocument, tagDoc: XmlNode): Invoice {
  const tags: Tags = new Map();
  collectTags(tagDoc, doc.texts, tags);
  const data = doc.customData;
  const code = first(tags, 'InvoiceCode') || data.get('发票代码') || '';
  const total = first(tags, 'TaxInclusiveTotalAmount');
  if (!total)
    throw new InvoiceReadError('not-invoice', { zh: 'OFD 中没有价税合计', en: 'the OFD has no grand total' });
  const totalFen = invoiceFen(total);
  const special = doc.allText.some((t) => t.includes('专用发票'));
  const cancels = totalFen < 0 ? cancelledByNote((tags.get('Note') ?? []).join('')) : undefined;
  const invoice = finishInvoice({
    kind: code ? (special ? '专票' : '普票') : special ? '数电专票' : '数电普票',
    redLetter: totalFen < 0,
    ...(code ? { invoiceCode: code.replace(/\s/g, '') } : {}),
    invoiceNumber: (first(tags, 'InvoiceNo') || data.get('发票号码') || '').replace(/\s/g, ''),
    issueDate: invoiceDate(first(tags, 'IssueDate') || data.get('开票日期') || ''),
    totalFen,
    amountFen: invoiceFen(first(tags, 'TaxExclusiveTotalAmount') || data.get('合计金额') || ''),
    taxFen: invoiceFen(first(tags, 'TaxTotalAmount') || data.get('合计税额') || ''),
    sellerName: first(tags, 'SellerName'),
    sellerTaxId: first(tags, 'SellerTaxID') || data.get('销售方纳税人识别号') || '',
    buyerName: first(tags, 'BuyerName'),
    buyerTaxId: first(tags, 'BuyerTaxID') || data.get('购买方纳税人识别号') || '',
    items: items(tags),
    source: 'ofd',
    daxie: doc.allText.find((t) => DAXIE.test(t.trim())) ?? '',
  });
  return cancels ? { ...invoice, cancels } : invoice;
}

/**
 * Reads an OFD invoice package (already opened as a zip).
 * @throws InvoiceReadError with the refusal's code.
 */
export function readOfdInvoice(zip: ZipFiles): Invoice {
  const doc = readOfdDocument(zip);
  const original =
    doc.attachments.find((p) => /original_invoice\.xml$/i.test(p)) ??
    zip.names.find((n) => /Attachs\/original_invoice\.xml$/i.test(n));
  const originalBytes = original ? zip.read(original) : undefined;
  let invoice: Invoice;
  if (originalBytes) invoice = { ...readInvoiceXml(originalBytes), source: 'ofd' };
  else {
    const tagBytes = doc.tagPath ? zip.read(doc.tagPath) : undefined;
    if (!tagBytes)
      throw new InvoiceReadError('not-invoice', {
        zh: 'OFD 文件中没有发票数据（无发票标签和原始发票 XML）',
        en: 'the OFD holds no invoice data (no invoice tags, no original invoice XML)',
      });
    invoice = fromTags(doc, parseXml(xmlText(tagBytes), 'all'));
  }
  agree(doc, invoice);
  return invoice;
}
