// Limits of a PDF we are given (an attachment, a printed draft, an official form), checked before
// pdf-lib does the work: pdf-lib inflates object streams whole while loading and walks page and
// field trees without noticing a loop, so a few KB can cost gigabytes or never finish.
import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFObjectParser,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { cappedInflate, InflateCapError } from '../zip/capped-inflate';

/** Largest page-content or object stream once decoded (images, fonts and files are never decoded here). */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;
/** All such streams of one file decoded, together. */
export const MAX_PDF_DECODED_BYTES = 256 * 1024 * 1024;
/** Most pages of one PDF we read. */
export const MAX_PDF_PAGES = 2_000;
/** Deepest page or field tree (real files stay under 10). */
export const MAX_PDF_TREE_DEPTH = 64;
/** Most form fields (widgets included) of an official form. */
export const MAX_PDF_FIELDS = 20_000;

export type PdfLimitProblem =
  | 'stream-too-large'
  | 'decoded-too-large'
  | 'page-tree-loop'
  | 'tree-too-deep'
  | 'too-many-pages'
  | 'field-tree-loop'
  | 'attachment-tree-loop'
  | 'too-many-fields';

const MIB = 1024 * 1024;
const WORDS: Record<PdfLimitProblem, { zh: string; en: string }> = {
  'stream-too-large': {
    zh: `其中一个数据流解压后超过 ${MAX_PDF_STREAM_BYTES / MIB} MB，已停止读取`,
    en: `one of its streams unpacks to more than ${MAX_PDF_STREAM_BYTES / MIB} MB; reading stopped`,
  },
  'decoded-too-large': {
    zh: `解压后的内容合计超过 ${MAX_PDF_DECODED_BYTES / MIB} MB，已停止读取`,
    en: `its content unpacks to more than ${MAX_PDF_DECODED_BYTES / MIB} MB in all; reading stopped`,
  },
  'page-tree-loop': {
    zh: '页面目录中有重复或循环引用（文件已损坏）',
    en: 'its page tree repeats or loops back on itself (the file is damaged)',
  },
  'tree-too-deep': {
    zh: `页面或表单字段的层级超过 ${MAX_PDF_TREE_DEPTH} 层（文件已损坏）`,
    en: `its page or form-field tree is more than ${MAX_PDF_TREE_DEPTH} levels deep (the file is damaged)`,
  },
  'too-many-pages': {
    zh: `页数超过 ${MAX_PDF_PAGES.toLocaleString('en-US')} 页`,
    en: `it has more than ${MAX_PDF_PAGES.toLocaleString('en-US')} pages`,
  },
  'field-tree-loop': {
    zh: '表单字段中有重复或循环引用（文件已损坏）',
    en: 'its form fields repeat or loop back on themselves (the file is damaged)',
  },
  'attachment-tree-loop': {
    zh: '附件目录中有重复或循环引用（文件已损坏）',
    en: 'its list of attached files repeats or loops back on itself (the file is damaged)',
  },
  'too-many-fields': {
    zh: `表单字段超过 ${MAX_PDF_FIELDS.toLocaleString('en-US')} 个`,
    en: `it has more than ${MAX_PDF_FIELDS.toLocaleString('en-US')} form fields`,
  },
};

/** A PDF past one of the limits above; `zh`/`en` say which, for a message that names the file. */
export class PdfLimitError extends Error {
  override readonly name = 'PdfLimitError';
  readonly zh: string;
  readonly en: string;
  constructor(readonly problem: PdfLimitProblem) {
    super(WORDS[problem].en);
    this.zh = WORDS[problem].zh;
    this.en = WORDS[problem].en;
  }
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d];
const END = [0x65, 0x6e, 0x64];
const OBJ = [0x6f, 0x62, 0x6a];
const at = (b: Uint8Array, i: number, word: number[]) => i >= 0 && word.every((c, k) => b[i + k] === c);

