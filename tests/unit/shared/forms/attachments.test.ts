// Attachments printed after the form: a PNG and a JPG fitted on captioned pages, a PDF page by page,
// and any unreadable file failing the whole print with a message naming it, in Chinese and in English.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormError, type ApplicationPdf, type FormAttachmentFile } from '../../../../shared/forms';
import { darkPixels, qpdfCheck, renderGreyWithoutSystemFonts, run, tempDir } from '../pdf/pdf-tools';
import { fixtureDrafts, renderRaw, screenshot, squash } from './form-tools';
import { ihdr, png, pngChunk, pngOf } from './image-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const [, draft] = fixtureDrafts().find(([p]) => p === 'training-base')!;

async function twoPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([595, 842]).drawText(`Licence copy page ${n}`, { x: 60, y: 760, size: 28, font });
  return doc.save();
}

/** A JPG made by poppler from a rendered PDF page. */
function jpg(pdf: Uint8Array): Uint8Array {
  const src = tmp.write('jpg-source.pdf', pdf);
  execFileSync('pdftoppm', [
    '-jpeg',
    '-r',
    '20',
    '-singlefile',
    '-f',
    '1',
    '-l',
    '1',
    src,
    join(tmp.dir, 'photo'),
  ]);
  return new Uint8Array(readFileSync(join(tmp.dir, 'photo.jpg')));
}

describe('attachments after the form', () => {
  let pdf: ApplicationPdf;
  let path: string;
  let formOnly: ApplicationPdf;

  beforeAll(async () => {
    const licence = await twoPagePdf();
    const files: FormAttachmentFile[] = [
      { name: '营业执照.png', mime: 'image/png', bytes: png() },
      { name: '验收证明.pdf', mime: 'application/pdf', bytes: licence },
      { name: '现场照片.jpg', mime: 'image/jpeg', bytes: jpg(licence) },
    ];
    formOnly = await renderRaw(draft);
    pdf = await renderRaw(draft, { attachments: files });
    path = tmp.write('with-attachments.pdf', pdf.bytes);
    screenshot(path, pdf.formPageCount + 1, 'attachment-png');
    screenshot(path, pdf.formPageCount + 2, 'attachment-pdf');
  });

  it('adds one page per image and per PDF page, numbered with the form', () => {
    expect(pdf.formPageCount).toBe(formOnly.pageCount);
    expect(pdf.pageCount).toBe(formOnly.pageCount + 1 + 2 + 1);
    expect(Number(run('qpdf', ['--show-npages', path]).trim())).toBe(pdf.pageCount);
    expect(qpdfCheck(path).status).toBe(0);
    const last = run('pdftotext', [
      '-layout',
      '-f',
      String(pdf.pageCount),
      '-l',
      String(pdf.pageCount),
      path,
      '-',
    ]);
    expect(squash(last)).toContain(`第${pdf.pageCount}页共${pdf.pageCount}页`);
  });

  it('captions each attachment page and keeps the PDF pages text', () => {
    const page = (n: number) =>
      squash(run('pdftotext', ['-raw', '-f', String(n), '-l', String(n), path, '-']));
    const first = pdf.formPageCount + 1;
    expect(page(first)).toContain('附件1：营业执照.png');
    expect(page(first + 1)).toContain('附件2：验收证明.pdf（共2页，第1页）');
    expect(page(first + 1)).toContain('Licencecopypage1');
    expect(page(first + 2)).toContain('Licencecopypage2');
    expect(page(first + 3)).toContain('附件3：现场照片.jpg');
  });

  it('draws the image inside the page under its caption', () => {
    const images = renderGreyWithoutSystemFonts(tmp.write('ink.pdf', pdf.bytes), tmp.dir, 36);
    const pngPage = images[pdf.formPageCount]!;
    // A4 at 36 dpi is 298×421 px; the image fills the width below the caption.
    expect(darkPixels(pngPage, { x: 80, y: 500, width: 420, height: 100 }, 36)).toBeGreaterThan(1000);
    expect(darkPixels(pngPage, { x: 80, y: 40, width: 420, height: 20 }, 36)).toBe(0);
  });
});

