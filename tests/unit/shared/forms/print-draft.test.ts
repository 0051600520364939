// Printing a draft: errors refuse the print unless forced (then 草稿 on every page), the draft rides
// inside as draft.json and comes back out, and the metadata names policy, pack and hashes.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDraftFromPdf, FormError, draftJson, type ApplicationPdf } from '../../../../shared/forms';
import type { Draft } from '../../../../shared/schemas';
import { qpdfCheck, run, tempDir } from '../pdf/pdf-tools';
import { fixtureDrafts, renderRaw, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const rawPage = (path: string, page: number) =>
  squash(run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), path, '-']));

const [, trainingBase] = fixtureDrafts().find(([p]) => p === 'training-base')!;
// An invoice dated after the application date: an error finding of the training-base rules.
const withError = structuredClone(trainingBase) as { data: { investments: { invoiceDate: string }[] } };
withError.data.investments[0]!.invoiceDate = '2099-01-01';

describe('a draft with errors', () => {
  it('is refused without force, the message listing each error', async () => {
    const failure = await renderRaw(withError).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FormError);
    expect((failure as FormError).code).toBe('draft-has-errors');
    expect((failure as FormError).message).toMatch(
      /^草稿有 \d+ 处错误，不能打印正式申报表：\n1\. .*2099-01-01/,
    );
  });

  it('is stamped 草稿 on every page when forced', async () => {
    const pdf = await renderRaw(withError, { force: true });
    const path = tmp.write('forced.pdf', pdf.bytes);
    expect(pdf.watermarked).toBe(true);
    expect(qpdfCheck(path).status).toBe(0);
    for (let p = 1; p <= pdf.pageCount; p++) expect(rawPage(path, p)).toContain('草稿');
  });
});

describe('a clean draft', () => {
  let pdf: ApplicationPdf & { checkedDraft: Draft };
  let path: string;
  beforeAll(async () => {
    pdf = await renderRaw(trainingBase);
    path = tmp.write('clean.pdf', pdf.bytes);
  });

  it('has no 草稿 anywhere', () => {
    expect(pdf.watermarked).toBe(false);
    for (let p = 1; p <= pdf.pageCount; p++) expect(rawPage(path, p)).not.toContain('草稿');
  });

  it('gives its draft back exactly, with a hash the keywords confirm', async () => {
    const extracted = await extractDraftFromPdf(pdf.bytes);
    expect(extracted?.json).toBe(draftJson(pdf.checkedDraft));
    expect(extracted?.draft).toEqual(pdf.checkedDraft);
    expect(extracted?.hashMatches).toBe(true);
    expect(extracted?.sha256).toBe(pdf.draftSha256);
    expect(run('qpdf', ['--list-attachments', path])).toContain('draft.json');
  });

  it('writes title, subject and keywords with policy, pack and the draft hash', () => {
    const info = run('pdfinfo', [path]);
    const draft = pdf.checkedDraft;
    expect(info).toMatch(
      new RegExp(`Title:\\s+衢州市产教融合实训基地建设补助申报表（${draft.applicant.name}）`),
    );
    expect(info).toMatch(/Subject:\s+产教融合实训基地建设补助/);
    const keywords = /Keywords:\s+(.*)/.exec(info)?.[1]?.split(' ') ?? [];
    expect(keywords).toEqual(
      expect.arrayContaining(['policy:quzhou-2025', 'pack:quzhou-2025@test', `sha256:${pdf.draftSha256}`]),
    );
    const sha = createHash('sha256')
      .update(new TextEncoder().encode(draftJson(draft)))
      .digest('hex');
    expect(pdf.draftSha256).toBe(sha);
  });

  it('reports the SHA-256 of its own bytes and is deterministic for a fixed date', async () => {
    expect(pdf.sha256).toBe(createHash('sha256').update(pdf.bytes).digest('hex'));
    expect((await renderRaw(trainingBase)).sha256).toBe(pdf.sha256);
  });

  it('finds no draft in a PDF without one, and says when the bytes are not a PDF', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await extractDraftFromPdf(await blank.save())).toBeNull();
    await expect(extractDraftFromPdf(new TextEncoder().encode('not a pdf'))).rejects.toThrow(
      /无法读取该 PDF/,
    );
  });
});
