// What the commands that write a file (pdf, docx, xlsx) share: their io, the usage refusal, `-o` and the draft read.
import { resolve } from 'node:path';
import { clip } from './format';
import { EXIT } from './io';
import { checkOutPath, writeOut } from './out-path';
import { InputRefused, readInputText } from './read-input';

/** The streams and folder a file command works in (tests run commands in memory with these). */
export interface FileCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** YYYY-MM-DD checking day (tests); defaults to today. */
  today?: string;
}

/** Where `-o` writes: the path as given (messages) and resolved (file system), and the kind it must be. */
export interface OutFile {
  given: string;
  path: string;
  kind: string;
}

/** A usage error: the problem, then the usage, on stderr; exit 2. */
export function refuseUsage(io: FileCommandIo, problem: string, usage: string): number {
  io.stderr(`${problem}\n${usage}`);
  return EXIT.usage;
}

/**
 * The output file checked before the work (a folder, a missing folder, no write permission, one of the
 * `inputs` as given on the command line), or null once said.
 */
export function outFile(
  io: FileCommandIo,
  given: string,
  kind: string,
  inputs: readonly (string | undefined)[],
): OutFile | null {
  const path = resolve(io.cwd, given);
  const read = inputs.flatMap((input) => (input === undefined ? [] : [resolve(io.cwd, input)]));
  const problem = checkOutPath(path, given, kind, read);
  if (problem) {
    io.stderr(problem);
    return null;
  }
  return { given, path, kind };
}

/** Writes the output; false once the one-line reason (no permission, disk full …) is said. */
export function writeOutFile(io: FileCommandIo, out: OutFile, bytes: Uint8Array): boolean {
  const failed = writeOut(out.path, out.given, bytes);
  if (failed) io.stderr(failed);
  return failed === null;
}

/** Why a file could not be read: an InputRefused's own line, or the error clipped to one line. */
export function readFailure(err: unknown): string {
  return err instanceof InputRefused
    ? err.message
    : clip(err instanceof Error ? err.message : String(err), 300);
}

/** The parsed JSON of a draft file, or null once `无法读取草稿文件 <path>：<why>` is said. */
export function readDraftJson(io: FileCommandIo, file: string): { path: string; raw: unknown } | null {
  const path = resolve(io.cwd, file);
  try {
    return { path, raw: JSON.parse(readInputText(path)) };
  } catch (err) {
    io.stderr(`无法读取草稿文件 ${clip(path, 200)}：${readFailure(err)}`);
    return null;
  }
}
