// Attachments printed after the form: a PNG and a JPG fitted on captioned pages, a PDF page by page,
// and any unreadable file failing the whole print with a Chinese message naming it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormError, type ApplicationPdf, type FormAttachmentFile } from '../../../../shared/forms';
import { darkPixels, qpdfCheck, renderGreyWithoutSystemFonts, run, tempDir } from '../pdf/pdf-tools';
import { fixtureDrafts, renderRaw, screenshot, squash } from './form-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const [, draft] = fixtureDrafts().find(([p]) => p === 'training-base')!;

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** A 120×80 RGB PNG, dark blue with a white band, encoded by hand. */
function png(): Uint8Array {
  const [w, h] = [120, 80];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      const band = y > 35 && y < 45;
      raw[i] = band ? 255 : 20;
      raw[i + 1] = band ? 255 : 40;
      raw[i + 2] = band ? 255 : 120;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      sig,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

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
  const cases: [string, FormAttachmentFile, string][] = [
    [
      'corrupt JPG',
      { name: '营业执照.jpg', mime: 'image/jpeg', bytes: new TextEncoder().encode('this is not a picture') },
      '附件「营业执照.jpg」无法读取：文件已损坏，不是有效的 JPG 图片',
    ],
    [
      'truncated JPG',
      {
        name: '现场照片.jpg',
        mime: 'image/jpeg',
        bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]),
      },
      '附件「现场照片.jpg」无法读取：文件不完整或已损坏（缺少 JPEG 结束标记）',
    ],
    [
      'corrupt PNG',
      { name: '场地.png', mime: 'image/png', bytes: png().slice(0, 60) },
      '附件「场地.png」无法读取：文件不完整或已损坏（PNG 数据被截断）',
    ],
    [
      'unsupported type',
      {
        name: '说明.docx',
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
      },
      '附件「说明.docx」无法读取：不支持的文件类型（application/vnd.openxmlformats-officedocument.wordprocessingml.document），请使用 JPG、PNG 或 PDF',
    ],
  ];

  it.each(cases)('%s fails the whole print, naming the file', async (_, bad, message) => {
    const failure = await renderRaw(draft, { attachments: [good, bad] }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FormError);
    expect((failure as FormError).code).toBe('attachment-unreadable');
    expect((failure as FormError).message).toBe(message);
  });

  it('an encrypted PDF fails with its own message', async () => {
    const plain = tmp.write('plain.pdf', await twoPagePdf());
    const locked = join(tmp.dir, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);
    const bad = {
      name: '纳税证明.pdf',
      mime: 'application/pdf',
      bytes: new Uint8Array(readFileSync(locked)),
    };
    await expect(renderRaw(draft, { attachments: [bad] })).rejects.toThrow(
      '附件「纳税证明.pdf」无法读取：PDF 已加密，请先取消密码保护后再添加',
    );
  });
});
