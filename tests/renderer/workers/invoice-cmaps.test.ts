// The CMaps the app's invoice reader carries: the Adobe-GB1 family, closed under usecmap, handed to
// pdf.js by name, so text in a non-embedded STSong-Light (older invoices) reads as its characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  setFontAndSize,
  showText,
} from 'pdf-lib';
import { pdfJsTextReader } from '../../../shared/invoices/pdf-text';
import { BuiltInCMapReaderFactory, shippedCMapNames } from '../../../renderer/workers/invoice-cmaps';

const dir = join(process.cwd(), 'node_modules/pdfjs-dist/cmaps');
const onDisk = (name: string) => new Uint8Array(readFileSync(join(dir, `${name}.bcmap`)));

/** One line of text in a non-embedded STSong-Light, encoded UniGB-UCS2-H, as older invoice printers wrote it. */
async function stSongPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const cidFont = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
    FontDescriptor: ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: 'STSong-Light',
        Flags: 6,
        FontBBox: [-25, -254, 1000, 880],
      }),
    ),
  });
  const font = ctx.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'STSong-Light',
    Encoding: 'UniGB-UCS2-H',
    DescendantFonts: [ctx.register(cidFont)],
  });
  const page = doc.addPage([400, 200]);
  page.node.setFontDictionary(PDFName.of('F1'), ctx.register(font));
  const hex = [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  page.pushOperators(
    beginText(),
    setFontAndSize('F1', 12),
    moveText(20, 100),
    showText(PDFHexString.of(hex)),
    endText(),
  );
  return doc.save();
}

/** The usecmap name of a packed CMap: its leading metadata records (0xE0 comment, 0xE1 usecmap), as pdf.js reads them. */
function useCMapOf(bytes: Uint8Array): string | null {
  let at = 1;
  const number = () => {
    let n = 0;
    let b: number;
    do {
      b = bytes[at++]!;
      n = n * 128 + (b & 0x7f);
    } while (b & 0x80);
    return n;
  };
  const string = () => String.fromCharCode(...Array.from({ length: number() }, number));
  while (bytes[at] === 0xe0 || bytes[at] === 0xe1) {
    const record = bytes[at++];
    const text = string();
    if (record === 0xe1) return text;
  }
  return null;
}

describe('BuiltInCMapReaderFactory', () => {
  const factory = new BuiltInCMapReaderFactory();

  test('carries every simplified-Chinese CMap pdf.js has, and no other script', () => {
    const gb = readdirSync(dir)
      .filter((f) => f.endsWith('.bcmap') && f.includes('GB'))
      .map((f) => f.slice(0, -'.bcmap'.length))
      .sort();
    expect(gb).toContain('UniGB-UCS2-H');
    expect(gb).toContain('Adobe-GB1-UCS2');
    expect(shippedCMapNames()).toEqual(gb);
  });

  test('gives pdf.js the packed bytes of UniGB-UCS2-H and Adobe-GB1-UCS2 unchanged', async () => {
    for (const name of ['UniGB-UCS2-H', 'Adobe-GB1-UCS2', 'GBK-EUC-V'])
      expect(await factory.fetch({ name })).toEqual({ cMapData: onDisk(name), isCompressed: true });
  });

  test('every CMap a shipped one builds on (usecmap) is shipped too', async () => {
    let based = 0;
    for (const name of shippedCMapNames()) {
      const base = useCMapOf((await factory.fetch({ name })).cMapData);
      if (base === null) continue;
      based++;
      expect(shippedCMapNames(), `${name} uses ${base}`).toContain(base);
    }
    expect(based).toBe(13); // the thirteen vertical (-V) CMaps
  });

  test('refuses a CMap it does not carry', async () => {
    await expect(factory.fetch({ name: 'UniJIS-UCS2-H' })).rejects.toThrow('UniJIS-UCS2-H');
  });

  test('pdf.js reads STSong-Light text through them, with no URL given; without them it cannot', async () => {
    const bytes = await stSongPdf('发票号码：83091234价税合计（大写）伍佰贰拾陆圆整');
    const withMaps = await pdfJsTextReader({ cMapReaderFactory: BuiltInCMapReaderFactory })(bytes, 1);
    expect(withMaps.pages[0]!.map((r) => r.text).join('')).toBe(
      '发票号码：83091234价税合计（大写）伍佰贰拾陆圆整',
    );
    const without = await pdfJsTextReader()(bytes, 1);
    expect(without).toEqual({ pages: [[]], pageCount: 1, unmappedText: true });
  });
});
