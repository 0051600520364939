// Every damaged backup is refused with its own message, and the database stays exactly as it was.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup, type RestoreOptions } from '../../renderer/backup/restore-backup';
import { BackupError } from '../../renderer/backup/backup-error';
import { QUOTA_MESSAGE } from '../../renderer/db/errors';
import { saveDraft } from '../../renderer/db/drafts';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, dumpDatabase } from './helpers/test-db';
import {
  ATTACHMENT_BYTES,
  blobBytes,
  entryDataOffset,
  readJson,
  repack,
  seedBackupFixture,
  unpack,
} from './helpers/backup-fixture';

let db: GrantDeskDb;
let zip: Uint8Array;
let draftA: string;
let attachmentId: string;

beforeAll(async () => {
  const made = createTestDb();
  db = made.db;
  const { draftIds } = await seedBackupFixture(db, made.clock);
  draftA = draftIds[0]!;
  zip = await blobBytes((await exportBackup(db, { appVersion: '0.1.0' })).blob);
  // Later edits: a refused restore must not undo or overwrite them either.
  await saveDraft(db, draftA, { title: '备份之后又改过' });
  const files = unpack(zip);
  attachmentId = Object.keys(files)
    .filter((p) => p.startsWith('attachments/'))
    .find((p) => files[p]!.length === ATTACHMENT_BYTES.length)!
    .slice('attachments/'.length);
});

async function expectRefused(bytes: Uint8Array, message: string, options?: RestoreOptions): Promise<void> {
  const before = await dumpDatabase(db);
  for (const onConflict of ['keep-both', 'replace'] as const) {
    const error = await restoreBackup(db, bytes, { onConflict, ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toBe(message);
  }
  expect(await dumpDatabase(db)).toEqual(before);
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

describe('restore refuses a damaged backup and writes nothing', () => {
  it('a truncated zip', async () => {
    await expectRefused(zip.slice(0, zip.length - 200), '文件不是有效的 zip 备份（可能被截断）');
    await expectRefused(zip.slice(0, zip.length >> 1), '文件不是有效的 zip 备份（可能被截断）');
    await expectRefused(strToU8('不是 zip'), '文件不是有效的 zip 备份（可能被截断）');
  });

  it('a changed byte in an attachment', async () => {
    const at = entryDataOffset(zip, `attachments/${attachmentId}`) + 1000;
    await expectRefused(
      flipped(zip, at),
      `备份文件中 attachments/${attachmentId} 的校验值不符（文件已损坏或被修改）`,
    );
  });

  it('a changed byte in a JSON entry, in the compressed data or in the content', async () => {
    const path = `drafts/${draftA}.json`;
    const message = `备份文件中 ${path} 的校验值不符（文件已损坏或被修改）`;
    await expectRefused(flipped(zip, entryDataOffset(zip, path) + 20), message);
    const files = unpack(zip);
    files[path] = flipped(files[path]!, 40);
    await expectRefused(await repack(files), message);
  });

  it('an entry missing', async () => {
    const files = unpack(zip);
    delete files[`drafts/${draftA}.json`];
    await expectRefused(
      await repack(files),
      `备份文件不完整：缺少 manifest.json 中列出的 drafts/${draftA}.json`,
    );
  });

  it('an entry not listed in the manifest', async () => {
    const files = unpack(zip);
    files['drafts/extra.json'] = strToU8('{}');
    await expectRefused(
      await repack(files),
      '备份文件中的 drafts/extra.json 未列在 manifest.json 中（文件可能被修改）',
    );
  });

  it('a manifest listing an entry twice', async () => {
    const files = unpack(zip);
    const manifest = readJson(files, 'manifest.json') as { entries: unknown[] };
    manifest.entries.push(manifest.entries[0]);
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    await expectRefused(
      await repack(files),
      `备份文件中 manifest.json 的字段 entries.${manifest.entries.length - 1}.path 无效：条目重复`,
    );
  });

  it('a wrong format version, a foreign manifest, no manifest', async () => {
    const files = unpack(zip);
    const manifest = readJson(files, 'manifest.json');
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 2 }));
    await expectRefused(await repack(files), '备份格式版本 2 不受支持（本程序支持 1）');
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, format: 'other/app' }));
    await expectRefused(await repack(files), '这个文件不是 GrantDesk 备份（manifest.json 中的格式标识不符）');
    delete files['manifest.json'];
    await expectRefused(await repack(files), '这个文件不是 GrantDesk 备份（缺少 manifest.json）');
  });

  it('an entry that breaks the schema, with the field named', async () => {
    const path = `drafts/${draftA}.json`;
    const files = unpack(zip);
    const entry = readJson(files, path) as {
      draft: Record<string, unknown>;
      rosterRows: Record<string, unknown>[];
    };
    entry.rosterRows[1]!.order = -1;
    files[path] = strToU8(JSON.stringify(entry));
    await expectRefused(
      await repack(files, true),
      `备份文件中 ${path} 的字段 rosterRows.1.order 无效：数值过小：期望 number >=0`,
    );
    entry.rosterRows[1]!.order = 1;
    entry.draft.status = 'done';
    files[path] = strToU8(JSON.stringify(entry));
    await expectRefused(
      await repack(files, true),
      `备份文件中 ${path} 的字段 draft.status 无效：无效选项：期望以下之一 "draft"|"ready"|"printed"|"submitted"|"approved"|"rejected"`,
    );
  });

  it('draft data refused by the injected validator', async () => {
    const validateDraftData: RestoreOptions['validateDraftData'] = (_policy, program, data) =>
      program === 'apprenticeship' && !('applicant' in data)
        ? { path: 'applicant.name', message: '不能为空' }
        : null;
    await expectRefused(
      zip,
      `备份文件中 drafts/${draftA}.json 的字段 draft.data.applicant.name 无效：不能为空`,
      { validateDraftData },
    );
  });

  it('a full disk during the write leaves nothing half-written', async () => {
    const before = await dumpDatabase(db);
    db.attachments.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(restoreBackup(db, zip, { onConflict: 'replace' })).rejects.toThrow(QUOTA_MESSAGE);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
