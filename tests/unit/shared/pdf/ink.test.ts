// Every drawn text box must leave ink when rendered with NO system fonts: only embedded glyphs can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, type PdfFonts, type RenderDebugResult, type TextBox } from '../../../../shared/pdf';
import { FontMetrics } from '../../../../shared/pdf/metrics';
import { trainingBaseForm } from '../../../fixtures/pdf/training-base-form';
import { fixtureDrafts, renderRaw } from '../forms/form-tools';
import {
  darkPixels,
  FIXED_DATE,
  pdfFonts,
  regularFont,
  renderGreyWithoutSystemFonts,
  run,
  tempDir,
  typefaceFontsSync,
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

// Glyph boxes measured with the font each line was drawn in (headings use the bold font when there is one).
function glyphBoxesOf(boxes: TextBox[], fonts: PdfFonts): TextBox[] {
  const regular = FontMetrics.of(fonts.regular);
  const bold = fonts.bold ? FontMetrics.of(fonts.bold) : regular;
  return boxes.flatMap((b) => glyphBoxes(b, b.face === 'bold' ? bold : regular));
}

// What pdftotext -raw reads back from a page, whitespace aside, in drawing order.
function pageText(path: string, page: number): string {
  return run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), path, '-']).replace(/\s+/g, '');
}

function drawnText(boxes: TextBox[], page: number): string {
  const text = boxes
    .filter((b) => b.page === page)
    .map((b) => b.text)
    .join('')
    .replace(/\s+/g, '');
  // Every page has at least its header and footer: an empty comparison would prove nothing.
  expect(text.length).toBeGreaterThan(10);
  return text;
}

describe('the 公文 typeface (Noto Serif SC body, Noto Sans SC Bold headings) under an empty fontconfig', () => {
  const tmp = tempDir();
  const fonts = typefaceFontsSync('serif');
  let form: RenderDebugResult;
  let path: string;

  beforeAll(async () => {
    form = await renderDocument(trainingBaseForm(), fonts, { debug: true, creationDate: FIXED_DATE });
    path = tmp.write('serif.pdf', form.bytes);
  });
  afterAll(() => tmp.dispose());

  it('embeds the serif body and the sans bold headings, both subset with a ToUnicode map', () => {
    const rows = pdfFonts(path);
    expect(rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSerifSC-Regular',
    ]);
    for (const row of rows) expect(row).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(form.missingCharacters).toEqual([]);
  });

  it('draws the title and headings in the bold face and the rest in the serif', () => {
    const title = form.textBoxes.find((b) => b.text.includes('申报表'));
    expect(title?.face).toBe('bold');
    expect(form.textBoxes.filter((b) => b.face === 'bold').length).toBeGreaterThan(5);
    expect(form.textBoxes.filter((b) => b.face === 'regular').length).toBeGreaterThan(80);
  });

  it('finds ink in every glyph box of both faces at 144 dpi (punctuation aside)', () => {
    const at144 = renderGreyWithoutSystemFonts(path, tmp.dir, 144);
    const glyphs = glyphBoxesOf(form.textBoxes, fonts);
    expect(glyphs.length).toBeGreaterThan(1000);
    expect(inkless(at144, glyphs, 144)).toEqual([]);
  });

  it('reads back exactly the text drawn, page by page (pdftotext)', () => {
    for (let page = 1; page <= form.pageCount; page++)
      expect(pageText(path, page), `page ${page}`).toBe(drawnText(form.textBoxes, page));
  });
});

describe.each(fixtureDrafts())('the %s example printed in the 公文 typeface', (program, raw) => {
  const tmp = tempDir();
  const fonts = typefaceFontsSync('serif');
  let pdf: Awaited<ReturnType<typeof renderRaw>>;
  let path: string;

  beforeAll(async () => {
    pdf = await renderRaw(raw, { fonts, debug: true });
    path = tmp.write(`${program}.pdf`, pdf.bytes);
  });
  afterAll(() => tmp.dispose());

  it('embeds Noto Serif SC as a subset and misses no glyph', () => {
    const serif = pdfFonts(path).find((r) => r.name.endsWith('+NotoSerifSC-Regular'));
    expect(serif).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(pdf.missingCharacters).toEqual([]);
  });

  it('leaves ink in every glyph it draws, with no system font to stand in (144 dpi)', () => {
    const images = renderGreyWithoutSystemFonts(path, tmp.dir, 144);
    expect(images).toHaveLength(pdf.pageCount);
    const glyphs = glyphBoxesOf(pdf.textBoxes, fonts);
    expect(glyphs.length).toBeGreaterThan(300);
    expect(inkless(images, glyphs, 144)).toEqual([]);
  });

  it('reads back exactly the text drawn, page by page (pdftotext)', () => {
    for (let page = 1; page <= pdf.formPageCount; page++)
      expect(pageText(path, page), `page ${page}`).toBe(drawnText(pdf.textBoxes, page));
  });
});
