// The file the user picked, measured before it is read: a regular file under the limit of its kind.
// Free of `electron`, so plain Node tests run it.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

const MIB = 1024 * 1024;

/** The IPC ceiling on bytes (shared/ipc): no picked file is read past it. */
export const MAX_PICK_BYTES = 512 * MIB;

/**
 * The largest file the page's reader of each kind accepts, so main does not read (and send) what the
 * page would refuse: .docx DOCX_LIMITS.fileBytes, .csv/.txt MAX_CSV_BYTES (a unit test keeps them equal).
 * Kinds not listed are measured by their reader after unpacking and get {@link MAX_PICK_BYTES}.
 */
export const PICK_LIMITS: Readonly<Record<string, number>> = { docx: 20 * MIB, csv: 16 * MIB, txt: 16 * MIB };

/** Which extensions the open dialog offered (the validated `files:read-user-file` payload). */
export interface PickFilter {
  extensions: readonly string[];
}

const limitOf = (ext: string) => (Object.hasOwn(PICK_LIMITS, ext) ? PICK_LIMITS[ext]! : MAX_PICK_BYTES);

/**
 * The byte limit for `path` picked under `filters`: its own kind's when the dialog offered that kind,
 * else (a name typed into the dialog) the smallest limit of the kinds offered.
 */
export function pickLimit(path: string, filters: readonly PickFilter[]): number {
  const offered = filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase()));
  const ext = extname(path).slice(1).toLowerCase();
  if (offered.includes(ext)) return limitOf(ext);
  return Math.min(MAX_PICK_BYTES, ...offered.map(limitOf));
}

function mb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / MIB).toFixed(1)} MB`;
}

/** A picked file main will not read; the message (Chinese, then English) is what reaches the page. */
export class PickedFileRefused extends Error {
  override name = 'PickedFileRefused';
}

function tooLarge(name: string, size: string, limit: number): PickedFileRefused {
  return new PickedFileRefused(
    `「${name}」有 ${size}，超过此类文件 ${mb(limit)} 的上限，未读取 / "${name}" is ${size}, over the ${mb(limit)} limit for this kind of file; not read`,
  );
}

function notRegular(name: string): PickedFileRefused {
  return new PickedFileRefused(
    `「${name}」不是普通文件（文件夹、设备、管道等），未读取 / "${name}" is not a regular file (folder, device, pipe …); not read`,
  );
}

/** Why the file system would not open a picked file, named for the user (not Node's code and path). */
function cannotOpen(name: string, err: unknown): PickedFileRefused {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new PickedFileRefused(
      `「${name}」已不存在（被移动、改名或删除），未读取 / "${name}" is no longer there (moved, renamed or deleted); not read`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new PickedFileRefused(
      `没有读取「${name}」的权限，未读取 / no permission to read "${name}"; not read`,
    );
  if (code === 'EBUSY')
    return new PickedFileRefused(
      `「${name}」正被其他程序占用（例如在 Excel 中打开），请关闭后再试 / "${name}" is in use by another program (open in Excel?); close it and try again`,
    );
  return new PickedFileRefused(
    `无法读取「${name}」（${code ?? '未知原因'}） / cannot read "${name}" (${code ?? 'unknown reason'})`,
  );
}

/** `fn`, with the file system's own errors turned into a refusal that names the file. */
async function named<T>(name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof PickedFileRefused ? err : cannotOpen(name, err);
  }
}

/**
 * The bytes of the picked file, at most `limit` of them. A folder, device or FIFO (opened
 * O_NONBLOCK, never waited on) and a file over `limit` are refused by name before a byte is read;
 * a file that grows while it is read is read to `limit` + 1 bytes at the most, then refused.
 *
 * @throws PickedFileRefused for those, and for a file gone, locked or not readable (named, zh + en).
 */
export async function readPickedFile(
  path: string,
  limit: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  const name = basename(path);
  return named(name, () => readMeasured(path, name, limit));
}

async function readMeasured(
  path: string,
  name: string,
  limit: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  const before = await stat(path);
  if (!before.isFile()) throw notRegular(name);
  if (before.size > limit) throw tooLarge(name, mb(before.size), limit);
  // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening still returns at once.
  const file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await file.stat();
    if (!info.isFile()) throw notRegular(name);
    if (info.size > limit) throw tooLarge(name, mb(info.size), limit);
    // One byte past what fstat said: a file still being written shows it grew.
    let bytes = new Uint8Array(info.size + 1);
    let read = 0;
    for (;;) {
      if (read === bytes.length) {
        if (read > limit) throw tooLarge(name, `> ${mb(limit)}`, limit);
        const larger = new Uint8Array(Math.min(limit + 1, Math.max(bytes.length * 2, 64 * 1024)));
        larger.set(bytes);
        bytes = larger;
      }
      const { bytesRead } = await file.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { name, bytes: bytes.slice(0, read) };
  } finally {
    await file.close();
  }
}
