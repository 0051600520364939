// Printing a draft: errors refuse the print unless forced (then 草稿 on every page), the draft rides
// inside as draft.json and comes back out, and the metadata names policy, pack and hashes.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { extractDraftFromPdf, FormError, draftJson, type ApplicationPdf } from '../../../../shared/forms';
import type { Finding } from '../../../../shared/policy/types';
import type { Draft } from '../../../../shared/schemas';
import { qpdfCheck, run, tempDir } from '../pdf/pdf-tools';
import { checked, fixtureDrafts, renderRaw, squash } from './form-tools';

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
    expect((failure as FormError).messageEn).toBe(
      'The draft has 1 error and cannot be printed as the final application:\n' +
        '1. Row 1: invoice 25332330802000107919 is dated 2099-01-01, after the application date 2025-10-20',
    );
  });

  it('lists only the errors, numbered, each with its clause, in both languages', async () => {
    const clause = { policy: 'quzhou-2025', docNumber: '衢政办发〔2025〕10号', ref: '二(六)19' } as const;
    const findings: Finding[] = [
      {
        ruleId: 't.a',
        severity: 'error',
        path: [],
        clause,
        message: '投资额不足',
        messageEn: 'The investment is too small',
      },
      { ruleId: 't.w', severity: 'warning', path: [], clause, message: '请核对', messageEn: 'Please check' },
      {
        ruleId: 't.b',
        severity: 'error',
        path: [],
        clause: null,
        message: '缺少营业执照',
        messageEn: 'The licence is missing',
      },
    ];
    const checkResult = { findings, amount: checked(trainingBase).check.amount };
    const failure = await renderRaw(trainingBase, { checkResult }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FormError);
    expect((failure as FormError).code).toBe('draft-has-errors');
    expect((failure as FormError).message).toBe(
      '草稿有 2 处错误，不能打印正式申报表：\n1. 投资额不足（衢政办发〔2025〕10号 二(六)19）\n2. 缺少营业执照',
    );
    expect((failure as FormError).messageEn).toBe(
      'The draft has 2 errors and cannot be printed as the final application:\n' +
        '1. The investment is too small (衢政办发〔2025〕10号 二(六)19)\n2. The licence is missing',
    );
    expect((failure as FormError).detail).toEqual([findings[0], findings[2]]);
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
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await extractDraftFromPdf(await blank.save())).toBeNull();
    await expect(extractDraftFromPdf(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({
      code: 'not-a-pdf',
      message: '无法读取该 PDF：Failed to parse PDF document (line:0 col:18 offset=9): No PDF header found',
      messageEn:
        'Cannot read this PDF: Failed to parse PDF document (line:0 col:18 offset=9): No PDF header found',
    });
  });
});

describe('a PDF carrying a broken draft', () => {
  it('says the draft.json inside is not JSON', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(new TextEncoder().encode('{"id": '), 'draft.json', { mimeType: 'application/json' });
    await expect(extractDraftFromPdf(await doc.save())).rejects.toMatchObject({
      code: 'no-draft-inside',
      message: 'PDF 中的 draft.json 不是有效的 JSON',
      messageEn: 'The draft.json inside the PDF is not valid JSON',
    });
  });
});
