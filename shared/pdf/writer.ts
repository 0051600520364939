// Display list → PDF content streams, written directly: one string per page instead of pdf-lib
// operator objects, which is where most of the time went with drawText.
import { PDFName, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import type { DrawOp, PageOps, TextOp } from './display-list';
import type { FontFace, FontMetrics } from './metrics';
import { EM_DESCENT } from './metrics';

/** Where a line of text was drawn, in PDF points (origin bottom-left). */
export interface TextBox {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  size: number;
  /** The face it was drawn with (`bold` is the heading font when one is given). */
  face: FontFace;
}

export interface WriterFonts {
  regular: { pdf: PDFFont; metrics: FontMetrics };
  bold?: { pdf: PDFFont; metrics: FontMetrics };
}

const FONT_KEYS: Record<FontFace, string> = { regular: 'F1', bold: 'F2' };

/** Formats a number for a content stream: at most two decimals, no exponent. */
function n(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? '0' : String(r);
}

/** Hex glyph codes per character: each distinct character goes through pdf-lib once per document. */
class GlyphEncoder {
  private readonly cache = new Map<string, string>();
  constructor(private readonly font: PDFFont) {}

  hex(text: string): string {
    let out = '';
    for (const ch of text) {
      let code = this.cache.get(ch);
      if (code === undefined) {
        code = this.font.encodeText(ch).asString();
        this.cache.set(ch, code);
      }
      out += code;
    }
    return out;
  }
}

function pageStream(
  ops: readonly DrawOp[],
  height: number,
  encoders: Record<FontFace, GlyphEncoder>,
): string {
  const out: string[] = [];
  let inText = false;
  let font = '';
  let fill = 0;
  let stroke = 0;
  let width = 1;
  const endText = () => {
    if (inText) out.push('ET');
    inText = false;
  };
  const setFill = (g: number) => {
    if (g !== fill) out.push(`${n(g)} g`);
    fill = g;
  };
  const setStroke = (g: number, w: number) => {
    if (g !== stroke) out.push(`${n(g)} G`);
    if (w !== width) out.push(`${n(w)} w`);
    stroke = g;
    width = w;
  };
  const text = (op: TextOp) => {
    if (!inText) out.push('BT');
    inText = true;
    const tf = `/${FONT_KEYS[op.face]} ${n(op.size)} Tf`;
    if (tf !== font) out.push(tf);
    font = tf;
    setFill(op.grey);
    const y = height - op.baseline;
    if (op.rotation) {
      const r = (op.rotation * Math.PI) / 180;
      const [c, s] = [Math.cos(r).toFixed(4), Math.sin(r).toFixed(4)];
      out.push(`${c} ${s} -${s} ${c} ${n(op.x)} ${n(y)} Tm`);
    } else out.push(`1 0 0 1 ${n(op.x)} ${n(y)} Tm`);
    const hex = `<${encoders[op.face].hex(op.text)}> Tj`;
    if (op.fakeBold) {
      setStroke(op.grey, op.size * 0.03);
      out.push('2 Tr', hex, '0 Tr');
    } else out.push(hex);
  };
  for (const op of ops) {
    if (op.op === 'text') {
      if (op.opacity === undefined) {
        text(op);
        continue;
      }
      endText();
      const saved = { font, fill, stroke, width };
      out.push('q /GS1 gs');
      text(op);
      endText();
      out.push('Q');
      ({ font, fill, stroke, width } = saved);
      continue;
    }
    endText();
    if (op.op === 'rect') {
      if (op.fill !== undefined) setFill(op.fill);
      if (op.stroke !== undefined) setStroke(op.stroke, op.lineWidth ?? 1);
      const paint = op.fill !== undefined ? (op.stroke !== undefined ? 'B' : 'f') : 'S';
      out.push(`${n(op.x)} ${n(height - op.y - op.h)} ${n(op.w)} ${n(op.h)} re ${paint}`);
    } else {
      setStroke(op.grey, op.lineWidth);
      const path = op.points.map(([x, y], i) => `${n(x)} ${n(height - y)} ${i === 0 ? 'm' : 'l'}`);
      out.push(`${path.join(' ')} S`);
    }
  }
  endText();
  return out.join('\n');
}

/** Adds one PDF page per laid-out page; returns the text boxes drawn when `collectBoxes` is set. */
export function writePages(
  doc: PDFDocument,
  pages: readonly PageOps[],
  size: { width: number; height: number },
  fonts: WriterFonts,
  collectBoxes: boolean,
): TextBox[] {
  const encoders = {
    regular: new GlyphEncoder(fonts.regular.pdf),
    bold: new GlyphEncoder((fonts.bold ?? fonts.regular).pdf),
  };
  const context = doc.context;
  const fontRefs: [string, PDFRef][] = [['F1', fonts.regular.pdf.ref]];
  if (fonts.bold) fontRefs.push(['F2', fonts.bold.pdf.ref]);
  const fontDict = context.obj(Object.fromEntries(fontRefs.map(([k, ref]) => [k, ref])));
  const gsRef = context.register(context.obj({ Type: 'ExtGState', ca: 0.28, CA: 0.28 }));
  // One resources dictionary shared by every page.
  const resources = context.register(context.obj({ Font: fontDict, ExtGState: { GS1: gsRef } }));
  const boxes: TextBox[] = [];
  pages.forEach((page, i) => {
    const pdfPage = doc.addPage([size.width, size.height]);
    const content = pageStream(page.ops, size.height, encoders);
    pdfPage.node.set(PDFName.of('Resources'), resources);
    pdfPage.node.addContentStream(context.register(context.flateStream(content)));
    if (!collectBoxes) return;
    for (const op of page.ops) {
      if (op.op !== 'text' || op.rotation) continue;
      const metrics = (op.face === 'bold' && fonts.bold ? fonts.bold : fonts.regular).metrics;
      boxes.push({
        page: i + 1,
        x: op.x,
        y: size.height - op.baseline - EM_DESCENT * op.size,
        width: metrics.width(op.text, op.size),
        height: op.size,
        text: op.text,
        size: op.size,
        face: op.face,
      });
    }
  });
  return boxes;
}
