// The sample 实训基地 form through the real tools: qpdf, pdffonts, pdftotext, pdfinfo.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, type RenderDebugResult } from '../../../../shared/pdf';
import {
  APPLICANT,
  DOCUMENT_NUMBER,
  INVESTMENT_COLUMNS,
  INVESTMENT_ROWS,
  trainingBaseForm,
  UPPERCASE_AMOUNT,
} from '../../../fixtures/pdf/training-base-form';
import {
  boldFont,
  FIXED_DATE,
  pageCount,
  pdfFonts,
  pdfText,
  qpdfCheck,
  regularFont,
  run,
  tempDir,
} from './pdf-tools';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const metadata = { author: APPLICANT, subject: '实训基地建设补助', keywords: ['实训基地', '2025'] };
const noSpace = (s: string) => s.replace(/\s+/g, '');

// True when `cell` appears whole, or (wrapped inside its column) as consecutive pieces each present.
function containsWrapped(text: string, cell: string): boolean {
  let rest = cell;
  while (rest.length > 0) {
    let n = rest.length;
    while (n > 1 && !text.includes(rest.slice(0, n))) n--;
    if (!text.includes(rest.slice(0, n))) return false;
    rest = rest.slice(n);
  }
  return true;
}

describe('rendering the 实训基地 application form', () => {
  const tmp = tempDir();
  let result: RenderDebugResult;
  let path: string;
  let pages: number;

  beforeAll(async () => {
    result = await renderDocument(
      trainingBaseForm(),
      { regular: regularFont() },
      { debug: true, creationDate: FIXED_DATE, metadata },
    );
    path = tmp.write('form.pdf', result.bytes);
    pages = pageCount(path);
  });
  afterAll(() => tmp.dispose());

  it('passes qpdf --check', () => {
    const check = qpdfCheck(path);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it('embeds exactly one font, as a subset with a ToUnicode map', () => {
    const fonts = pdfFonts(path);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes', type: 'CID TrueType' });
    expect(fonts[0]!.name).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular$/);
  });

  it('has a glyph for every character drawn', () => {
    expect(result.missingCharacters).toEqual([]);
  });

  it('reports the same page count as qpdf', () => {
    expect(result.pageCount).toBe(pages);
    expect(pages).toBe(3);
  });

  it('prints the applicant, every investment cell and the 大写金额', () => {
    const text = pdfText(path);
    expect(text).toContain(APPLICANT);
    expect(text).toContain(UPPERCASE_AMOUNT);
    expect(text).toContain('¥500,000.00');
    for (const header of INVESTMENT_COLUMNS) expect(text).toContain(header);
    const cells = INVESTMENT_ROWS.flat().filter((c) => c !== '');
    const unwrapped = cells.filter((c) => text.includes(c));
    // Only the long 实训场地改造 cell wraps; every other cell is on one line, exactly.
    expect(cells.filter((c) => !unwrapped.includes(c))).toEqual(['实训场地改造（水电、通风、照明）']);
    for (const cell of cells) expect(containsWrapped(text, cell), cell).toBe(true);
    // In content order (-raw) the wrapped cell's lines follow each other.
    const raw = noSpace(run('pdftotext', ['-raw', path, '-']));
    for (const cell of cells) expect(raw).toContain(noSpace(cell));
  });

  it('puts the document number in the header and 第 X 页 共 N 页 in the footer of every page', () => {
    for (let page = 1; page <= pages; page++) {
      const lines = pdfText(path, page).trimEnd().split('\n');
      expect(lines[0]).toContain(DOCUMENT_NUMBER);
      // pdftotext drops the narrow spaces of the CJK font; the PNGs show them.
      expect(noSpace(lines.at(-1)!)).toBe(`第${page}页共${pages}页`);
    }
  });

  it('writes the metadata', () => {
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(/Title:\s+衢州市产教融合实训基地建设补助申报表/);
    expect(info).toMatch(new RegExp(`Author:\\s+${APPLICANT}`));
    expect(info).toMatch(/Subject:\s+实训基地建设补助/);
    expect(info).toMatch(/Keywords:\s+实训基地 2025/);
    expect(info).toMatch(/Creator:\s+GrantDesk/);
    expect(info).toMatch(/CreationDate:\s+Tue Jul\s+1 08:00:00 2025 UTC/);
  });

  it('is byte-for-byte deterministic for a fixed creation date', async () => {
    const options = { creationDate: FIXED_DATE, metadata };
    const again = await renderDocument(trainingBaseForm(), { regular: regularFont() }, options);
    expect(sha(again)).toBe(sha(result.bytes));
    const later = await renderDocument(
      trainingBaseForm(),
      { regular: regularFont() },
      { ...options, creationDate: new Date('2025-07-02T08:00:00Z') },
    );
    expect(sha(later)).not.toBe(sha(result.bytes));
  });

  it('embeds Bold only when given and used', async () => {
    const withBold = tmp.write(
      'bold.pdf',
      await renderDocument(
        trainingBaseForm(),
        { regular: regularFont(), bold: boldFont() },
        { creationDate: FIXED_DATE },
      ),
    );
    const fonts = pdfFonts(withBold);
    expect(fonts.map((f) => f.name.split('+')[1]).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const f of fonts) expect(f).toMatchObject({ emb: 'yes', sub: 'yes' });

    const plain = trainingBaseForm();
    plain.blocks = plain.blocks.filter((b) => b.kind === 'paragraph');
    const unused = tmp.write(
      'unused-bold.pdf',
      await renderDocument(plain, { regular: regularFont(), bold: boldFont() }, { creationDate: FIXED_DATE }),
    );
    expect(pdfFonts(unused).map((f) => f.name.split('+')[1])).toEqual(['NotoSansSC-Regular']);
  });

  it('rejects a fields row whose spans do not fill the grid', async () => {
    const bad = {
      blocks: [{ kind: 'fields' as const, columns: 4 as const, rows: [[{ text: 'x', span: 3 }]] }],
    };
    await expect(renderDocument(bad, { regular: regularFont() })).rejects.toThrow(/spans 3 of 4/);
  });
});
