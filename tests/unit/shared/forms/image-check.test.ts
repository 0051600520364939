// The structural image checks: a whole PNG or JPG passes, and each way of being broken is named in
// Chinese and in English.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jpegProblem, pngProblem } from '../../../../shared/forms/image-check';
import { ihdr, png, pngChunk, pngOf } from './image-tools';

const IEND = pngChunk('IEND', new Uint8Array());
const idat = () => pngChunk('IDAT', deflateSync(Buffer.alloc(13 * 4)));

describe('pngProblem', () => {
  it('passes a whole PNG', () => {
    expect(pngProblem(png())).toBeNull();
    expect(pngProblem(pngOf(ihdr(4, 4), idat(), IEND))).toBeNull();
  });

  it.each([
    ['cut inside a chunk', png().slice(0, 60)],
    ['ending before IEND', pngOf(ihdr(4, 4), idat())],
    ['only the signature', pngOf()],
  ])('names a PNG %s as cut short', (_, bytes) => {
    expect(pngProblem(bytes)).toEqual({
      zh: '文件不完整或已损坏（PNG 数据被截断）',
      en: 'the file is incomplete or damaged (the PNG data is cut short)',
    });
  });

  it('names the chunk whose checksum fails', () => {
    // Flips a byte of the IDAT data, after the 8-byte signature, the 25-byte IHDR and IDAT's own header.
    const bytes = pngOf(ihdr(4, 4), idat(), IEND).map((b, i) => (i === 8 + 25 + 10 ? b ^ 0xff : b));
    expect(pngProblem(bytes)).toEqual({
      zh: '文件已损坏（PNG 数据块 IDAT 校验失败）',
      en: 'the file is damaged (PNG chunk IDAT fails its checksum)',
    });
  });

  it('refuses a PNG whose first chunk is not IHDR', () => {
    expect(pngProblem(pngOf(idat(), ihdr(4, 4), IEND))).toEqual({
      zh: '文件已损坏，不是有效的 PNG 图片',
      en: 'the file is damaged and is not a valid PNG image',
    });
  });

  it('refuses a PNG without image data', () => {
    expect(pngProblem(pngOf(ihdr(4, 4), IEND))).toEqual({
      zh: '文件已损坏（PNG 没有图像数据）',
      en: 'the file is damaged (the PNG has no image data)',
    });
  });
});

describe('jpegProblem', () => {
  it('passes a JPG ending with its end-of-image marker, even with trailing bytes', () => {
    expect(jpegProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]))).toBeNull();
    expect(jpegProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9, 0, 0]))).toBeNull();
  });

  it('names a JPG cut short', () => {
    expect(jpegProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]))).toEqual({
      zh: '文件不完整或已损坏（缺少 JPEG 结束标记）',
      en: 'the file is incomplete or damaged (the JPEG end-of-image marker is missing)',
    });
  });
});