/** Offset just after the `obj` keyword that opens the object holding offset `i`, or -1. */
function objectStart(bytes: Uint8Array, i: number): number {
  for (let j = i - 3; j >= 0 && j >= i - 1024 * 1024; j--)
    if (at(bytes, j, OBJ) && !at(bytes, j - 3, END)) return j + 3;
  return -1;
}

/**
 * A stream decoded under a cap: flate a piece at a time (pdf-lib's own decoder inflates a whole
 * deflate block at once, and one block can be a thousand times its size), the other filters through
 * pdf-lib a piece at a time (asking it for `cap` bytes at once would reserve them).
 * @throws InflateCapError past the cap; pdf-lib's error for a filter it does not know.
 */
export function decodeCapped(stream: PDFRawStream, cap: number): Uint8Array {
  const filters = filtersOf(stream.dict);
  if (filters !== null) return decodeChain(stream.dict.context, filters, stream.contents, cap, true).bytes;
  return decodeByPieces(stream, cap);
}

function decodeByPieces(stream: PDFRawStream, cap: number): Uint8Array {
  const decoder = decodePDFRawStream(stream);
  const pieces: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const piece = decoder.getBytes(65_536);
    if (piece.length === 0) break;
    size += piece.length;
    if (size > cap) throw new InflateCapError(cap);
    pieces.push(new Uint8Array(piece));
  }
  const out = new Uint8Array(size);
  pieces.reduce((at, piece) => (out.set(piece, at), at + piece.length), 0);
  return out;
}

const ENCODINGS = new Set(['LZWDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'RunLengthDecode']);

/** The stream's filters as names, or null when they are not written out directly. */
function filtersOf(dict: PDFDict): string[] | null {
  const filter = dict.get(PDFName.of('Filter'));
  if (filter === undefined) return [];
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (!(filter instanceof PDFArray)) return null;
  const names = filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : null));
  return names.every((n): n is string => n !== null) ? names : null;
}

/** Filters applied in order under the cap; decoding stops (as is) at a filter pdf-lib leaves encoded. */
function decodeChain(
  context: PDFContext,
  filters: string[],
  contents: Uint8Array,
  cap: number,
  keep: boolean,
): { bytes: Uint8Array; size: number } {
  let data = contents;
  for (const [k, filter] of filters.entries()) {
    const keepThis = keep || k < filters.length - 1;
    if (filter === 'FlateDecode' || filter === 'Fl') {
      const out = cappedInflate(data, cap, { zlib: true, keep: keepThis });
      if (!keepThis) return out;
      data = out.bytes;
    } else if (ENCODINGS.has(filter)) {
      data = decodeByPieces(PDFRawStream.of(context.obj({ Filter: filter }), data), cap);
    } else if (keep) throw new Error(`the ${filter} filter is not decoded here`);
    else break;
  }
  return { bytes: data, size: data.length };
}

// Streams pdf-lib never decodes (images, font programs, metadata) or that are decoded under their
// own cap (embedded files) are left to the reader that shows them.
const NOT_DECODED = ['Image', 'EmbeddedFile', 'Metadata', 'Type1C', 'CIDFontType0C', 'OpenType'];

function decodedHere(dict: PDFDict): boolean {
  const type = dict.get(PDFName.of('Type'));
  const subtype = dict.get(PDFName.of('Subtype'));
  const named = (o: unknown) => o instanceof PDFName && NOT_DECODED.includes(o.decodeText());
  return (
    !named(type) && !named(subtype) && !['Length1', 'Length2', 'Length3'].some((k) => dict.has(PDFName.of(k)))
  );
}

/**
 * Decodes (counting, not keeping) every stream of the file under {@link MAX_PDF_STREAM_BYTES} each
 * and {@link MAX_PDF_DECODED_BYTES} in all, before pdf-lib loads it.
 * @throws PdfLimitError `stream-too-large` or `decoded-too-large`.
 */
