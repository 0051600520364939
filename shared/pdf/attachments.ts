// Reading attached files back, so a printed PDF can be re-imported (pdf-lib 1.17 only writes them).
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { InflateCapError } from '../zip/capped-inflate';
import { checkPdfStreams, decodeCapped, MAX_PDF_TREE_DEPTH, PdfLimitError } from './pdf-guard';

export interface ReadAttachment {
  name: string;
  bytes: Uint8Array;
}

/** Which attached files to read, and the largest one taken. */
export interface ReadAttachmentOptions {
  /** Only the file of this name is decoded. */
  only?: string;
  /** A file decoding to more is refused (named) before it is held whole. */
  maxBytes?: number;
}

/** An attached file past `maxBytes`; `name` is the file inside the PDF. */
export class AttachmentTooLargeError extends Error {
  override readonly name = 'AttachmentTooLargeError';
  constructor(
    readonly file: string,
    readonly maxBytes: number,
  ) {
    super(`${file} is larger than ${maxBytes} bytes`);
  }
}

function decodeFile(name: string, stream: PDFRawStream, maxBytes: number): Uint8Array {
  try {
    return decodeCapped(stream, maxBytes);
  } catch (err) {
    if (err instanceof InflateCapError) throw new AttachmentTooLargeError(name, maxBytes);
    throw err;
  }
}

function collect(doc: PDFDocument, root: PDFDict, options: ReadAttachmentOptions): ReadAttachment[] {
  const out: ReadAttachment[] = [];
  const seen = new Set<PDFObject>();
  const stack: { node: PDFDict; depth: number }[] = [{ node: root, depth: 0 }];
  const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  while (stack.length > 0) {
    const { node: tree, depth } = stack.pop()!;
    // The name tree is walked once per node: a repeated or looping kid is refused, not followed.
    if (seen.has(tree)) throw new PdfLimitError('attachment-tree-loop');
    seen.add(tree);
    if (depth > MAX_PDF_TREE_DEPTH) throw new PdfLimitError('tree-too-deep');
    const kids = tree.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = (kids?.size() ?? 0) - 1; kids && i >= 0; i--) {
      const kid = kids.get(i);
      const dict = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (dict instanceof PDFDict) stack.push({ node: dict, depth: depth + 1 });
    }
    const names = tree.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i + 1 < names.size(); i += 2) {
      const spec = names.lookup(i + 1, PDFDict);
      const key = names.lookup(i);
      const nameObj =
        spec.lookupMaybe(PDFName.of('UF'), PDFString, PDFHexString) ??
        (key instanceof PDFString || key instanceof PDFHexString ? key : undefined);
      const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
      if (!(stream instanceof PDFRawStream)) continue;
      const name = nameObj?.decodeText() ?? '';
      if (options.only !== undefined && name !== options.only) continue;
      out.push({ name, bytes: decodeFile(name, stream, maxBytes) });
    }
  }
  return out;
}

/**
 * The files embedded in a PDF's EmbeddedFiles name tree, decoded. The file's streams are checked
 * against the PDF reading limits first.
 * @throws PdfLimitError past a reading limit; AttachmentTooLargeError for a file past `maxBytes`.
 */
export async function readAttachments(
  bytes: Uint8Array,
  options: ReadAttachmentOptions = {},
): Promise<ReadAttachment[]> {
  checkPdfStreams(bytes);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  return tree ? collect(doc, tree, options) : [];
}
