// What the file commands' tests share: the in-memory io they run a command with, and a sparse file of any size.
import { truncateSync, writeFileSync } from 'node:fs';

/** Collects stdout and stderr lines of a command run in `cwd` (checking day `today`, if given). */
export function commandIo(cwd: string, today?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    cwd,
    ...(today ? { today } : {}),
  };
  return { out, err, io };
}

/** A file of `size` bytes that takes no disk (sparse): refused by its size before a byte is read. */
export function sparseFile(path: string, size: number): string {
  writeFileSync(path, '');
  truncateSync(path, size);
  return path;
}
