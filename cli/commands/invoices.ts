// grantdesk invoices FILE... [--json]: what the invoice reader finds in each file (XML, OFD, PDF, zip).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  groupSameInvoice,
  MAX_INVOICE_FILE_BYTES,
  pdfJsTextReader,
  readInvoiceFile,
  type Invoice,
  type InvoiceReadResult,
} from '../../shared/invoices';
import { formatYuan } from '../../shared/money';
import { type FileCommandIo } from '../file-command';
import { clip } from '../format';
import { InputRefused, readBoundedBytes } from '../read-input';

/** The io of `grantdesk invoices` (as pdf's; it reads no checking day). */
export type InvoicesCommandIo = FileCommandIo;

const USAGE = '用法 / usage: grantdesk invoices FILE... [--json]';
const INVOICE_FILE = { zh: '发票文件', en: 'an invoice file' };

/** pdf.js with its CMaps from node_modules (older invoices use Adobe-GB1 fonts without ToUnicode). */
function pdfText() {
  const base = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pdfJsTextReader({
    cMapUrl: `${join(base, 'cmaps')}/`,
    standardFontDataUrl: `${join(base, 'standard_fonts')}/`,
  });
}

function invoiceLine(file: string, inv: Invoice): string {
  const number = inv.invoiceCode
    ? `代码 ${inv.invoiceCode} 号码 ${inv.invoiceNumber}`
    : `号码 ${inv.invoiceNumber}`;
  const red = inv.redLetter ? `红字${inv.cancels ? `（冲 ${inv.cancels}）` : ''} ` : '';
  return [
    `${clip(file, 200)}：${red}${inv.kind} ${number}，开票日期 ${inv.issueDate}（${inv.source.toUpperCase()}）`,
    `  价税合计 ${formatYuan(inv.totalFen)} 元 = 金额 ${formatYuan(inv.amountFen)} + 税额 ${formatYuan(inv.taxFen)}；${inv.items.length} 行`,
    `  销售方 ${inv.sellerName}（${inv.sellerTaxId}）→ 购买方 ${inv.buyerName}（${inv.buyerTaxId || '无税号'}）`,
  ].join('\n');
}

/**
 * Runs `grantdesk invoices`; exit 0 every file gave invoices, 1 the reader refused some file,
 * 2 usage or a file that could not be opened.
 */
export async function invoicesCommand(args: readonly string[], io: InvoicesCommandIo): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined || files.length === 0) {
    io.stderr(unknown !== undefined ? `未知选项 / unknown option ${clip(unknown)}\n${USAGE}` : USAGE);
    return 2;
  }
  const reader = { pdfText: pdfText() };
  const results: InvoiceReadResult[] = [];
  let exit = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readBoundedBytes(resolve(io.cwd, file), MAX_INVOICE_FILE_BYTES, INVOICE_FILE);
    } catch (err) {
      const why =
        err instanceof InputRefused
          ? err.message
          : clip(err instanceof Error ? err.message : String(err), 200);
      io.stderr(`无法读取 / cannot read ${clip(file, 200)}：${why}`);
      exit = 2;
      continue;
    }
    const found = await readInvoiceFile(file, bytes, reader);
    results.push(...found);
    if (found.some((r) => 'error' in r)) exit = Math.max(exit, 1);
  }
  if (json) {
    io.stdout(
      JSON.stringify(
        results.map((r) =>
          'error' in r ? { file: r.file, error: r.error } : { file: r.file, invoice: r.invoice },
        ),
        null,
        2,
      ),
    );
    return exit;
  }
  for (const r of results)
    if ('error' in r) io.stdout(`${clip(r.file, 200)}：✗ ${r.error.message}\n  ${r.error.messageEn}`);
    else io.stdout(invoiceLine(r.file, r.invoice));
  const read = results.filter((r) => 'invoice' in r).length;
  if (results.length > 0)
    io.stdout(
      `共 ${results.length} 个文件：${read} 个读出发票（合 ${groupSameInvoice(results).length} 张，同一发票的 PDF/OFD/XML 算一张），${results.length - read} 个未能读取\n` +
        `${results.length} files: ${read} read (${groupSameInvoice(results).length} distinct invoices), ${results.length - read} refused`,
    );
  return exit;
}
