// Reads a draft file from disk, measured before it is read: regular file, bounded size, strict UTF-8.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** The largest draft file the CLI reads; a 10,000-row roster is about 4 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A file refused before or while reading; the message is Chinese then English, one line. */
export class InputRefused extends Error {
  override name = 'InputRefused';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The text of a UTF-8 file without its BOM. Refuses, by name, a path that is not a regular file
 * (a device such as /dev/zero, a FIFO, a folder) before opening it, a file over
 * {@link MAX_INPUT_BYTES} before reading it, and bytes that are not UTF-8 (a GBK file).
 *
 * @throws InputRefused for those; the file system's own error for a missing or unreadable file.
 */
export function readInputText(path: string, limit = MAX_INPUT_BYTES): string {
  const before = statSync(path);
  if (!before.isFile()) throw new InputRefused(notRegular(before.isDirectory()));
  // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening still returns at once.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputRefused(notRegular(info.isDirectory()));
    if (info.size > limit) {
      throw new InputRefused(
        `文件过大（${mb(info.size)}，上限 ${mb(limit)}）/ file too large (${mb(info.size)}, limit ${mb(limit)})`,
      );
    }
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeUtf8(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

function notRegular(isDirectory: boolean): string {
  return isDirectory
    ? '是文件夹，不是草稿文件 / is a folder, not a draft file'
    : '不是普通文件（设备、管道等），未读取 / not a regular file (device, pipe …), not read';
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
