// Structural checks of image files before pdf-lib sees them: its PNG decoder never returns on a
// truncated file, and its JPEG reader accepts one cut short.
import type { Bilingual } from '../schemas';
import { cappedInflate, InflateCapError } from '../zip/capped-inflate';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

const TRUNCATED_PNG: Bilingual = {
  zh: '文件不完整或已损坏（PNG 数据被截断）',
  en: 'the file is incomplete or damaged (the PNG data is cut short)',
};

/** Null when every chunk is whole with a matching CRC, an IHDR comes first, IDAT is present and IEND ends it; else why not. */
export function pngProblem(bytes: Uint8Array): Bilingual | null {
  let at = 8;
  let first = true;
  let idat = false;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 8 + length;
    if (end + 4 > bytes.length) return TRUNCATED_PNG;
    if (crc32(bytes, at + 4, end) !== u32(bytes, end))
      return {
        zh: `文件已损坏（PNG 数据块 ${type} 校验失败）`,
        en: `the file is damaged (PNG chunk ${type} fails its checksum)`,
      };
    if (first && type !== 'IHDR')
      return {
        zh: '文件已损坏，不是有效的 PNG 图片',
        en: 'the file is damaged and is not a valid PNG image',
      };
    first = false;
    if (type === 'IDAT') idat = true;
    if (type === 'IEND')
      return idat
        ? null
        : { zh: '文件已损坏（PNG 没有图像数据）', en: 'the file is damaged (the PNG has no image data)' };
    at = end + 4;
  }
  return TRUNCATED_PNG;
}

/** Null when a JPEG ends with its end-of-image marker (a copy cut short does not). */
export function jpegProblem(bytes: Uint8Array): Bilingual | null {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--)
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return null;
  return {
    zh: '文件不完整或已损坏（缺少 JPEG 结束标记）',
    en: 'the file is incomplete or damaged (the JPEG end-of-image marker is missing)',
  };
}

/** Most pixels of an attached image (a 300-dpi A4 scan is 8.7 million; a 48 MP phone photo is 48). */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Width and height from a PNG's IHDR or a JPEG's SOF marker, or null when the header has none. */
export function imageSize(kind: 'jpg' | 'png', bytes: Uint8Array): { width: number; height: number } | null {
  if (kind === 'png') {
    if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
    return { width: u32(bytes, 16), height: u32(bytes, 20) };
  }
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Markers without a length: fill, TEM, restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    // SOF0-SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return {
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
      };
    if (marker === 0xda || marker === 0xd9) return null;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return null;
}

// PNG channels by colour type: grey, -, RGB, palette, grey+alpha, -, RGBA.
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The image data's size once inflated, refused past `cap` (read before pdf-lib inflates it whole). */
function idatTooLarge(bytes: Uint8Array, cap: number): boolean {
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = u32(bytes, at);
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'IDAT')
      parts.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((n, p) => (data.set(p, n), n + p.length), 0);
  try {
    cappedInflate(data, cap, { zlib: true, keep: false });
    return false;
  } catch (err) {
    return err instanceof InflateCapError;
  }
}

/**
 * Null when the image's header declares a size we can print; else why not. Read from the header
 * before any decoding: 0×0 and more than {@link MAX_IMAGE_PIXELS} pixels are refused, and a PNG
 * whose data inflates past what its size needs is refused as damaged.
 */
export function imageSizeProblem(kind: 'jpg' | 'png', bytes: Uint8Array): Bilingual | null {
  const header = imageHeaderProblem(kind, bytes);
  if (header || kind !== 'png' || !imageSize(kind, bytes)) return header;
  const { width, height } = imageSize(kind, bytes)!;
  const depth = bytes[24] ?? 8;
  const channels = PNG_CHANNELS[bytes[25] ?? 6] ?? 4;
  // Interlaced data is a little larger than plain rows; twice the plain size leaves room for it.
  const rows = height * (1 + Math.ceil((width * channels * depth) / 8));
  if (idatTooLarge(bytes, 2 * rows + 65_536))
    return {
      zh: '文件已损坏（PNG 图像数据超过其尺寸所需）',
      en: 'the file is damaged (the PNG image data is larger than its size needs)',
    };
  return null;
}

/** The header part of {@link imageSizeProblem} alone: 0×0 or past {@link MAX_IMAGE_PIXELS}; cheap enough for the UI thread. */
export function imageHeaderProblem(kind: 'jpg' | 'png', bytes: Uint8Array): Bilingual | null {
  const size = imageSize(kind, bytes);
  if (!size) return null;
  const { width, height } = size;
  if (width === 0 || height === 0)
    return {
      zh: `文件已损坏（图片尺寸为 ${width}×${height} 像素）`,
      en: `the file is damaged (the image is ${width}×${height} pixels)`,
    };
  if (width * height > MAX_IMAGE_PIXELS)
    return {
      zh: `图片为 ${width}×${height} 像素，超过 ${MAX_IMAGE_PIXELS / 1_000_000} 百万像素的上限，请缩小后再添加`,
      en: `the image is ${width}×${height} pixels, more than the ${MAX_IMAGE_PIXELS / 1_000_000} megapixel limit; make it smaller and add it again`,
    };
  return null;
}
