// Where a generated PDF's bytes go: each embedded font's program, ToUnicode map and widths, the
// page content streams, and the rest (dictionaries, object stream, xref). For the benches.
import * as fontkit from 'fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

export interface FontParts {
  /** Stored (deflated) bytes of the FontFile2 stream. */
  program: number;
  toUnicode: number;
  /** Characters of the /W array as written. */
  widths: number;
  glyphs: number;
}

export interface PdfParts {
  total: number;
  /** By PostScript name without the subset tag. */
  fonts: Map<string, FontParts>;
  content: number;
  /** Everything but the font programs. */
  rest: number;
}

/** Splits a PDF's bytes by what they are for. */
export async function pdfParts(bytes: Uint8Array): Promise<PdfParts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const stored = (o: PDFObject | undefined) => {
    const s = look(o);
    if (!(s instanceof PDFRawStream)) return 0;
    const length = s.dict.get(PDFName.of('Length'));
    return length instanceof PDFNumber ? length.asNumber() : s.contents.length;
  };
  const fonts = new Map<string, FontParts>();
  let content = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const type = obj.get(PDFName.of('Type'));
    if (type === PDFName.of('Page')) {
      const contents = look(obj.get(PDFName.of('Contents')));
      if (contents instanceof PDFArray) for (const ref of contents.asArray()) content += stored(ref);
      else content += stored(contents);
    }
    if (type !== PDFName.of('Font') || obj.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const cid = look((look(obj.get(PDFName.of('DescendantFonts'))) as PDFArray).get(0)) as PDFDict;
    const descriptor = look(cid.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const file = look(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
    const program = fontkit.create(Buffer.from(decodePDFRawStream(file).decode())) as fontkit.Font;
    const name = (obj.get(PDFName.of('BaseFont'))?.toString() ?? '?').replace(/^\/([A-Z]{6}\+)?/, '');
    fonts.set(name, {
      program: stored(file),
      toUnicode: stored(obj.get(PDFName.of('ToUnicode'))),
      widths: look(cid.get(PDFName.of('W')))?.toString().length ?? 0,
      glyphs: program.numGlyphs,
    });
  }
  const programs = [...fonts.values()].reduce((s, f) => s + f.program, 0);
  return { total: bytes.length, fonts, content, rest: bytes.length - programs };
}
