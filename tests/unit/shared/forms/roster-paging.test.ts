// A 300-row roster pages with its header repeated and the page count right; the richer examples of
// every program are rendered for the screenshots under test-results/forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationPdf } from '../../../../shared/forms';
import type { Draft } from '../../../../shared/schemas';
import { exampleDrafts, onePlusXExample } from '../../../fixtures/forms/example-drafts';
import { qpdfCheck, run, tempDir } from '../pdf/pdf-tools';
import { renderRaw, screenshot, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const pageText = (path: string, page: number) =>
  run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-']);

describe('a 300-student 1+X roster', () => {
  const example = onePlusXExample(300);
  let pdf: ApplicationPdf & { checkedDraft: Draft };
  let path: string;

  beforeAll(async () => {
    pdf = await renderRaw(example.draft);
    path = tmp.write('roster.pdf', pdf.bytes);
  });

  it('takes about 40 rows a page and passes qpdf', () => {
    expect(qpdfCheck(path).status).toBe(0);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(9);
    expect(pdf.pageCount).toBeLessThanOrEqual(13);
  });

  it('repeats the column header and numbers every page 第 X 页 共 N 页', () => {
    let pagesWithRows = 0;
    for (let page = 1; page <= pdf.pageCount; page++) {
      const text = pageText(path, page);
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toContain('衢政办发〔2025〕10号');
      expect(squash(lines.at(-1)!)).toBe(`第${page}页共${pdf.pageCount}页`);
      const rows = [...text.matchAll(/\b(\d{1,3})\s+\S+\s+\d{17}[\dX]/g)].map((m) => Number(m[1]));
      if (rows.length === 0) continue;
      pagesWithRows++;
      expect(squash(text), `page ${page}`).toContain('序号姓名身份证号专业');
    }
    expect(pagesWithRows).toBeGreaterThanOrEqual(8);
  });

  it('prints all 300 names and full ID numbers, 序号 1 to 300 in order', () => {
    const raw = squash(run('pdftotext', ['-raw', path, '-']));
    for (const student of (pdf.checkedDraft as Draft<'one-plus-x'>).data.students) {
      expect(raw).toContain(student.name);
      expect(raw).toContain(student.idNumber);
    }
    const layout = run('pdftotext', ['-layout', path, '-']);
    const serials = [...layout.matchAll(/^\s*(\d{1,3})\s+\S+\s+\d{17}[\dX]/gm)].map((m) => Number(m[1]));
    expect(serials).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(squash(layout)).toContain('大写金额柒拾贰万元整');
  });
});

describe('screenshots of every program', () => {
  it.each(exampleDrafts().map((e) => [e.program, e] as const))(
    '%s: page 1 and a roster page',
    async (program, e) => {
      const pdf = await renderRaw(e.draft);
      const path = tmp.write(`${program}-rich.pdf`, pdf.bytes);
      expect(qpdfCheck(path).status).toBe(0);
      screenshot(path, 1, `${program}-p1`);
      screenshot(path, Math.min(2, pdf.pageCount), `${program}-p2`);
      const raw = squash(run('pdftotext', ['-raw', path, '-']));
      for (const name of e.names) expect(raw, name).toContain(squash(name));
    },
  );
});
