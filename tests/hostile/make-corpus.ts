// The hostile corpus, made at test time into a folder (no large file is committed): each case is a
// file, the app's reader it goes through, and the refusal the user must read (or the right result).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { deflateBomb, deflated, pdfOf, pngOf, zipOf, zlibBomb, type PdfObject, type ZipPart } from './bytes';

/** The app's readers a case can go through (see run-case.ts). */
export type Reader = 'roster' | 'backup' | 'attachment' | 'draft-pdf' | 'form';

export interface HostileCase {
  id: string;
  /** What the case is, in the words. */
  title: string;
  reader: Reader;
  /** The file's name as the user picked it. */
  name: string;
  path: string;
  /** The refusal the user reads (Chinese), exactly; or `ok` with what a correct read returns. */
  expect: { refused: string } | { ok: string };
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx package around the given sheet (and shared strings) parts. */
function xlsxOf(sheet: ZipPart, sharedStrings?: ZipPart): Uint8Array {
  return zipOf([
    deflated(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      '_rels/.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
    ...(sharedStrings ? [sharedStrings] : []),
  ]);
}

const sheetXml = (rows: string) =>
  `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const GIB = 1024;

async function xfdWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.getCell('A1').value = '姓名';
  for (let r = 1; r <= 2000; r++) sheet.getCell(r, 16384).value = 'x';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function goodWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(['姓名', '身份证号']);
  sheet.addRow(['张三', '11010519491231002X']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A page tree 40 levels deep in which every node names the same child twice (2^40 leaves). */
function repeatedPageTree(): Uint8Array {
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < 40; level++) {
    const self = level + 2;
    objects.push(`<< /Type /Pages /Kids [${self + 1} 0 R ${self + 1} 0 R] /Count ${2 ** (40 - level)} >>`);
  }
  objects.push('<< /Type /Page /MediaBox [0 0 595 842] >>');
  return pdfOf(objects);
}

/** One page whose content stream inflates to `mib` MiB; `objStm` puts the bomb in an object stream instead. */
function streamBomb(mib: number, objStm = false): Uint8Array {
  const bomb: PdfObject = objStm
    ? { dict: '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>', stream: zlibBomb(mib) }
    : { dict: '<< /Filter /FlateDecode >>', stream: zlibBomb(mib) };
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${objStm ? '' : ' /Contents 4 0 R'} >>`,
    bomb,
  ]);
}

/** A printed-draft look-alike whose embedded draft.json is `file` (a zlib stream of `size` bytes once inflated). */
function draftPdf(file: Uint8Array, size: number): Uint8Array {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Names [(draft.json) 5 0 R] >>',
    '<< /Type /Filespec /F (draft.json) /UF (draft.json) /EF << /F 6 0 R >> >>',
    { dict: `<< /Type /EmbeddedFile /Filter /FlateDecode /Params << /Size ${size} >> >>`, stream: file },
  ]);
}

/** An official form whose two fields name each other as their kid (and parent). */
function loopingForm(): Uint8Array {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /T (申报单位) /Kids [5 0 R] /Parent 5 0 R >>',
    '<< /T (名称) /Kids [4 0 R] /Parent 4 0 R >>',
  ]);
}

function jpegDeclaring(width: number, height: number): Uint8Array {
  const sof = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  const out = new Uint8Array(100);
  out.set([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, ...sof]);
  out.set([0xff, 0xd9], 98);
  return out;
}

function backupOf(parts: ZipPart[]): Uint8Array {
  return zipOf(parts);
}

const MANIFEST = JSON.stringify({ format: 'grantdesk/backup', formatVersion: 1, entries: [] });