describe('an unreadable attachment', () => {
  const good: FormAttachmentFile = { name: '营业执照.png', mime: 'image/png', bytes: png() };
  const cases: [string, FormAttachmentFile, string, string][] = [
    [
      'corrupt JPG',
      { name: '营业执照.jpg', mime: 'image/jpeg', bytes: new TextEncoder().encode('this is not a picture') },
      '附件「营业执照.jpg」无法读取：文件已损坏，不是有效的 JPG 图片',
      'Attachment "营业执照.jpg" cannot be read: the file is damaged and is not a valid JPG image',
    ],
    [
      'truncated JPG',
      {
        name: '现场照片.jpg',
        mime: 'image/jpeg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]),
      },
      '附件「现场照片.jpg」无法读取：文件不完整或已损坏（缺少 JPEG 结束标记）',
      'Attachment "现场照片.jpg" cannot be read: the file is incomplete or damaged (the JPEG end-of-image marker is missing)',
    ],
    [
      'JPG that pdf-lib cannot embed',
      {
        name: '合影.jpg',
        mime: 'image/jpeg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 0xff, 0xd9]),
      },
      '附件「合影.jpg」无法读取：文件已损坏，不是有效的 JPG 图片',
      'Attachment "合影.jpg" cannot be read: the file is damaged and is not a valid JPG image',
    ],
    [
      'corrupt PNG',
      { name: '场地.png', mime: 'image/png', bytes: png().slice(0, 60) },
      '附件「场地.png」无法读取：文件不完整或已损坏（PNG 数据被截断）',
      'Attachment "场地.png" cannot be read: the file is incomplete or damaged (the PNG data is cut short)',
    ],
    [
      'PNG that pdf-lib cannot embed',
      {
        name: '车间.png',
        mime: 'image/png',
        bytes: pngOf(
          ihdr(4, 4),
          pngChunk('IDAT', new TextEncoder().encode('garbage!')),
          pngChunk('IEND', new Uint8Array()),
        ),
      },
      '附件「车间.png」无法读取：文件已损坏，不是有效的 PNG 图片',
      'Attachment "车间.png" cannot be read: the file is damaged and is not a valid PNG image',
    ],
    [
      'file claiming to be a PNG',
      { name: '平面图.png', mime: 'image/png', bytes: new TextEncoder().encode('GIF89a') },
      '附件「平面图.png」无法读取：文件已损坏，不是有效的 PNG 图片',
      'Attachment "平面图.png" cannot be read: the file is damaged and is not a valid PNG image',
    ],
    [
      'file claiming to be a PDF',
      { name: '合同.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('<html>') },
      '附件「合同.pdf」无法读取：文件已损坏，不是有效的 PDF',
      'Attachment "合同.pdf" cannot be read: the file is damaged and is not a valid PDF',
    ],
    [
      'PDF pdf-lib cannot parse',
      { name: '发票.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-') },
      '附件「发票.pdf」无法读取：文件已损坏，不是有效的 PDF',
      'Attachment "发票.pdf" cannot be read: the file is damaged and is not a valid PDF',
    ],
    [
      'PDF that is only a header (no page tree)',
      { name: '证明.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') },
      '附件「证明.pdf」无法读取：文件已损坏，不是有效的 PDF',
      'Attachment "证明.pdf" cannot be read: the file is damaged and is not a valid PDF',
    ],
    [
      'unsupported type',
      {
        name: '说明.docx',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
      },
      '附件「说明.docx」无法读取：不支持的文件类型（application/vnd.openxmlformats-officedocument.wordprocessingml.document），请使用 JPG、PNG、PDF 或 OFD',
      'Attachment "说明.docx" cannot be read: unsupported file type (application/vnd.openxmlformats-officedocument.wordprocessingml.document); use JPG, PNG, PDF or OFD',
    ],
  ];

  it.each(cases)('%s fails the whole print, naming the file', async (_, bad, message, messageEn) => {
    const failure = await renderRaw(draft, { attachments: [good, bad] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FormError);
    expect((failure as FormError).code).toBe('attachment-unreadable');
    expect((failure as FormError).message).toBe(message);
    expect((failure as FormError).messageEn).toBe(messageEn);
  });

  it('a PDF page without a content stream is printed as a blank framed page, not refused', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    const blank = await doc.save();
    const file = { name: '空白页.pdf', mime: 'application/pdf', bytes: blank };
    const printed = await renderRaw(draft, { attachments: [file] });
    expect(printed.pageCount).toBe(printed.formPageCount + 1);
    const path = tmp.write('blank-attachment.pdf', printed.bytes);
    expect(qpdfCheck(path).status).toBe(0);
    const last = String(printed.pageCount);
    expect(squash(run('pdftotext', ['-raw', '-f', last, '-l', last, path, '-']))).toContain(
      '附件1：空白页.pdf',
    );
  });

  it('a page whose content stream is missing from the file is refused, not printed blank', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Invoice 0001', { x: 60, y: 760, size: 28, font });
    page.node.set(PDFName.of('Contents'), PDFRef.of(9999));
    const file = { name: '发票.pdf', mime: 'application/pdf', bytes: await doc.save() };
    await expect(renderRaw(draft, { attachments: [file] })).rejects.toMatchObject({
      code: 'attachment-unreadable',
      message: '附件「发票.pdf」无法读取：文件已损坏，不是有效的 PDF',
    });
  });

  it('a PDF without pages fails with its own message', async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    const bad = { name: '空白.pdf', mime: 'application/pdf', bytes: empty };
    await expect(renderRaw(draft, { attachments: [bad] })).rejects.toMatchObject({
      code: 'attachment-unreadable',
      message: '附件「空白.pdf」无法读取：PDF 没有页面',
      messageEn: 'Attachment "空白.pdf" cannot be read: the PDF has no pages',
    });
  });

  it.each([
    ['a user password', ['user', 'owner']],
    ['only an owner password (it opens in any viewer)', ['', 'owner']],
  ])('a PDF encrypted with %s is explained, with what to do', async (_, passwords) => {
    const plain = tmp.write('plain.pdf', await twoPagePdf());
    const locked = join(tmp.dir, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', ...passwords, '256', '--', plain, locked]);
    const bad = {
      name: '纳税证明.pdf',
      mime: 'application/pdf',
      bytes: new Uint8Array(readFileSync(locked)),
    };
    await expect(renderRaw(draft, { attachments: [bad] })).rejects.toMatchObject({
      code: 'attachment-unreadable',
      message:
        '附件「纳税证明.pdf」无法读取：PDF 已加密（即使打开时不要求密码，设置了权限密码的 PDF 内容也是加密的），本程序无法读取加密内容；请在 PDF 阅读器中用「打印」→「另存为 PDF」保存一份未加密的副本后再添加',
      messageEn:
        'Attachment "纳税证明.pdf" cannot be read: the PDF is encrypted (a PDF with only a permissions password opens without one, but its content is still encrypted) and cannot be read here; in a PDF viewer use Print → Save as PDF to make an unencrypted copy, and add that',
    });
  });
});
