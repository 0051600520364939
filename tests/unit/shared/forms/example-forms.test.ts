// Every program's example draft printed and read back with the real tools: qpdf, pdffonts,
// pdftotext and an ink check of every text box rendered without any system font.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueAt, type ApplicationPdf } from '../../../../shared/forms';
import type { Draft } from '../../../../shared/schemas';
import {
  darkPixels,
  pageCount,
  pdfFonts,
  qpdfCheck,
  renderGreyWithoutSystemFonts,
  run,
  tempDir,
} from '../pdf/pdf-tools';
import { fixtureDrafts, renderRaw, screenshot, squash } from './form-tools';

const LISTS = [
  'partnerSchools',
  'investments',
  'interns',
  'apprentices',
  'teachers',
  'students',
  'people',
  'partners',
  'industryBodies',
];

/** Every `name` in the draft's lists: roster people, investment items, partners. */
function listNames(draft: Draft): string[] {
  return LISTS.flatMap((key) =>
    ((valueAt(draft, `data.${key}`) as { name: string }[] | undefined) ?? []).map((r) => r.name),
  );
}

const tmp = tempDir();
afterAll(() => tmp.dispose());

describe.each(fixtureDrafts())('the %s example', (program, raw) => {
  let pdf: ApplicationPdf & { checkedDraft: Draft };
  let path: string;

  beforeAll(async () => {
    pdf = await renderRaw(raw, { debug: true });
    path = tmp.write(`${program}.pdf`, pdf.bytes);
    screenshot(path, 1, `${program}-example-p1`);
    if (pdf.pageCount > 1) screenshot(path, 2, `${program}-example-p2`);
  });

  it('passes qpdf --check', () => {
    const check = qpdfCheck(path);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
  });

  it('embeds exactly one font, a subset with a ToUnicode map, and draws no missing glyph', () => {
    const fonts = pdfFonts(path);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(pdf.missingCharacters).toEqual([]);
    expect(pageCount(path)).toBe(pdf.pageCount);
  });

  it('prints the applicant, every listed name and the amount exactly', () => {
    const raw = squash(run('pdftotext', ['-raw', path, '-']));
    const layout = run('pdftotext', ['-layout', path, '-']);
    const draft = pdf.checkedDraft;
    expect(layout).toContain(draft.applicant.name);
    expect(raw).toContain(draft.applicant.orgCode);
    const names = listNames(draft);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(raw, name).toContain(squash(name));
    expect(layout).toContain('承诺书');
    expect(layout).toContain('申报单位（盖章）');
  });

  it('prints the 大写金额, or says the policy sets no amount', async () => {
    const { checkForPrint } = await import('../../../../shared/forms');
    const amount = checkForPrint(raw, { today: '2026-01-10' }).check.amount;
    const text = squash(run('pdftotext', ['-raw', path, '-']));
    if (amount.status === 'no-amount') {
      expect(text).toContain('本文件未规定补助金额');
      expect(text).not.toContain('大写金额');
    } else {
      expect(amount.amountText).toBeTruthy();
      expect(text).toContain(`大写金额${amount.amountText}`);
    }
    if (amount.status === 'user-supplied') expect(text).toContain('（自填标准）');
  });

  it('leaves ink in every text box with no system fonts', () => {
    const dir = tempDir();
    try {
      const images = renderGreyWithoutSystemFonts(dir.write('ink.pdf', pdf.bytes), dir.dir, 72);
      const boxes = pdf.textBoxes.filter((b) => b.text.trim() !== '');
      expect(boxes.length).toBeGreaterThan(60);
      const blank = boxes
        .filter((b) => darkPixels(images[b.page - 1]!, b, 72) === 0)
        .map((b) => `p${b.page} ${b.text}`);
      expect(blank).toEqual([]);
    } finally {
      dir.dispose();
    }
  });

  it('has the document number and the 申报编号 in the header and 第 X 页 共 N 页 on every page', () => {
    for (let page = 1; page <= pdf.pageCount; page++) {
      const lines = run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'])
        .trimEnd()
        .split('\n');
      expect(lines[0]).toMatch(/〔20\d\d〕\d+号/);
      // A human 申报编号 (program code, year, sequence 001 for a lone draft), never the internal id.
      expect(lines[0]).toMatch(/申报编号：[A-Z]{3,4}-20\d\d-001$/);
      expect(lines[0]).not.toContain(pdf.checkedDraft.id);
      expect(squash(lines.at(-1)!)).toBe(`第${page}页共${pdf.pageCount}页`);
    }
  });
});