/** Writes every case's file into `dir` and lists the cases. */
export async function makeCorpus(dir: string): Promise<HostileCase[]> {
  const cases: HostileCase[] = [];
  const add = (c: Omit<HostileCase, 'path'>, bytes: Uint8Array) => {
    const path = join(dir, `${c.id}-${c.name}`);
    writeFileSync(path, bytes);
    cases.push({ ...c, path });
  };

  // Roster files (.xlsx/.csv), through readRosterFile.
  add(
    {
      id: 'xlsx-xfd',
      title: 'a 12 KB .xlsx with one cell in column XFD on 2,000 rows',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '单元格 XFD1 超出名单可用的 256 列，请删除该列之后的内容' },
    },
    await xfdWorkbook(),
  );
  add(
    {
      id: 'xlsx-sheet-1gib',
      title: 'a .xlsx sheet padded to 1 GiB',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '其中的 xl/worksheets/sheet1.xml 解压后有 1024 MB，超过 32 MB 的上限' },
    },
    xlsxOf({ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(GIB), method: 8, size: GIB * 1024 * 1024 }),
  );
  add(
    {
      id: 'xlsx-sheet-liar',
      title: 'a .xlsx sheet declaring 1 KB that inflates to 1 GiB',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '文件已损坏，或不是 .xlsx 格式；请在 Excel 中打开后另存为 .xlsx 再导入' },
    },
    xlsxOf({ name: 'xl/worksheets/sheet1.xml', data: deflateBomb(GIB), method: 8, size: 1024 }),
  );
  add(
    {
      id: 'xlsx-shared-300mb',
      title: 'a .xlsx with a 300 MB shared string',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '其中的 xl/sharedStrings.xml 解压后有 300 MB，超过 32 MB 的上限' },
    },
    xlsxOf(deflated('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), {
      name: 'xl/sharedStrings.xml',
      data: deflateBomb(300, 0x41),
      method: 8,
      size: 300 * 1024 * 1024,
    }),
  );
  const emptyRows = Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"/>`).join('');
  add(
    {
      id: 'xlsx-1m-empty-rows',
      title: 'a .xlsx with 1,048,576 empty rows',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '行数超过 20,000 行（名单的上限），请分成几个文件导入' },
    },
    xlsxOf(deflated('xl/worksheets/sheet1.xml', sheetXml(emptyRows))),
  );
  add(
    {
      id: 'xlsx-not-zip',
      title: 'a .csv renamed .xlsx (existing case)',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { refused: '文件已损坏，或不是 .xlsx 格式；请在 Excel 中打开后另存为 .xlsx 再导入' },
    },
    Buffer.from('姓名,专业\n张三,数控'),
  );
  add(
    {
      id: 'xlsx-good',
      title: 'a plain two-row .xlsx',
      reader: 'roster',
      name: '名单.xlsx',
      expect: { ok: '2 rows' },
    },
    await goodWorkbook(),
  );
  add(
    {
      id: 'csv-1m-rows',
      title: 'a 1,000,000-row CSV',
      reader: 'roster',
      name: '名单.csv',
      expect: { refused: '行数超过 20,000 行（名单的上限），请分成几个文件导入' },
    },
    Buffer.from('姓名,专业\n' + '张三,数控\n'.repeat(1_000_000).slice(0, 15 * 1024 * 1024 - 20)),
  );
  add(
    {
      id: 'csv-50mb-unclosed',
      title: 'a 50 MB CSV with an unclosed quote',
      reader: 'roster',
      name: '名单.csv',
      expect: { refused: '文件有 50.0 MB，超过名单文件 16 MB 的上限' },
    },
    Buffer.concat([Buffer.from('姓名,专业\n"张三,'), Buffer.alloc(50 * 1024 * 1024 - 20, 0x61)]),
  );
  add(
    {
      id: 'csv-10mb-unclosed',
      title: 'a 10 MB CSV with an unclosed quote on line 2',
      reader: 'roster',
      name: '名单.csv',
      expect: { refused: '第 2 行有一个单元格超过 32,767 个字符（可能是引号没有闭合）' },
    },
    Buffer.concat([Buffer.from('姓名,专业\n"张三,'), Buffer.from('李四,数控\n'.repeat(700_000))]),
  );
  add(
    {
      id: 'csv-unclosed-short',
      title: 'a short CSV whose last quote is never closed',
      reader: 'roster',
      name: '名单.csv',
      expect: { refused: '第 3 行的引号没有闭合，文件可能不完整' },
    },
    Buffer.from('姓名,专业\n张三,数控\n李四,"机电\n'),
  );
  add(
    {
      id: 'csv-good',
      title: 'a GBK CSV (existing case)',
      reader: 'roster',
      name: '名单.csv',
      expect: { ok: '2 rows' },
    },
    new Uint8Array([...Buffer.from('xingming,zhuanye\r\n'), 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0x61, 0x0d, 0x0a]),
  );

  // Backups, through readBackup.
  add(
    {
      id: 'backup-1gib',
      title: 'a 1 MB backup zip inflating to 1 GiB',
      reader: 'backup',
      name: 'GrantDesk备份.zip',
      expect: { refused: '备份文件中 manifest.json 解压后超过 128 MB，已停止读取（文件可能被修改）' },
    },
    backupOf([{ name: 'manifest.json', data: deflateBomb(GIB), method: 8, size: GIB * 1024 * 1024 }]),
  );
  const hundred = (i: number): ZipPart => ({
    name: `attachments/a${i}`,
    data: deflateBomb(100),
    method: 8,
    size: 100 * 1024 * 1024,
  });
  add(
    {
      id: 'backup-5gib-spread',
      title: 'a 5 MB backup zip inflating to 5 GiB in 100 MB entries',
      reader: 'backup',
      name: 'GrantDesk备份.zip',
      expect: { refused: '备份文件解压后超过 768 MB，已停止读取' },
    },
    backupOf([deflated('manifest.json', MANIFEST), ...Array.from({ length: 50 }, (_, i) => hundred(i))]),
  );
  add(
    {
      id: 'backup-liar',
      title: 'a backup entry declaring 2 KB that inflates to 4 GiB',
      reader: 'backup',
      name: 'GrantDesk备份.zip',
      expect: { refused: '备份文件中 attachments/a1 的校验值不符（文件已损坏或被修改）' },
    },
    backupOf([
      deflated('manifest.json', MANIFEST),
      { name: 'attachments/a1', data: deflateBomb(4 * GIB), method: 8, size: 2048 },
    ]),
  );
  add(
    {
      id: 'backup-duplicate',
      title: 'a backup zip with two entries of the same name',
      reader: 'backup',
      name: 'GrantDesk备份.zip',
      expect: { refused: '备份文件中有两个同名条目 manifest.json（文件可能被修改）' },
    },
    backupOf([deflated('manifest.json', MANIFEST), deflated('manifest.json', MANIFEST)]),
  );
  add(
    {
      id: 'backup-not-zip',
      title: 'a backup cut short (existing case)',
      reader: 'backup',
      name: 'GrantDesk备份.zip',
      expect: { refused: '文件不是有效的 zip 备份（可能被截断）' },
    },
    backupOf([deflated('manifest.json', MANIFEST)]).slice(0, 40),
  );

  // PDF and image attachments printed after the form, through prepareAttachments.
  add(
    {
      id: 'pdf-page-tree',
      title: 'a 3.8 KB PDF whose page tree repeats one child 40 levels deep',
      reader: 'attachment',
      name: '发票.pdf',
      expect: { refused: '附件「发票.pdf」无法读取：页面目录中有重复或循环引用（文件已损坏）' },
    },
    repeatedPageTree(),
  );
  for (const [mib, id] of [
    [GIB, 'pdf-stream-1gib'],
    [4 * GIB, 'pdf-stream-4gib'],
  ] as const)
    add(
      {
        id,
        title: `a PDF stream inflating to ${mib / GIB} GiB`,
        reader: 'attachment',
        name: '发票.pdf',
        expect: { refused: '附件「发票.pdf」无法读取：其中一个数据流解压后超过 64 MB，已停止读取' },
      },
      streamBomb(mib),
    );
  add(
    {
      id: 'pdf-objstm-1gib',
      title: 'a PDF object stream (inflated by pdf-lib while loading) inflating to 1 GiB',
      reader: 'attachment',
      name: '发票.pdf',
      expect: { refused: '附件「发票.pdf」无法读取：其中一个数据流解压后超过 64 MB，已停止读取' },
    },
    streamBomb(GIB, true),
  );
  add(
    {
      id: 'png-30000',
      title: 'a PNG of 30000×30000',
      reader: 'attachment',
      name: '场地.png',
      expect: {
        refused: '附件「场地.png」无法读取：图片为 30000×30000 像素，超过 50 百万像素的上限，请缩小后再添加',
      },
    },
    pngOf(30000, 30000, zlibBomb(2575, 0)),
  );
  add(
    {
      id: 'png-idat-bomb',
      title: 'a 100×100 PNG whose image data inflates to 1 GiB',
      reader: 'attachment',
      name: '场地.png',
      expect: { refused: '附件「场地.png」无法读取：文件已损坏（PNG 图像数据超过其尺寸所需）' },
    },
    pngOf(100, 100, zlibBomb(GIB, 0)),
  );
  add(
    {
      id: 'jpeg-0x0',
      title: 'a JPEG declaring 0×0 with 100 bytes',
      reader: 'attachment',
      name: '合影.jpg',
      expect: { refused: '附件「合影.jpg」无法读取：文件已损坏（图片尺寸为 0×0 像素）' },
    },
    jpegDeclaring(0, 0),
  );
  add(
    {
      id: 'jpeg-60000',
      title: 'a JPEG declaring 60000×60000 with 100 bytes',
      reader: 'attachment',
      name: '合影.jpg',
      expect: {
        refused: '附件「合影.jpg」无法读取：图片为 60000×60000 像素，超过 50 百万像素的上限，请缩小后再添加',
      },
    },
    jpegDeclaring(60000, 60000),
  );
  const plain = await PDFDocument.create();
  plain.addPage();
  plain.addPage();
  const plainBytes = await plain.save();
  add(
    {
      id: 'pdf-good',
      title: 'a plain two-page PDF',
      reader: 'attachment',
      name: '发票.pdf',
      expect: { ok: '2 pages' },
    },
    plainBytes,
  );
  const plainPath = join(dir, 'plain.pdf');
  writeFileSync(plainPath, plainBytes);
  const ownerPath = join(dir, 'owner.pdf');
  execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', plainPath, ownerPath]);
  add(
    {
      id: 'pdf-owner-password',
      title: 'a PDF protected only by an owner password',
      reader: 'attachment',
      name: '纳税证明.pdf',
      expect: {
        refused:
          '附件「纳税证明.pdf」无法读取：PDF 已加密（即使打开时不要求密码，设置了权限密码的 PDF 内容也是加密的），本程序无法读取加密内容；请在 PDF 阅读器中用「打印」→「另存为 PDF」保存一份未加密的副本后再添加',
      },
    },
    execFileSync('cat', [ownerPath]),
  );

  // A printed draft brought back, through extractDraftFromPdf.
  add(
    {
      id: 'draft-json-1gib',
      title: 'a draft-in-PDF whose embedded draft.json is a 1 GiB flate bomb',
      reader: 'draft-pdf',
      name: '申报表.pdf',
      expect: { refused: 'PDF 中的 draft.json 超过 32 MB，不是 GrantDesk 打印的草稿' },
    },
    draftPdf(zlibBomb(GIB), GIB * 1024 * 1024),
  );
  const big = Buffer.alloc(40 * 1024 * 1024, 0x20);
  add(
    {
      id: 'draft-json-40mb',
      title: 'a draft-in-PDF whose draft.json is 40 MB of spaces',
      reader: 'draft-pdf',
      name: '申报表.pdf',
      expect: { refused: 'PDF 中的 draft.json 超过 32 MB，不是 GrantDesk 打印的草稿' },
    },
    draftPdf(zlibOf(big), big.length),
  );
  const json = Buffer.from('{"format":"grantdesk/draft@1"}\n');
  add(
    {
      id: 'draft-json-good',
      title: 'a small draft.json',
      reader: 'draft-pdf',
      name: '申报表.pdf',
      expect: { ok: 'grantdesk/draft@1' },
    },
    draftPdf(zlibOf(json), json.length),
  );

  // An official fillable form, through listAcroFields.
  add(
    {
      id: 'form-field-loop',
      title: 'an official form whose field tree loops',
      reader: 'form',
      name: '官方申报表.pdf',
      expect: { refused: '无法读取该 PDF：表单字段中有重复或循环引用（文件已损坏）' },
    },
    loopingForm(),
  );
  return cases;
}

function zlibOf(bytes: Uint8Array): Uint8Array {
  const raw = deflateRawSync(bytes);
  return Buffer.concat([Buffer.from([0x78, 0x9c]), raw, Buffer.alloc(4)]);
}
