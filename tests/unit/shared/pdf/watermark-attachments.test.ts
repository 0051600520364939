// The draft stamp on every page, and attached files that survive a round trip.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readAttachments, renderDocument } from '../../../../shared/pdf';
import { trainingBaseForm } from '../../../fixtures/pdf/training-base-form';
import {
  FIXED_DATE,
  pageCount,
  qpdfCheck,
  regularFont,
  renderGreyWithoutSystemFonts,
  run,
  tempDir,
} from './pdf-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());

const rawPageText = (path: string, page: number) =>
  run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), path, '-']).replace(/\s+/g, '');

describe('watermark', () => {
  it.each(['over', 'behind'] as const)('stamps 草稿 on every page (%s the content)', async (placement) => {
    const path = tmp.write(
      `draft-${placement}.pdf`,
      await renderDocument(
        trainingBaseForm(),
        { regular: regularFont() },
        {
          watermark: { text: '草稿', placement },
          creationDate: FIXED_DATE,
        },
      ),
    );
    expect(qpdfCheck(path).status).toBe(0);
    const pages = pageCount(path);
    for (let p = 1; p <= pages; p++) expect(rawPageText(path, p)).toContain('草稿');
  });

  it('leaves grey ink at the page centre, where the unstamped page is white', async () => {
    const clean = tmp.write(
      'clean.pdf',
      await renderDocument(trainingBaseForm(), { regular: regularFont() }, { creationDate: FIXED_DATE }),
    );
    const stamped = tmp.write(
      'stamped.pdf',
      await renderDocument(
        trainingBaseForm(),
        { regular: regularFont() },
        { watermark: '草稿', creationDate: FIXED_DATE },
      ),
    );
    expect(rawPageText(clean, 3)).not.toContain('草稿');
    // Page 3 is blank around its centre; count light-grey pixels in a 120 pt square there.
    const grey = (path: string, name: string) => {
      const dir = tempDir();
      try {
        const [, , page3] = renderGreyWithoutSystemFonts(
          dir.write(name, new Uint8Array(readFileSync(path))),
          dir.dir,
          72,
        );
        let n = 0;
        for (let y = 361; y < 481; y++)
          for (let x = 238; x < 358; x++) {
            const v = page3!.pixels[y * page3!.width + x]!;
            if (v > 150 && v < 245) n++;
          }
        return n;
      } finally {
        dir.dispose();
      }
    };
    expect(grey(clean, 'clean.pdf')).toBe(0);
    expect(grey(stamped, 'stamped.pdf')).toBeGreaterThan(500);
  });
});

describe('attachments', () => {
  it('round-trips an attached draft JSON byte for byte', async () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ draftId: 'd-0137', applicant: '衢州市智造职业技术学校', fen: 50000000 }),
    );
    const bytes = await renderDocument(
      trainingBaseForm(),
      { regular: regularFont() },
      {
        creationDate: FIXED_DATE,
        attachments: [
          { name: 'draft.json', bytes: json, mimeType: 'application/json', description: '申报草稿' },
        ],
      },
    );
    const path = tmp.write('attached.pdf', bytes);
    expect(qpdfCheck(path).status).toBe(0);
    expect(run('qpdf', ['--list-attachments', path])).toContain('draft.json');
    const [read] = await readAttachments(bytes);
    expect(read?.name).toBe('draft.json');
    expect(read?.bytes).toEqual(json);
    expect(new Uint8Array(execFileSync('qpdf', ['--show-attachment=draft.json', path]))).toEqual(json);
  });

  it('finds no attachments in a PDF without any', async () => {
    const bytes = await renderDocument(
      { blocks: [{ kind: 'paragraph', text: '无附件' }] },
      { regular: regularFont() },
    );
    expect(await readAttachments(bytes)).toEqual([]);
  });
});
