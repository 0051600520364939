// readBoundedBytes, the one reader behind drafts, Word forms and invoices: what it refuses, by name and at once.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputRefused, readBoundedBytes, readInputText } from '../../../cli/read-input';
import { tempDir } from '../shared/pdf/pdf-tools';
import { sparseFile } from './command-io';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const at = (name: string) => join(tmp.dir, name);
const FORM = { zh: 'Word 表格', en: 'a Word form' };
const MB = 1024 * 1024;

const FOLDER = '是文件夹，不是Word 表格 / is a folder, not a Word form';
const NOT_REGULAR = '不是普通文件（设备、管道等），未读取 / not a regular file (device, pipe …), not read';
const OVER = '文件过大（3.0 MB，上限 1.0 MB）/ file too large (3.0 MB, limit 1.0 MB)';
const MISSING = '文件不存在或无法访问 / no such file, or it cannot be accessed';

writeFileSync(at('small.bin'), new Uint8Array([1, 2, 3]));
mkdirSync(at('folder'));
spawnSync('mkfifo', [at('fifo')]);
sparseFile(at('big.bin'), 3 * MB);
for (const [link, target] of [
  ['to-folder', at('folder')],
  ['to-fifo', at('fifo')],
  ['to-zero', '/dev/zero'],
  ['to-big', at('big.bin')],
  ['to-nowhere', at('gone')],
] as const)
  symlinkSync(target, at(link));

/** The refusal's message, after checking the call threw InputRefused (a FIFO that blocked would hang here). */
function refusal(path: string, limit = MB): string {
  let message = '';
  try {
    readBoundedBytes(path, limit, FORM);
  } catch (err) {
    expect(err).toBeInstanceOf(InputRefused);
    message = (err as Error).message;
  }
  return message;
}

describe('readBoundedBytes', () => {
  test('reads a regular file whole', () => {
    expect([...readBoundedBytes(at('small.bin'), MB, FORM)]).toEqual([1, 2, 3]);
    expect([...readBoundedBytes(at('small.bin'), 3, FORM)]).toEqual([1, 2, 3]);
  });

  test('a folder is named as a folder, with the kind of file expected', () => {
    expect(refusal(at('folder'))).toBe(FOLDER);
    expect(refusal(at('to-folder'))).toBe(FOLDER);
  });

  test.skipIf(!existsSync(at('fifo')))('a FIFO without a writer is refused, not waited on', () => {
    expect(refusal(at('fifo'))).toBe(NOT_REGULAR);
    expect(refusal(at('to-fifo'))).toBe(NOT_REGULAR);
  });

  test('/dev/zero and a character device behind a link are refused by type', () => {
    expect(refusal('/dev/zero')).toBe(NOT_REGULAR);
    expect(refusal('/dev/null')).toBe(NOT_REGULAR);
    expect(refusal(at('to-zero'))).toBe(NOT_REGULAR);
  });

  test('a file over the limit is refused by its size, before it is read', () => {
    expect(refusal(at('big.bin'))).toBe(OVER);
    expect(refusal(at('to-big'))).toBe(OVER);
    expect(refusal(at('small.bin'), 2)).toBe('文件过大（3 B，上限 2 B）/ file too large (3 B, limit 2 B)');
  });

  test('a file larger than its size said (it grew after the stat) is read to limit + 1 bytes, then refused', () => {
    // A /proc file says size 0 and then gives its text: what a file still being written looks like.
    const whole = readBoundedBytes('/proc/self/maps', MB, FORM);
    expect(whole.length).toBeGreaterThan(100);
    expect(new TextDecoder().decode(whole)).toContain('/');
    expect(refusal('/proc/self/maps', 1024)).toBe(
      '文件过大（> 1.0 KB，上限 1.0 KB）/ file too large (> 1.0 KB, limit 1.0 KB)',
    );
  });

  test('a missing file and a dangling link are named as missing', () => {
    expect(refusal(at('gone'))).toBe(MISSING);
    expect(refusal(at('to-nowhere'))).toBe(MISSING);
    expect(refusal(at('small.bin/below'))).toBe(MISSING);
  });

  test('a file it may not read is refused as such', () => {
    // root reads through chmod 000; a write-only sysctl is unreadable even for root.
    let path = '/proc/sys/vm/drop_caches';
    if (process.getuid?.() !== 0) {
      path = at('locked.bin');
      writeFileSync(path, 'x');
      chmodSync(path, 0o000);
    }
    expect(refusal(path)).toBe('没有读取权限 / permission denied');
    symlinkSync(path, at('to-locked'));
    expect(refusal(at('to-locked'))).toBe('没有读取权限 / permission denied');
  });

  test('readInputText decodes what it reads and names a folder as not a draft file', () => {
    writeFileSync(at('bom.json'), '\uFEFF{"a":1}');
    expect(readInputText(at('bom.json'))).toBe('{"a":1}');
    expect(() => readInputText(at('folder'))).toThrow(
      '是文件夹，不是草稿文件 / is a folder, not a draft file',
    );
  });
});
