// Main reads a picked file only after measuring it against the limit of its kind (a 25 MB .docx is
// refused by its size, not read whole and then refused by the page's 20 MB check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  MAX_PICK_BYTES,
  PICK_LIMITS,
  pickLimit,
  PickedFileRefused,
  readPickedFile,
} from '../../../../electron/main/read-picked-file';
import { DOCX_LIMITS } from '../../../../shared/office/docx';
import { sparseFile } from '../../cli/command-io';
import { tempDir } from '../../shared/pdf/pdf-tools';

const tmp = tempDir();
afterAll(() => tmp.dispose());
const at = (name: string) => join(tmp.dir, name);
const MB = 1024 * 1024;

const WORD = [{ name: 'Word', extensions: ['docx'] }];
const ROSTER = [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }];
const DRAFT = [{ name: '草稿', extensions: ['json', 'pdf'] }];

/** The refusal's message, after checking it is a PickedFileRefused (a FIFO that blocked would hang here). */
async function refusal(path: string, limit: number): Promise<string> {
  const err = await readPickedFile(path, limit).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PickedFileRefused);
  return (err as Error).message;
}

describe('pickLimit: the limit of the kind picked, from the dialog’s filters', () => {
  test('main’s limits are the page readers’ own', async () => {
    // The roster limits are the renderer's (outside this tsconfig): imported by a path TS does not follow.
    const rosterLimits = '../../../../renderer/import/roster-limits';
    const { MAX_CSV_BYTES } = (await import(/* @vite-ignore */ rosterLimits)) as { MAX_CSV_BYTES: number };
    expect(MAX_CSV_BYTES).toBe(16 * MB);
    expect(PICK_LIMITS['docx']).toBe(DOCX_LIMITS.fileBytes);
    expect(PICK_LIMITS['csv']).toBe(MAX_CSV_BYTES);
    expect(PICK_LIMITS['txt']).toBe(MAX_CSV_BYTES);
  });

  test('each kind its own limit; kinds measured after unpacking keep the IPC ceiling', () => {
    expect(pickLimit('/home/u/表格.docx', WORD)).toBe(20 * MB);
    expect(pickLimit('/home/u/FORM.DOCX', WORD)).toBe(20 * MB);
    expect(pickLimit('/home/u/名单.csv', ROSTER)).toBe(16 * MB);
    expect(pickLimit('/home/u/名单.xlsx', ROSTER)).toBe(MAX_PICK_BYTES);
    expect(pickLimit('/home/u/draft.pdf', DRAFT)).toBe(MAX_PICK_BYTES);
  });

  test('a name the dialog did not offer gets the smallest limit of the kinds offered', () => {
    expect(pickLimit('/home/u/form', WORD)).toBe(20 * MB);
    expect(pickLimit('/home/u/roster.bin', ROSTER)).toBe(16 * MB);
    expect(pickLimit('/home/u/constructor', [])).toBe(MAX_PICK_BYTES);
  });
});

describe('readPickedFile', () => {
  test('a 25 MB .docx is refused by its size before it is read', async () => {
    const path = sparseFile(at('大表格.docx'), 25 * MB);
    expect(await refusal(path, pickLimit(path, WORD))).toBe(
      '「大表格.docx」有 25.0 MB，超过此类文件 20.0 MB 的上限，未读取 / "大表格.docx" is 25.0 MB, over the 20.0 MB limit for this kind of file; not read',
    );
  });

  test('a file under its limit is read whole, with its name', async () => {
    writeFileSync(at('form.docx'), new Uint8Array([80, 75, 3, 4]));
    const picked = await readPickedFile(at('form.docx'), 20 * MB);
    expect(picked.name).toBe('form.docx');
    expect([...picked.bytes]).toEqual([80, 75, 3, 4]);
    expect(picked.bytes.buffer.byteLength).toBe(4);
  });

  test('a folder, a device, a FIFO and links to them are refused without waiting', async () => {
    mkdirSync(at('folder.docx'));
    spawnSync('mkfifo', [at('fifo.docx')]);
    symlinkSync('/dev/zero', at('zero.docx'));
    const paths = [at('folder.docx'), '/dev/zero', at('zero.docx')];
    if (existsSync(at('fifo.docx'))) paths.push(at('fifo.docx'));
    for (const path of paths) {
      const name = path.split('/').at(-1);
      expect(await refusal(path, 20 * MB)).toBe(
        `「${name}」不是普通文件（文件夹、设备、管道等），未读取 / "${name}" is not a regular file (folder, device, pipe …); not read`,
      );
    }
  });

  test('a file larger than its size said (still being written) is read to limit + 1 bytes, then refused', async () => {
    // A /proc file says size 0 and then gives its text, as a file being written grows after the stat.
    expect((await readPickedFile('/proc/self/maps', MB)).bytes.length).toBeGreaterThan(100);
    expect(await refusal('/proc/self/maps', 100)).toBe(
      '「maps」有 > 100 B，超过此类文件 100 B 的上限，未读取 / "maps" is > 100 B, over the 100 B limit for this kind of file; not read',
    );
  });

  test('a file gone since it was picked, or behind a dangling link, is named in both languages, no path or code', async () => {
    symlinkSync(at('nowhere.docx'), at('dangling.docx'));
    for (const name of ['已删除.docx', 'dangling.docx'])
      expect(await refusal(at(name), 20 * MB)).toBe(
        `「${name}」已不存在（被移动、改名或删除），未读取 / "${name}" is no longer there (moved, renamed or deleted); not read`,
      );
  });
});
