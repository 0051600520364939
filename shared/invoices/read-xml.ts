// 数电 XML (root EInvoice, the tax system's download) and the older e-invoice XML (root eInvoice,
// fp: namespace) that older OFD files carry as Doc_0/Attachs/original_invoice.xml.
import { invoiceFen } from './amounts';
import { invoiceDate } from './dates';
import { finishInvoice, taxRateLabel } from './finish';
import { InvoiceReadError } from './refusal';
import { at, list, parseXml, text, xmlText, type XmlNode, type XmlValue } from './safe-xml';
import type { Invoice, InvoiceItem, InvoiceKind } from './types';

const fen = (node: XmlValue | undefined) => invoiceFen(text(node));
const opt = (node: XmlValue | undefined) => text(node) || undefined;

function item(
  node: XmlValue,
  names: { name: string; spec: string; unit: string; qty: string; amount: string; rate: string; tax: string },
): InvoiceItem {
  const rate = text(at(node, names.rate));
  const taxText = text(at(node, names.tax));
  const out: InvoiceItem = {
    name: text(at(node, names.name)),
    amountFen: fen(at(node, names.amount)),
    taxRate: taxRateLabel(rate),
    taxFen: /\d/.test(taxText) ? invoiceFen(taxText) : 0,
  };
  const spec = opt(at(node, names.spec));
  const unit = opt(at(node, names.unit));
  const quantity = opt(at(node, names.qty));
  if (spec) out.spec = spec;
  if (unit) out.unit = unit;
  if (quantity) out.quantity = quantity;
  return out;
}

function digitalKind(header: XmlValue | undefined): InvoiceKind {
  const vat = at(header, 'InherentLabel', 'GeneralOrSpecialVAT');
  const type = `${text(at(vat, 'LabelCode'))}${text(at(vat, 'LabelName'))}${text(at(header, 'InherentLabel', 'EInvoiceType', 'LabelName'))}`;
  return /^01|专用/.test(type) ? '数电专票' : '数电普票';
}

/** 数电 XML → invoice. */
function readDigital(root: XmlNode): Invoice {
  const data = at(root, 'EInvoiceData');
  const basic = at(data, 'BasicInformation');
  const header = at(root, 'Header');
  const totalFen = fen(at(basic, 'TotalTax-includedAmount'));
  const red = at(data, 'SpecificInformation', 'RedEInvoice');
  const cancels = text(at(red, 'OriginalInvoiceNumber')) || text(at(red, 'OriginalInvoiceCode'));
  const redLetter = text(at(header, 'InherentLabel', 'InIssuType', 'LabelCode')) === 'N' || totalFen < 0;
  const invoice = finishInvoice({
    kind: digitalKind(header),
    redLetter,
    invoiceNumber: text(at(root, 'TaxSupervisionInfo', 'InvoiceNumber')) || text(at(header, 'EIid')),
    issueDate: invoiceDate(
      text(at(root, 'TaxSupervisionInfo', 'IssueTime')) || text(at(basic, 'RequestTime')),
    ),
    totalFen,
    amountFen: fen(at(basic, 'TotalAmWithoutTax')),
    taxFen: fen(at(basic, 'TotalTaxAm')),
    sellerName: text(at(data, 'SellerInformation', 'SellerName')),
    sellerTaxId: text(at(data, 'SellerInformation', 'SellerIdNum')),
    buyerName: text(at(data, 'BuyerInformation', 'BuyerName')),
    buyerTaxId: text(at(data, 'BuyerInformation', 'BuyerIdNum')),
    items: list(at(data, 'IssuItemInformation')).map((n) =>
      item(n, {
        name: 'ItemName',
        spec: 'SpecMod',
        unit: 'MeaUnits',
        qty: 'Quantity',
        amount: 'Amount',
        rate: 'TaxRate',
        tax: 'ComTaxAm',
      }),
    ),
    source: 'xml',
    daxie: text(at(basic, 'TotalTax-includedAmountInChinese')),
  });
  return cancels && redLetter ? { ...invoice, cancels } : invoice;
}

/** 「对应正数发票代码:033002000211号码:83089647」 in an older red-letter invoice's note. */
export function cancelledByNote(note: string): string | undefined {
  const compact = note.replace(/\s/g, '');
  const old = /(?:正数|原|蓝字)发票代码[:：]?(\d{10,12})号码[:：]?(\d{8})/.exec(compact);
  if (old) return `${old[1]}${old[2]}`;
  return /(?:蓝字|原)(?:数电票|发票)?号码[:：]?(\d{20})/.exec(compact)?.[1];
}

/** Older e-invoice XML (original_invoice.xml) → invoice. */
function readOlder(root: XmlNode): Invoice {
  const totalFen = fen(at(root, 'TaxInclusiveTotalAmount'));
  const redLetter = totalFen < 0;
  const cancels = redLetter ? cancelledByNote(text(at(root, 'Note'))) : undefined;
  const invoice = finishInvoice({
    kind: /专用/.test(text(at(root, 'InvoiceType'))) ? '专票' : '普票',
    redLetter,
    invoiceCode: text(at(root, 'InvoiceCode')),
    invoiceNumber: text(at(root, 'InvoiceNo')),
    issueDate: invoiceDate(text(at(root, 'IssueDate'))),
    totalFen,
    amountFen: fen(at(root, 'TaxExclusiveTotalAmount')),
    taxFen: fen(at(root, 'TaxTotalAmount')),
    sellerName: text(at(root, 'Seller', 'SellerName')),
    sellerTaxId: text(at(root, 'Seller', 'SellerTaxID')),
    buyerName: text(at(root, 'Buyer', 'BuyerName')),
    buyerTaxId: text(at(root, 'Buyer', 'BuyerTaxID')),
    items: list(at(root, 'GoodsInfos', 'GoodsInfo')).map((n) =>
      item(n, {
        name: 'Item',
        spec: 'Specification',
        unit: 'MeasurementDimension',
        qty: 'Quantity',
        amount: 'Amount',
        rate: 'TaxScheme',
        tax: 'TaxAmount',
      }),
    ),
    source: 'xml',
  });
  return cancels ? { ...invoice, cancels } : invoice;
}

/**
 * Reads invoice XML bytes: 数电 (`EInvoice`) or the older format (`eInvoice`, as in OFD attachments).
 * @throws InvoiceReadError with the refusal's code.
 */
export function readInvoiceXml(bytes: Uint8Array): Invoice {
  const doc = parseXml(xmlText(bytes), ['IssuItemInformation', 'GoodsInfo']);
  if (doc.EInvoice !== undefined && typeof doc.EInvoice === 'object')
    return readDigital(doc.EInvoice as XmlNode);
  if (doc.eInvoice !== undefined && typeof doc.eInvoice === 'object')
    return readOlder(doc.eInvoice as XmlNode);
  throw new InvoiceReadError('not-invoice', {
    zh: 'XML 不是电子发票（根元素不是 EInvoice）',
    en: 'the XML is not an e-invoice (its root is not EInvoice)',
  });
}
