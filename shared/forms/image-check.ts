// Structural checks of image files before pdf-lib sees them: its PNG decoder never returns on a
// truncated file, and its JPEG reader accepts one cut short.
import type { Bilingual } from '../schemas';

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