export function checkPdfStreams(bytes: Uint8Array): void {
  const context = PDFContext.create();
  let total = 0;
  for (let i = bytes.indexOf(0x73); i >= 0; i = bytes.indexOf(0x73, i + 1)) {
    if (!at(bytes, i, STREAM) || at(bytes, i - 3, END)) continue;
    let size: number | null = null;
    try {
      const start = objectStart(bytes, i);
      const object =
        start < 0 ? null : PDFObjectParser.forBytes(bytes.subarray(start), context).parseObject();
      const filters = object instanceof PDFRawStream ? filtersOf(object.dict) : null;
      if (object instanceof PDFRawStream && !decodedHere(object.dict)) size = 0;
      else if (object instanceof PDFRawStream && filters !== null)
        size = decodeChain(context, filters, object.contents, MAX_PDF_STREAM_BYTES, false).size;
      else {
        // No dictionary (or filters named indirectly): count the data as zlib, the one filter that can blow up on its own.
        const begin = i + (bytes[i + 6] === 0x0d && bytes[i + 7] === 0x0a ? 8 : 7);
        const data = object instanceof PDFRawStream ? object.contents : bytes.subarray(begin);
        size = cappedInflate(data, MAX_PDF_STREAM_BYTES, { zlib: true, keep: false }).size;
      }
    } catch (err) {
      if (err instanceof InflateCapError) throw new PdfLimitError('stream-too-large');
      // Data that does not decode is pdf-lib's to report (as a damaged file), not a size problem.
    }
    total += size ?? 0;
    if (total > MAX_PDF_DECODED_BYTES) throw new PdfLimitError('decoded-too-large');
  }
}

type Walked = { node: PDFObject | undefined; depth: number };

/**
 * Counts the pages by walking the page tree with a visited set, so a repeated or looping node is
 * refused instead of being walked again (pdf-lib's own walk would never end).
 * @throws PdfLimitError `page-tree-loop`, `tree-too-deep`, `too-many-pages`.
 */
export function checkPageTree(doc: PDFDocument): number {
  const seen = new Set<PDFObject>();
  const stack: Walked[] = [{ node: doc.catalog.get(PDFName.of('Pages')), depth: 0 }];
  let pages = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) continue;
    if (seen.has(dict)) throw new PdfLimitError('page-tree-loop');
    seen.add(dict);
    if (depth > MAX_PDF_TREE_DEPTH) throw new PdfLimitError('tree-too-deep');
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (dict.get(PDFName.of('Type')) === PDFName.of('Pages')) {
      for (let k = 0; kids && k < kids.size(); k++) stack.push({ node: kids.get(k), depth: depth + 1 });
    } else if (++pages > MAX_PDF_PAGES) throw new PdfLimitError('too-many-pages');
  }
  return pages;
}

/**
 * Walks the AcroForm field tree (and each field's chain of parents) with a visited set before
 * pdf-lib lists the fields, whose walks recurse until the stack overflows on a loop.
 * @throws PdfLimitError `field-tree-loop`, `tree-too-deep`, `too-many-fields`.
 */
export function checkFieldTree(doc: PDFDocument): void {
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const seen = new Set<PDFDict>();
  const stack: Walked[] = [];
  for (let k = 0; fields && k < fields.size(); k++) stack.push({ node: fields.get(k), depth: 0 });
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) continue;
    if (seen.has(dict)) throw new PdfLimitError('field-tree-loop');
    seen.add(dict);
    if (seen.size > MAX_PDF_FIELDS) throw new PdfLimitError('too-many-fields');
    if (depth > MAX_PDF_TREE_DEPTH) throw new PdfLimitError('tree-too-deep');
    checkParents(doc, dict);
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let k = 0; kids && k < kids.size(); k++) stack.push({ node: kids.get(k), depth: depth + 1 });
  }
}

function checkParents(doc: PDFDocument, field: PDFDict): void {
  const chain = new Set<PDFDict>([field]);
  let node = field.get(PDFName.of('Parent'));
  while (node !== undefined) {
    const dict = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) return;
    if (chain.has(dict)) throw new PdfLimitError('field-tree-loop');
    chain.add(dict);
    if (chain.size > MAX_PDF_TREE_DEPTH) throw new PdfLimitError('tree-too-deep');
    node = dict.get(PDFName.of('Parent'));
  }
}
