// The 公文 look's outlines on a 6-unit grid: same glyphs point for point, each point moved at most
// half a grid step, boxes and side bearings following, and a font any TrueType reader still opens.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, renderDocument, snapOutlines } from '../../../../shared/pdf';
import { trainingBaseForm } from '../../../fixtures/pdf/training-base-form';
import { FIXED_DATE, renderGreyWithoutSystemFonts, tempDir, typefaceFontsSync } from './pdf-tools';

interface Point {
  x: number;
  y: number;
  onCurve: boolean;
  endContour: boolean;
}
interface Decoded {
  numberOfContours: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  points: Point[];
}
type Glyph = { advanceWidth: number; _decode(): Decoded | null; _getMetrics(): { leftBearing: number } };
type Font = { numGlyphs: number; getGlyph(id: number): Glyph; head: { indexToLocFormat: number } };

const TEXT = '衢州智造精工机械有限公司申报表（盖章）：。，、0123456789ABCxyz¥';
const open = (bytes: Uint8Array) => fontkit.create(Buffer.from(bytes)) as unknown as Font;

// A subset as fontkit writes it for the PDF (head, hhea, maxp, loca, glyf, hmtx, prep).
function subsetOf(file: string): Uint8Array {
  const font = fontkit.create(readFileSync(join('node_modules', file))) as fontkit.Font;
  const subset = font.createSubset();
  for (const ch of TEXT) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!));
  return subset.encode();
}

const checksum = (b: Uint8Array) => {
  let sum = 0;
  for (let i = 0; i < b.length; i += 4)
    sum =
      (sum + (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0))) >>>
      0;
  return sum;
};

describe.each([FONT_FILES.serifRegular, FONT_FILES.sansBold])('outlines of %s on a grid', (file) => {
  const original = subsetOf(file);
  const before = open(original);

  it('re-encodes losslessly on a 1-unit grid: every point, flag, box, advance and bearing as before', () => {
    const after = open(snapOutlines(original, 1));
    expect(after.numGlyphs).toBe(before.numGlyphs);
    for (let id = 0; id < before.numGlyphs; id++) {
      const [a, b] = [before.getGlyph(id), after.getGlyph(id)];
      expect(b._decode(), `glyph ${id}`).toEqual(a._decode());
      expect(b.advanceWidth).toBe(a.advanceWidth);
      expect(b._getMetrics().leftBearing).toBe(a._getMetrics().leftBearing);
    }
  });

  it('puts every point on the 6-unit grid, within 3 units of where it was, the contours unchanged', () => {
    const snapped = snapOutlines(original, 6);
    const after = open(snapped);
    let points = 0;
    let moved = 0;
    for (let id = 1; id < before.numGlyphs; id++) {
      const a = before.getGlyph(id)._decode()!;
      const glyph = after.getGlyph(id);
      const b = glyph._decode()!;
      expect(b.points).toHaveLength(a.points.length);
      b.points.forEach((p, i) => {
        const q = a.points[i]!;
        expect([p.x % 6, p.y % 6].map(Math.abs)).toEqual([0, 0]);
        expect(Math.max(Math.abs(p.x - q.x), Math.abs(p.y - q.y))).toBeLessThanOrEqual(3);
        expect([p.onCurve, p.endContour]).toEqual([q.onCurve, q.endContour]);
        if (p.x !== q.x || p.y !== q.y) moved++;
      });
      points += b.points.length;
      const xs = b.points.map((p) => p.x);
      const ys = b.points.map((p) => p.y);
      expect([b.xMin, b.yMin, b.xMax, b.yMax]).toEqual([
        Math.min(...xs),
        Math.min(...ys),
        Math.max(...xs),
        Math.max(...ys),
      ]);
      expect(glyph._getMetrics().leftBearing).toBe(b.xMin);
      expect(glyph.advanceWidth).toBe(before.getGlyph(id).advanceWidth);
    }
    // The check can fail: most points really moved, and the font got smaller.
    expect(moved).toBeGreaterThan(points / 2);
    expect(snapped.length).toBeLessThan(original.length);
  });

  it('writes a well-formed font: short offsets, table and file checksums right', () => {
    const snapped = snapOutlines(original, 6);
    expect(open(snapped).head.indexToLocFormat).toBe(0);
    expect(checksum(snapped)).toBe(0xb1b0afba);
    const view = new DataView(snapped.buffer, snapped.byteOffset);
    for (let i = 0; i < view.getUint16(4); i++) {
      const rec = 12 + 16 * i;
      const tag = String.fromCharCode(...snapped.subarray(rec, rec + 4));
      const [offset, length] = [view.getUint32(rec + 8), view.getUint32(rec + 12)];
      const table = snapped.slice(offset, offset + length);
      if (tag === 'head') table.fill(0, 8, 12);
      expect(checksum(table), tag).toBe(view.getUint32(rec + 4));
    }
  });
});

describe('a font whose table directory lies', () => {
  it('throws rather than read past the end of the file', () => {
    const font = subsetOf(FONT_FILES.serifRegular).slice(0, 400);
    expect(() => snapOutlines(font, 6)).toThrow(/runs past the end/);
  });
});

describe('the 公文 form with and without the grid, rendered at 300 dpi', () => {
  // Share of the exact page's inked pixels whose grey level changes by more than a quarter.
  async function changed(grid: number): Promise<number> {
    const tmp = tempDir();
    try {
      const page = async (outlineGrid: number | undefined, name: string) => {
        const fonts = { ...typefaceFontsSync('serif'), outlineGrid };
        const pdf = await renderDocument(trainingBaseForm(), fonts, { creationDate: FIXED_DATE });
        const dir = join(tmp.dir, name);
        mkdirSync(dir);
        return renderGreyWithoutSystemFonts(tmp.write(`${name}.pdf`, pdf), dir, 300)[0]!.pixels;
      };
      const [exact, snapped] = [await page(undefined, 'exact'), await page(grid, 'snapped')];
      let ink = 0;
      let moved = 0;
      exact.forEach((v, i) => {
        if (v < 128) ink++;
        if (Math.abs(v - snapped[i]!) > 64) moved++;
      });
      return moved / ink;
    } finally {
      tmp.dispose();
    }
  }

  it('changes under 1% of the inked pixels on the 6-unit grid; a coarse 40-unit grid would change more', async () => {
    expect(await changed(6)).toBeLessThan(0.01);
    expect(await changed(40)).toBeGreaterThan(0.03);
  });
});
