// Helpers for the PDF tests: font bytes, temp dirs and the poppler/qpdf command-line tools.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FONT_FILES,
  TYPEFACE_FILES,
  type FontFile,
  type PdfFonts,
  type Typeface,
} from '../../../../shared/pdf';

const FONT_DIR = 'node_modules/@expo-google-fonts/noto-sans-sc';
let regular: Uint8Array | undefined;
let bold: Uint8Array | undefined;

/** Noto Sans SC Regular, read once per test file. */
export function regularFont(): Uint8Array {
  regular ??= new Uint8Array(readFileSync(join(FONT_DIR, '400Regular/NotoSansSC_400Regular.ttf')));
  return regular;
}

/** Noto Sans SC Bold, read once per test file. */
export function boldFont(): Uint8Array {
  bold ??= new Uint8Array(readFileSync(join(FONT_DIR, '700Bold/NotoSansSC_700Bold.ttf')));
  return bold;
}

const files = new Map<FontFile, Uint8Array>();

/** The fonts of a typeface as the CLI reads them (each file read once per test file). */
export function typefaceFontsSync(typeface: Typeface): PdfFonts {
  const read = (file: FontFile) => {
    let bytes = files.get(file);
    if (!bytes)
      files.set(file, (bytes = new Uint8Array(readFileSync(join('node_modules', FONT_FILES[file])))));
    return bytes;
  };
  const { regular, bold, outlineGrid } = TYPEFACE_FILES[typeface];
  return {
    regular: read(regular),
    ...(bold ? { bold: read(bold) } : {}),
    ...(outlineGrid ? { outlineGrid } : {}),
  };
}

export const FIXED_DATE = new Date('2025-07-01T08:00:00Z');

/** A temp directory removed by `dispose`. */
export function tempDir(): { dir: string; write(name: string, bytes: Uint8Array): string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'grantdesk-pdf-'));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a tool and returns stdout; throws with stderr when it exits non-zero. */
export function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  return execFileSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
}

/** `qpdf --check`: exit status and output. */
export function qpdfCheck(path: string): { status: number | null; output: string } {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

export function pageCount(path: string): number {
  return Number(run('qpdf', ['--show-npages', path]).trim());
}

/** Text of one page (1-based) or of the whole file, with -layout. */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', ['-layout', ...range, path, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** The rows of `pdffonts`. */
export function pdfFonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path]).trim().split('\n').slice(2);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name, then type words, encoding, emb, sub, uni, object, generation
    const [emb, sub, uni] = cols.slice(-5, -2) as [string, string, string];
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), emb, sub, uni };
  });
}

export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Parses a binary PGM (P5, maxval 255) as written by `pdftoppm -gray`. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  let pos = 0;
  const token = (): string => {
    while (pos < bytes.length) {
      const c = bytes[pos]!;
      if (c === 0x23) while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    const start = pos;
    while (pos < bytes.length && ![0x20, 0x0a, 0x0d, 0x09].includes(bytes[pos]!)) pos++;
    return new TextDecoder().decode(bytes.subarray(start, pos));
  };
  if (token() !== 'P5') throw new Error('not a binary PGM');
  const width = Number(token());
  const height = Number(token());
  if (Number(token()) !== 255) throw new Error('expected maxval 255');
  pos++; // the single whitespace byte after maxval
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

/**
 * Renders pages to grey PGM with NO system fonts (an empty fontconfig), so only embedded glyphs can
 * leave ink. Returns one image per page.
 */
export function renderGreyWithoutSystemFonts(pdfPath: string, dir: string, dpi: number): GreyImage[] {
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<fontconfig><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`,
  );
  const prefix = join(dir, `ink-${dpi}`);
  run('pdftoppm', ['-gray', '-r', String(dpi), pdfPath, prefix], {
    FONTCONFIG_FILE: conf,
    FONTCONFIG_PATH: dir,
  });
  return readdirSync(dir)
    .filter((f) => f.startsWith(`ink-${dpi}-`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => parsePgm(new Uint8Array(readFileSync(join(dir, f)))));
}

/** Pixels darker than `threshold` inside a box given in PDF points (origin bottom-left). */
export function darkPixels(
  img: GreyImage,
  box: { x: number; y: number; width: number; height: number },
  dpi: number,
  threshold = 128,
): number {
  const s = dpi / 72;
  const pageHeightPx = img.height;
  const x0 = Math.max(0, Math.floor(box.x * s));
  const x1 = Math.min(img.width, Math.ceil((box.x + box.width) * s));
  const y0 = Math.max(0, Math.floor(pageHeightPx - (box.y + box.height) * s));
  const y1 = Math.min(img.height, Math.ceil(pageHeightPx - box.y * s));
  let dark = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) if (img.pixels[y * img.width + x]! < threshold) dark++;
  return dark;
}
