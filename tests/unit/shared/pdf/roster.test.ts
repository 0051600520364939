// A 300-row roster: header row on every page, no row lost or repeated, footer total = real pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../../shared/pdf';
import { ROSTER_COLUMNS, rosterDocument, rosterName } from '../../../fixtures/pdf/roster';
import { FIXED_DATE, pageCount, pdfText, qpdfCheck, regularFont, run, tempDir } from './pdf-tools';

// Enough text for one cell to need about two pages.
const ITEMS = 450;
const ROW = /^\s*(\d+)\s+(\S+)\s+330802/;

describe('a 300-row roster', () => {
  const tmp = tempDir();
  let path: string;
  let pages: number;
  let pageTexts: string[];

  beforeAll(async () => {
    path = tmp.write(
      'roster.pdf',
      await renderDocument(rosterDocument(300), { regular: regularFont() }, { creationDate: FIXED_DATE }),
    );
    pages = pageCount(path);
    pageTexts = Array.from({ length: pages }, (_, i) => pdfText(path, i + 1));
  });
  afterAll(() => tmp.dispose());

  it('is a valid PDF of 8 pages (40 rows a page, the caption on the first)', () => {
    expect(qpdfCheck(path).status).toBe(0);
    expect(pages).toBe(8);
  });

  it('repeats the header row at the top of every page', () => {
    pageTexts.forEach((text) => {
      const headerLine = text.split('\n').find((l) => l.includes(ROSTER_COLUMNS[0]));
      expect(headerLine).toBeDefined();
      for (const col of ROSTER_COLUMNS) expect(headerLine).toContain(col);
      // The header comes before the first data row of the page.
      expect(text.indexOf(ROSTER_COLUMNS[0])).toBeLessThan(text.search(/^\s*\d+\s+\S+\s+330802/m));
    });
  });

  it('prints every row exactly once, in order, with the right name', () => {
    const rows = pageTexts.flatMap((t) => t.split('\n').flatMap((l) => (ROW.exec(l) ? [ROW.exec(l)!] : [])));
    expect(rows.map((m) => Number(m[1]))).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    rows.forEach((m, i) => expect(m[2]).toBe(rosterName(i)));
    const all = pageTexts.join('\n');
    for (let i = 0; i < 300; i++) expect(all.split(rosterName(i)).length - 1).toBe(1);
  });

  it('fits 40 rows on each full page', () => {
    const perPage = pageTexts.map((t) => t.split('\n').filter((l) => ROW.test(l)).length);
    expect(perPage.slice(1, -1).every((n) => n === 40)).toBe(true);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(300);
  });

  it('says 共 Y 页 with the real page count on every page', () => {
    pageTexts.forEach((text, i) => {
      expect(text.trimEnd().split('\n').at(-1)!.replace(/\s+/g, '')).toBe(`第${i + 1}页共${pages}页`);
    });
  });

  it('splits a row taller than a page across pages instead of losing it', async () => {
    const long = Array.from({ length: ITEMS }, (_, i) => `第${i + 1}条说明文字。`).join('');
    const file = tmp.write(
      'tall-row.pdf',
      await renderDocument(
        {
          blocks: [
            {
              kind: 'table',
              columns: [{ header: '事项', width: { mm: 30 } }, { header: '说明' }],
              rows: [
                ['前一行', '短'],
                ['超长行', long],
                ['后一行', '短'],
              ],
            },
          ],
        },
        { regular: regularFont() },
        { creationDate: FIXED_DATE },
      ),
    );
    expect(qpdfCheck(file).status).toBe(0);
    const n = pageCount(file);
    expect(n).toBeGreaterThanOrEqual(2);
    // Content order, without the page furniture and the repeated header between the two parts.
    const flat = run('pdftotext', ['-raw', file, '-'])
      .replace(/\s+/g, '')
      .replace(/第\d+页共\d+页/g, '')
      .replaceAll('超长行', '')
      .replaceAll('事项说明', '');
    expect(flat).toContain(['前一行短', long, '后一行短'].join(''));
    for (let p = 2; p <= n; p++) expect(pdfText(file, p)).toMatch(/事项\s+说明/);
  });
});
