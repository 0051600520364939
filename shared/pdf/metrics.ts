// Text measurement from the font's advance widths, cached per character (the hot path of layout).
import { glyphsOf, openFont, type Fontkit2Font } from './fontkit-adapter';

/** Which face a run of text is drawn with. */
export type FontFace = 'regular' | 'bold';

/** Em-box metrics used to place CJK text: ideographs sit between -0.12 em and 0.88 em. */
export const EM_ASCENT = 0.88;
export const EM_DESCENT = 0.12;

const widthCaches = new WeakMap<Fontkit2Font, Map<string, number>>();

/** Measures text in points for one font, caching each character's width in em. */
export class FontMetrics {
  private readonly widths: Map<string, number>;

  constructor(readonly font: Fontkit2Font) {
    let cache = widthCaches.get(font);
    if (!cache) {
      cache = new Map();
      widthCaches.set(font, cache);
    }
    this.widths = cache;
  }

  static of(bytes: Uint8Array): FontMetrics {
    return new FontMetrics(openFont(bytes));
  }

  /** Width of one character in em, cached. */
  charWidth(ch: string): number {
    let w = this.widths.get(ch);
    if (w === undefined) {
      const [glyph] = glyphsOf(this.font, ch);
      w = (glyph?.advanceWidth ?? 0) / this.font.unitsPerEm;
      this.widths.set(ch, w);
    }
    return w;
  }

  /** Width of text at `size` points. */
  width(text: string, size: number): number {
    let em = 0;
    for (const ch of text) em += this.charWidth(ch);
    return em * size;
  }
}
