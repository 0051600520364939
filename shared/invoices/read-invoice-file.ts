// The reader's front door: one file (XML, OFD, PDF or a batch zip of them) → one result per invoice
// file, each an invoice or a named refusal; nothing thrown for any input.
import { sha256Hex } from '../forms/sha256';
import { MAX_INVOICE_FILE_BYTES } from './limits';
import { pdfJsTextReader, type PdfTextReader } from './pdf-text';
import { readOfdInvoice } from './read-ofd';
import { readPdfInvoice } from './read-pdf';
import { readInvoiceXml } from './read-xml';
import { InvoiceReadError, refusal } from './refusal';
import type { Invoice, InvoiceReadResult } from './types';
import { openZip } from './zip-entries';

export interface ReadInvoiceOptions {
  /** How a PDF's text layer is had (default: pdf.js in this thread). */
  pdfText?: PdfTextReader;
}

type Kind = 'pdf' | 'zip' | 'xml' | 'unknown';

function sniff(bytes: Uint8Array): Kind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return 'zip';
  if (/^(\xEF\xBB\xBF)?\s*</.test(head)) return 'xml';
  return 'unknown';
}

const EXT = /\.(pdf|ofd|xml|zip)$/i;

async function readOne(
  name: string,
  bytes: Uint8Array,
  options: ReadInvoiceOptions,
  inZip: boolean,
): Promise<InvoiceReadResult[]> {
  const result = async (read: () => Invoice | Promise<Invoice>): Promise<InvoiceReadResult[]> => {
    try {
      const invoice = await read();
      return [{ file: name, invoice, sha256: await sha256Hex(bytes) }];
    } catch (err) {
      if (err instanceof InvoiceReadError)
        return [{ file: name, error: refusal(err.code, name, err.detail) }];
      return [{ file: name, error: refusal('damaged', name) }];
    }
  };
  if (bytes.length > MAX_INVOICE_FILE_BYTES)
    return [{ file: name, error: refusal('too-large', name, sizeWords(bytes.length)) }];
  const kind = sniff(bytes);
  if (kind === 'pdf') return result(() => readPdfInvoice(bytes, options.pdfText ?? defaultPdfText()));
  if (kind === 'xml') return result(() => readInvoiceXml(bytes));
  if (kind === 'zip') {
    let zip;
    try {
      zip = openZip(bytes);
    } catch (err) {
      const e = err instanceof InvoiceReadError ? err : new InvoiceReadError('damaged');
      return [{ file: name, error: refusal(e.code, name, e.detail) }];
    }
    if (zip.names.includes('OFD.xml')) return result(() => readOfdInvoice(zip));
    if (inZip) return [{ file: name, error: refusal('unsupported', name, NESTED) }];
    return readBatch(name, zip, options);
  }
  // Bytes that are none of the formats: damaged when the name promises one, else not an invoice.
  return [{ file: name, error: refusal(EXT.test(name) ? 'damaged' : 'not-invoice', name) }];
}

const NESTED = { zh: '压缩包中的压缩包不展开', en: 'an archive inside an archive is not opened' };

function sizeWords(size: number) {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return {
    zh: `${mb(size)}，上限 ${mb(MAX_INVOICE_FILE_BYTES)}`,
    en: `${mb(size)}, the limit is ${mb(MAX_INVOICE_FILE_BYTES)}`,
  };
}

async function readBatch(
  name: string,
  zip: ReturnType<typeof openZip>,
  options: ReadInvoiceOptions,
): Promise<InvoiceReadResult[]> {
  const out: InvoiceReadResult[] = [];
  const wanted = zip.names.filter((n) => EXT.test(n) && !/(^|\/)(__MACOSX|\.)/.test(n));
  if (wanted.length === 0)
    return [
      {
        file: name,
        error: refusal('not-invoice', name, {
          zh: '压缩包中没有 PDF、OFD 或 XML 文件',
          en: 'the archive holds no PDF, OFD or XML file',
        }),
      },
    ];
  for (const entry of wanted) {
    const shown = `${name}/${entry}`;
    let bytes: Uint8Array | undefined;
    try {
      bytes = zip.read(entry);
    } catch (err) {
      const e = err instanceof InvoiceReadError ? err : new InvoiceReadError('damaged');
      out.push({ file: shown, error: refusal(e.code, shown, e.detail) });
      // A bomb or the total cap stops the whole archive: what follows would be refused the same way.
      if (e.code === 'too-large') break;
      continue;
    }
    if (bytes) out.push(...(await readOne(shown, bytes, options, true)));
  }
  return out;
}

let sharedPdfText: PdfTextReader | undefined;
const defaultPdfText = () => (sharedPdfText ??= pdfJsTextReader());

/**
 * Reads one invoice file: 数电 XML, OFD, PDF (text layer), or a batch zip of them (one result per
 * file inside, named `zip/inner`). Never throws: every problem is a named refusal.
 */
export async function readInvoiceFile(
  name: string,
  bytes: Uint8Array,
  options: ReadInvoiceOptions = {},
): Promise<InvoiceReadResult[]> {
  try {
    return await readOne(name, bytes, options, false);
  } catch {
    return [{ file: name, error: refusal('damaged', name) }];
  }
}
