// Every drawn text box must leave ink when rendered with NO system fonts: only embedded glyphs can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, type RenderDebugResult, type TextBox } from '../../../../shared/pdf';
import { FontMetrics } from '../../../../shared/pdf/metrics';
import { trainingBaseForm } from '../../../fixtures/pdf/training-base-form';
import {
  darkPixels,
  FIXED_DATE,
  regularFont,
  renderGreyWithoutSystemFonts,
  tempDir,
  type GreyImage,
} from './pdf-tools';

const PUNCTUATION = /[\s，。、；：？！（）《》「」『』【】〔〕…‘’“”.,:;!?()'"\-—·%￥¥×=*/]/u;

// Per-character boxes inside a line box, from the same advance widths the engine used.
function glyphBoxes(box: TextBox, metrics: FontMetrics): TextBox[] {
  const out: TextBox[] = [];
  let x = box.x;
  for (const ch of box.text) {
    const width = metrics.width(ch, box.size);
    if (!PUNCTUATION.test(ch)) out.push({ ...box, x, width, text: ch });
    x += width;
  }
  return out;
}

function inkless(images: GreyImage[], boxes: TextBox[], dpi: number): string[] {
  return boxes
    .filter((b) => darkPixels(images[b.page - 1]!, b, dpi) === 0)
    .map((b) => `p${b.page} ${b.text} @${b.x.toFixed(0)},${b.y.toFixed(0)}`);
}

describe('ink under an empty fontconfig', () => {
  const tmp = tempDir();
  let form: RenderDebugResult;
  let at72: GreyImage[];

  beforeAll(async () => {
    form = await renderDocument(
      trainingBaseForm(),
      { regular: regularFont() },
      { debug: true, creationDate: FIXED_DATE },
    );
    at72 = renderGreyWithoutSystemFonts(tmp.write('form.pdf', form.bytes), tmp.dir, 72);
  });
  afterAll(() => tmp.dispose());

  it('renders one image per page', () => {
    expect(at72).toHaveLength(form.pageCount);
    expect(at72[0]).toMatchObject({ width: 596, height: 842 });
  });

  it('finds ink in every text line box at 72 dpi', () => {
    expect(form.textBoxes.length).toBeGreaterThan(80);
    expect(inkless(at72, form.textBoxes, 72)).toEqual([]);
  });

  it('finds ink in every glyph box at 144 dpi (punctuation aside)', () => {
    const at144 = renderGreyWithoutSystemFonts(tmp.write('form144.pdf', form.bytes), tmp.dir, 144);
    const metrics = FontMetrics.of(regularFont());
    const glyphs = form.textBoxes.flatMap((b) => glyphBoxes(b, metrics));
    expect(glyphs.length).toBeGreaterThan(1000);
    expect(inkless(at144, glyphs, 144)).toEqual([]);
  });

  it('finds no ink where nothing was drawn (the check can fail)', () => {
    // Page 2 is blank between its signatures and its footer; its header band has ink.
    const emptyBand = { x: 100, y: 120, width: 300, height: 20 };
    expect(darkPixels(at72[1]!, emptyBand, 72)).toBe(0);
    expect(darkPixels(at72[1]!, { ...emptyBand, y: 770 }, 72)).toBeGreaterThan(0);
  });

  it('inks every glyph of a tiny subset (fontkit 1 blanked these)', async () => {
    const tiny = await renderDocument(
      { footer: '', blocks: [{ kind: 'paragraph', text: '衢州申报', size: 24 }] },
      { regular: regularFont() },
      { debug: true, creationDate: FIXED_DATE },
    );
    const dir = tempDir();
    try {
      const images = renderGreyWithoutSystemFonts(dir.write('tiny.pdf', tiny.bytes), dir.dir, 72);
      const glyphs = tiny.textBoxes.flatMap((b) => glyphBoxes(b, FontMetrics.of(regularFont())));
      expect(glyphs.map((g) => g.text)).toEqual(['衢', '州', '申', '报']);
      expect(inkless(images, glyphs, 72)).toEqual([]);
    } finally {
      dir.dispose();
    }
  });
});
