// fontkit 2 behind the interface pdf-lib 1.17.1 expects (@pdf-lib/fontkit blanks glyphs in small subsets).
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import { snapOutlines } from './outline-grid';

/** The fontkit interface pdf-lib's `registerFontkit` takes. */
export type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The subset of a fontkit 2 font this module relies on. */
export interface Fontkit2Font {
  readonly unitsPerEm: number;
  readonly postscriptName: string;
  glyphForCodePoint(codePoint: number): Fontkit2Glyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
  createSubset(): { encode(): Uint8Array; includeGlyph(glyph: Fontkit2Glyph | number): number };
}

/** A fontkit 2 glyph as far as pdf-lib uses it. */
export interface Fontkit2Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: number[];
}

type StreamEvent = 'data' | 'end' | 'error';

// Parsed fonts per byte array, so a warm process parses (and caches glyphs) once per font file.
const parsed = new WeakMap<Uint8Array, Fontkit2Font>();

/** Parses font bytes with fontkit 2, once per Uint8Array instance. */
export function openFont(bytes: Uint8Array): Fontkit2Font {
  let font = parsed.get(bytes);
  if (!font) {
    // @types/fontkit declares Buffer; fontkit 2 reads any Uint8Array (it runs in browsers too).
    const created = fontkit.create(bytes as unknown as Parameters<typeof fontkit.create>[0]);
    if (!('unitsPerEm' in created)) throw new Error('Font collections are not supported: pass one font.');
    font = created as unknown as Fontkit2Font;
    parsed.set(bytes, font);
  }
  return font;
}

/** The PostScript name inside font bytes (`NotoSerifSC-Regular`), for naming an embedded font. */
export function postscriptNameOf(bytes: Uint8Array): string {
  return openFont(bytes).postscriptName;
}

const glyphRuns = new WeakMap<Fontkit2Font, Map<number, Fontkit2Glyph>>();

/** The glyph for each code point without OpenType shaping: forms need no ligatures and it is ~50x faster. */
export function glyphsOf(font: Fontkit2Font, text: string): Fontkit2Glyph[] {
  let cache = glyphRuns.get(font);
  if (!cache) {
    cache = new Map();
    glyphRuns.set(font, cache);
  }
  const glyphs: Fontkit2Glyph[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let glyph = cache.get(cp);
    if (!glyph) {
      glyph = font.glyphForCodePoint(cp);
      cache.set(cp, glyph);
    }
    glyphs.push(glyph);
  }
  return glyphs;
}

// pdf-lib chains on('data').on('end').on('error') synchronously, so emitting on the next microtask
// after the first registration reaches every handler, exactly once.
function onceStream(bytes: () => Uint8Array) {
  const handlers: Partial<Record<StreamEvent, (arg?: unknown) => void>> = {};
  let scheduled = false;
  const stream = {
    on(event: StreamEvent, cb: (arg?: unknown) => void) {
      handlers[event] = cb;
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(() => {
          let data: Uint8Array;
          try {
            data = bytes();
          } catch (err) {
            handlers.error?.(err);
            return;
          }
          handlers.data?.(data);
          handlers.end?.();
        });
      }
      return stream;
    },
  };
  return stream;
}

/** Wraps a parsed font so pdf-lib lays text out per code point and can stream its subset. */
function forPdfLib(font: Fontkit2Font, grid: number | undefined): unknown {
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') {
        return (text: string) => {
          const glyphs = glyphsOf(target, text);
          return { glyphs, positions: glyphs.map((g) => ({ xAdvance: g.advanceWidth })) };
        };
      }
      if (prop === 'createSubset') {
        return () => {
          const subset = target.createSubset();
          const encode = () => (grid ? snapOutlines(subset.encode(), grid) : subset.encode());
          return Object.assign(subset, { encodeStream: () => onceStream(encode) });
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The object to pass to `pdfDoc.registerFontkit`: subsets keep their outlines exactly. */
export const fontkitAdapter = {
  create: (bytes: Uint8Array) => forPdfLib(openFont(bytes), undefined),
} as unknown as PdfLibFontkit;

/** The adapter for fonts whose subsets have their outline points rounded to `grid` font units (none: exact). */
export function fontkitAdapterFor(grid: number | undefined): PdfLibFontkit {
  if (!grid) return fontkitAdapter;
  return { create: (bytes: Uint8Array) => forPdfLib(openFont(bytes), grid) } as unknown as PdfLibFontkit;
}
