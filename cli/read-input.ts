// Reads a file from disk, measured before it is read: regular file, bounded size; drafts are strict UTF-8.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** The largest draft file the CLI reads; a 10,000-row roster is about 4 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A file refused before or while reading; the message is Chinese then English, one line. */
export class InputRefused extends Error {
  override name = 'InputRefused';
}

/** What a command expected the path to be, as a folder's refusal names it: `是文件夹，不是{zh} / is a folder, not {en}`. */
export interface InputKind {
  zh: string;
  en: string;
}

export const DRAFT_FILE: InputKind = { zh: '草稿文件', en: 'a draft file' };

/** `3.0 MB`; a small limit (a mapping file, a test) in KB or bytes, so it never reads `0.0 MB`. */
function mb(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 0.05 * 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function notRegular(isDirectory: boolean, what: InputKind): InputRefused {
  return new InputRefused(
    isDirectory
      ? `是文件夹，不是${what.zh} / is a folder, not ${what.en}`
      : '不是普通文件（设备、管道等），未读取 / not a regular file (device, pipe …), not read',
  );
}

function tooLarge(size: string, limit: number): InputRefused {
  return new InputRefused(
    `文件过大（${size}，上限 ${mb(limit)}）/ file too large (${size}, limit ${mb(limit)})`,
  );
}

/** The file system's refusal to open a path, named in both languages (the raw code only when it is rare). */
function cannotOpen(err: unknown): InputRefused {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code === 'EACCES' || code === 'EPERM') return new InputRefused('没有读取权限 / permission denied');
  return new InputRefused(`无法打开 / cannot open (${code || 'error'})`);
}

/**
 * The bytes of a regular file of at most `limit` bytes. Refuses by name, before reading a byte: a path
 * that does not exist, is a folder, a device (/dev/zero) or a FIFO (opened O_NONBLOCK, so never waited
 * on), a file over `limit` or one it may not read. A file that grows while it is read is read to
 * `limit` + 1 bytes at the most, then refused as too large.
 *
 * @throws InputRefused for each of those; the message is one line, Chinese then English.
 */
export function readBoundedBytes(path: string, limit: number, what: InputKind): Uint8Array {
  let before;
  try {
    before = statSync(path);
  } catch {
    throw new InputRefused('文件不存在或无法访问 / no such file, or it cannot be accessed');
  }
  if (!before.isFile()) throw notRegular(before.isDirectory(), what);
  if (before.size > limit) throw tooLarge(mb(before.size), limit);
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening still returns at once.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw cannotOpen(err);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw notRegular(info.isDirectory(), what);
    if (info.size > limit) throw tooLarge(mb(info.size), limit);
    // One byte past what fstat said: a file still being written (or a /proc file, size 0) shows it grew.
    let bytes = new Uint8Array(info.size + 1);
    let read = 0;
    for (;;) {
      if (read === bytes.length) {
        if (read > limit) throw tooLarge(`> ${mb(limit)}`, limit);
        const larger = new Uint8Array(Math.min(limit + 1, Math.max(bytes.length * 2, 64 * 1024)));
        larger.set(bytes);
        bytes = larger;
      }
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a UTF-8 file without its BOM, read by {@link readBoundedBytes} (at most `limit` bytes,
 * {@link MAX_INPUT_BYTES} by default); bytes that are not UTF-8 (a GBK file) are refused.
 *
 * @throws InputRefused for those.
 */
export function readInputText(path: string, limit = MAX_INPUT_BYTES, what = DRAFT_FILE): string {
  return decodeUtf8(readBoundedBytes(path, limit, what));
}

/** Strict UTF-8 with the BOM dropped; GBK or other bytes are refused, not turned into U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputRefused(
      '不是 UTF-8 编码的文本（可能是 GBK），请另存为 UTF-8 / not UTF-8 text (GBK?); save it as UTF-8',
    );
  }
  return text.replace(/^\uFEFF/, '');
}
