// The checks every reader's result passes before it is called an invoice: the numbers have the shape
// of an invoice number, the totals add up and the printed 大写 says the same amount.
import { daxieAgrees } from './amounts';
import { InvoiceReadError } from './refusal';
import type { Invoice } from './types';

/** What a reader found, before the checks; `daxie` is the printed 大写 total where there is one. */
export type InvoiceDraft = Invoice & { daxie?: string };

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Tax rates as printed: 0.13 / 0.130000 / 13% → 13%; 免税, 不征税, *** kept. */
export function taxRateLabel(raw: string): string {
  const value = raw.trim();
  if (/^0?\.\d+$/.test(value) || value === '0' || value === '1')
    return `${Number((Number(value) * 100).toFixed(4))}%`;
  if (/^\d+(\.\d+)?%$/.test(value)) return `${Number(value.slice(0, -1))}%`;
  return value;
}

/**
 * Checks a reader's result and returns the invoice (without `daxie`).
 * @throws InvoiceReadError `not-invoice` for a missing number, date or party; `amounts-disagree`
 * when 合计 + 税额 ≠ 价税合计, the lines do not add up to 合计, or the 大写 says another amount.
 */
export function finishInvoice(draft: InvoiceDraft): Invoice {
  const { daxie, ...invoice } = draft;
  const numberOk =
    invoice.invoiceCode === undefined
      ? /^\d{20}$/.test(invoice.invoiceNumber)
      : /^\d{10,12}$/.test(invoice.invoiceCode) && /^\d{8}$/.test(invoice.invoiceNumber);
  if (!numberOk)
    throw new InvoiceReadError('not-invoice', {
      zh: `发票号码「${invoice.invoiceCode ?? ''}${invoice.invoiceNumber}」不是 20 位数电号码或 12 位代码加 8 位号码`,
      en: `the invoice number "${invoice.invoiceCode ?? ''}${invoice.invoiceNumber}" is neither a 20-digit 数电 number nor a 12-digit code and 8-digit number`,
    });
  if (invoice.sellerName === '' || invoice.buyerName === '')
    throw new InvoiceReadError('not-invoice', {
      zh: '未找到销售方或购买方名称',
      en: 'the seller or buyer name is missing',
    });
  if (invoice.amountFen + invoice.taxFen !== invoice.totalFen)
    throw new InvoiceReadError('amounts-disagree', {
      zh: `合计 ${yuan(invoice.amountFen)} + 税额 ${yuan(invoice.taxFen)} ≠ 价税合计 ${yuan(invoice.totalFen)}`,
      en: `amount ${yuan(invoice.amountFen)} + tax ${yuan(invoice.taxFen)} ≠ total ${yuan(invoice.totalFen)}`,
    });
  if (invoice.items.length > 0) {
    const lines = invoice.items.reduce((sum, item) => sum + item.amountFen, 0);
    const lineTax = invoice.items.reduce((sum, item) => sum + item.taxFen, 0);
    if (lines !== invoice.amountFen || lineTax !== invoice.taxFen)
      throw new InvoiceReadError('amounts-disagree', {
        zh: `各行金额合计 ${yuan(lines)}、税额合计 ${yuan(lineTax)} 与发票合计 ${yuan(invoice.amountFen)}、${yuan(invoice.taxFen)} 不符`,
        en: `the lines add up to ${yuan(lines)} and tax ${yuan(lineTax)}, not the invoice's ${yuan(invoice.amountFen)} and ${yuan(invoice.taxFen)}`,
      });
  }
  if (daxie !== undefined && daxie !== '' && !daxieAgrees(daxie, invoice.totalFen))
    throw new InvoiceReadError('amounts-disagree', {
      zh: `大写「${daxie.slice(0, 40)}」与小写 ${yuan(invoice.totalFen)} 不符`,
      en: `the amount in words "${daxie.slice(0, 40)}" is not ${yuan(invoice.totalFen)}`,
    });
  if (invoice.redLetter !== invoice.totalFen < 0)
    throw new InvoiceReadError('amounts-disagree', {
      zh: invoice.redLetter ? '红字发票的金额不是负数' : '蓝字发票的金额为负数',
      en: invoice.redLetter
        ? 'a red-letter invoice with a positive total'
        : 'a blue invoice with a negative total',
    });
  return invoice;
}
