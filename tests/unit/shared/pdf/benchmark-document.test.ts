// The benchmark document (form + 300-row roster): size target, and screenshots to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../../shared/pdf';
import { benchmarkDocument } from '../../../fixtures/pdf/benchmark-document';
import { FIXED_DATE, pageCount, pdfFonts, qpdfCheck, regularFont, run, tempDir } from './pdf-tools';

const SCREENSHOTS = 'test-results/pdf';

describe('the benchmark document', () => {
  const tmp = tempDir();
  let bytes: Uint8Array;
  let path: string;

  beforeAll(async () => {
    bytes = await renderDocument(
      benchmarkDocument(),
      { regular: regularFont() },
      { creationDate: FIXED_DATE },
    );
    path = tmp.write('benchmark.pdf', bytes);
  });
  afterAll(() => tmp.dispose());

  it('is 11 valid pages with one embedded subset font', () => {
    expect(qpdfCheck(path).status).toBe(0);
    expect(pageCount(path)).toBe(11);
    expect(pdfFonts(path)).toMatchObject([{ emb: 'yes', sub: 'yes' }]);
  });

  it('stays under the 120 KB target of the issue', () => {
    expect(bytes.length).toBeLessThan(120 * 1024);
  });

  it('writes screenshots of the first form page and a roster page', () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path,
      join(SCREENSHOTS, 'form-page-1'),
    ]);
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '6',
      '-l',
      '6',
      '-singlefile',
      path,
      join(SCREENSHOTS, 'roster-page-6'),
    ]);
    for (const name of ['form-page-1.png', 'roster-page-6.png']) {
      const png = readFileSync(join(SCREENSHOTS, name));
      // IHDR: width and height of A4 at 60 dpi.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([497, 702]);
    }
  });
});
