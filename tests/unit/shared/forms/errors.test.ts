// Every FormError the form functions throw carries an English sentence for the English interface,
// with no Chinese in it except the user data it quotes (a file name, a finding's text, a citation).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  extractDraftFromPdf,
  fillAcroForm,
  FormError,
  listAcroFields,
  type FormAttachmentFile,
  type FormErrorCode,
} from '../../../../shared/forms';
import type { Finding } from '../../../../shared/policy/types';
import { regularFont, tempDir } from '../pdf/pdf-tools';
import { checked, fixtureDrafts, renderRaw } from './form-tools';
import { ihdr, png, pngChunk, pngOf } from './image-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const [, raw] = fixtureDrafts().find(([p]) => p === 'training-base')!;
const c = checked(raw);
const text = (s: string) => new TextEncoder().encode(s);

// Han characters, CJK punctuation (、。「」〔〕) and full-width forms (（）：，).
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The CJK characters of `sentence` left once each piece of quoted user data is cut out. */
function cjkOutside(sentence: string, quoted: readonly string[]): string[] {
  const rest = quoted.reduce((s, q) => s.split(q).join(' '), sentence);
  return [...rest].filter((ch) => CJK.test(ch));
}

async function encryptedPdf(): Promise<Uint8Array> {
  const plain = await PDFDocument.create();
  plain.addPage();
  const locked = join(tmp.dir, 'locked.pdf');
  execFileSync('qpdf', [
    '--encrypt',
    'user',
    'owner',
    '256',
    '--',
    tmp.write('plain.pdf', await plain.save()),
    locked,
  ]);
  return new Uint8Array(readFileSync(locked));
}

async function fillablePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.getForm().createTextField('申请人').addToPage(doc.addPage());
  return doc.save();
}

async function pdfWithBrokenDraft(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(text('{"id": '), 'draft.json', { mimeType: 'application/json' });
  return doc.save();
}

const IEND = pngChunk('IEND', new Uint8Array());

/** One unreadable attachment per reason, each named in Chinese so the quoting is tested too. */
const badFiles = async (): Promise<FormAttachmentFile[]> => [
  { name: '营业执照.jpg', mime: 'image/jpeg', bytes: text('not a picture') },
  { name: '现场照片.jpg', mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]) },
  { name: '合影.jpg', mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 0xff, 0xd9]) },
  { name: '场地.png', mime: 'image/png', bytes: png().slice(0, 60) },
  { name: '校验.png', mime: 'image/png', bytes: png().map((b, i) => (i === 60 ? b ^ 0xff : b)) },
  { name: '首块.png', mime: 'image/png', bytes: pngOf(IEND, ihdr(4, 4)) },
  { name: '无图.png', mime: 'image/png', bytes: pngOf(ihdr(4, 4), IEND) },
  { name: '车间.png', mime: 'image/png', bytes: pngOf(ihdr(4, 4), pngChunk('IDAT', text('x')), IEND) },
  { name: '平面图.png', mime: 'image/png', bytes: text('GIF89a') },
  { name: '合同.pdf', mime: 'application/pdf', bytes: text('<html>') },
  { name: '发票.pdf', mime: 'application/pdf', bytes: text('%PDF-') },
  { name: '纳税证明.pdf', mime: 'application/pdf', bytes: await encryptedPdf() },
  {
    name: '空白.pdf',
    mime: 'application/pdf',
    bytes: await (await PDFDocument.create()).save({ addDefaultPage: false }),
  },
  { name: '说明.docx', mime: 'application/msword', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) },
];

const clause = { policy: 'quzhou-2025', docNumber: '衢政办发〔2025〕10号', ref: '二(六)19' } as const;
const finding: Finding = {
  ruleId: 't.a',
  severity: 'error',
  path: [],
  clause,
  message: '第1行发票「发票甲」的开票日期晚于申报日期',
  messageEn: 'Row 1: invoice 发票甲 is dated after the application date',
};

/** Every way a form function fails, with the user data its message may quote. */
async function everyError(): Promise<[string, () => Promise<unknown>, string[]][]> {
  const files = await badFiles();
  const pdfLibReason = 'Failed to parse PDF document (line:0 col:18 offset=9): No PDF header found';
  const draftErrors = { findings: [finding], amount: c.check.amount };
  const stale = { formFingerprint: '0'.repeat(64), fields: {} };
  const fillable = await fillablePdf();
  return [
    ...files.map((f): [string, () => Promise<unknown>, string[]] => [
      `attachment ${f.name}`,
      () => renderRaw(raw, { attachments: [f] }),
      [`"${f.name}"`],
    ]),
    [
      'draft with errors',
      () => renderRaw(raw, { checkResult: draftErrors }),
      [finding.messageEn, clause.docNumber, clause.ref],
    ],
    [
      'mapping for another form',
      () => fillAcroForm(fillable, c.draft, stale, { regular: regularFont() }, { flatten: true }),
      [],
    ],
    ['fields of a non-PDF', () => listAcroFields(text('not a pdf')), [pdfLibReason]],
    ['draft of a non-PDF', () => extractDraftFromPdf(text('not a pdf')), [pdfLibReason]],
    ['draft that is not JSON', async () => extractDraftFromPdf(await pdfWithBrokenDraft()), []],
  ];
}

describe('FormError in English', () => {
  it('has no Chinese outside quoted user data, for every error thrown, and covers every code', async () => {
    const codes: Record<FormErrorCode, number> = {
      'draft-has-errors': 0,
      'attachment-unreadable': 0,
      'mapping-mismatch': 0,
      'not-a-pdf': 0,
      'no-draft-inside': 0,
    };
    const cases = await everyError();
    for (const [label, fail, quoted] of cases) {
      const failure = await fail().then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure, label).toBeInstanceOf(FormError);
      const { code, message, messageEn } = failure as FormError;
      codes[code]++;
      expect(cjkOutside(message, quoted).length, `${label}: the Chinese message`).toBeGreaterThan(0);
      expect(messageEn, label).not.toBe('');
      expect(cjkOutside(messageEn, quoted), `${label}: ${messageEn}`).toEqual([]);
      for (const q of quoted) expect(messageEn, label).toContain(q);
    }
    expect(codes).toEqual({
      'draft-has-errors': 1,
      'attachment-unreadable': 14,
      'mapping-mismatch': 1,
      'not-a-pdf': 2,
      'no-draft-inside': 1,
    });
  });

  it('finds CJK characters and punctuation it is meant to catch', () => {
    expect(cjkOutside('Attachment "发票.pdf" cannot be read', ['"发票.pdf"'])).toEqual([]);
    expect(cjkOutside('Attachment 发票.pdf cannot be read', ['"发票.pdf"'])).toEqual(['发', '票']);
    expect(cjkOutside('damaged（PNG）：', [])).toEqual(['（', '）', '：']);
    expect(cjkOutside('use JPG、PNG', [])).toEqual(['、']);
  });
});
