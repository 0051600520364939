// Reading attached files back, so a printed PDF can be re-imported (pdf-lib 1.17 only writes them).
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';

export interface ReadAttachment {
  name: string;
  bytes: Uint8Array;
}

function collect(tree: PDFDict, out: ReadAttachment[]): void {
  const kids = tree.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) collect(kids.lookup(i, PDFDict), out);
  const names = tree.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; names && i + 1 < names.size(); i += 2) {
    const spec = names.lookup(i + 1, PDFDict);
    const key = names.lookup(i);
    const nameObj =
      spec.lookupMaybe(PDFName.of('UF'), PDFString, PDFHexString) ??
      (key instanceof PDFString || key instanceof PDFHexString ? key : undefined);
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) continue;
    out.push({ name: nameObj?.decodeText() ?? '', bytes: decodePDFRawStream(stream).decode() });
  }
}

/** The files embedded in a PDF's EmbeddedFiles name tree, decoded. */
export async function readAttachments(bytes: Uint8Array): Promise<ReadAttachment[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const out: ReadAttachment[] = [];
  if (tree) collect(tree, out);
  return out;
}
