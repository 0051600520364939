// Where `-o` writes: checked before the work, and a failed write is one line, never a stack trace.
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { clip } from './format';

/** The path's stat, or undefined where there is none (ENOENT, or ENOTDIR: a file stands where a folder should). */
function statOrNone(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `path` (given as `shown`) cannot take the output (a `kind` file: PDF, Excel), or null when it can.
 * One of `inputs` (resolved paths) is refused too, by link or by name: writing would destroy it.
 */
export function checkOutPath(
  path: string,
  shown: string,
  kind = 'PDF',
  inputs: readonly string[] = [],
): string | null {
  const name = clip(shown, 200);
  const target = statOrNone(path);
  if (target?.isDirectory()) {
    return `-o ${name}：是文件夹，应为 ${kind} 文件名 / is a folder, give a file name`;
  }
  const same = (input: string) => {
    const read = statOrNone(input);
    return read !== undefined && read.dev === target?.dev && read.ino === target.ino;
  };
  if (target && inputs.some(same)) {
    return `-o ${name}：是输入文件本身，不会覆盖 / is one of the input files; it is not overwritten`;
  }
  const folder = dirname(path);
  const parent = statOrNone(folder);
  if (!parent) return `-o ${name}：文件夹 ${clip(folder, 200)} 不存在 / folder does not exist`;
  if (!parent.isDirectory()) return `-o ${name}：${clip(folder, 200)} 不是文件夹 / is not a folder`;
  try {
    accessSync(target ? path : folder, constants.W_OK);
  } catch {
    return `-o ${name}：没有写入权限 / not writable`;
  }
  return null;
}

/** Writes the output; returns the one-line reason on failure (no permission, disk full …). */
export function writeOut(path: string, shown: string, bytes: Uint8Array): string | null {
  try {
    writeFileSync(path, bytes);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? '没有写入权限 / not writable'
        : code === 'ENOSPC'
          ? '磁盘已满 / disk full'
          : `无法写入 / cannot write (${clip(code || (e as Error).message, 100)})`;
    return `-o ${clip(shown, 200)}：${why}`;
  }
}
