// Issue dates as invoices print them, to YYYY-MM-DD.
import { InvoiceReadError } from './refusal';

/**
 * `2024-05-28 10:02:23`, `2024年05月28日`, `2019 年11 月18 日`, `20240528` → `2024-05-28`,
 * checked to be a real calendar date.
 * @throws InvoiceReadError `not-invoice` for anything else.
 */
export function invoiceDate(text: string): string {
  const compact = text.replace(/\s/g, '');
  const m =
    /^(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?/.exec(compact) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(compact);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
      return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  const shown = text.slice(0, 40);
  throw new InvoiceReadError('not-invoice', {
    zh: `开票日期「${shown}」无法识别`,
    en: `the issue date "${shown}" is not a date`,
  });
}
