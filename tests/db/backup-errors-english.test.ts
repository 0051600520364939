// A refused backup says why in English too (BackupError.messageEn), naming the same entry and field.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup } from '../../renderer/backup/restore-backup';
import { BackupError } from '../../renderer/backup/backup-error';
import { validateStoredDraftData } from '../../renderer/features/backup/stored-data-validator';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb } from './helpers/test-db';
import { blobBytes, readJson, repack, seedBackupFixture, unpack } from './helpers/backup-fixture';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

let db: GrantDeskDb;
let zip: Uint8Array;
let draftA: string;

beforeAll(async () => {
  const made = createTestDb('backup-english');
  db = made.db;
  draftA = (await seedBackupFixture(db, made.clock)).draftIds[0]!;
  zip = await blobBytes((await exportBackup(db, { appVersion: '0.1.0' })).blob);
});

async function refusal(bytes: Uint8Array): Promise<BackupError> {
  const error = await restoreBackup(db, bytes, { onConflict: 'keep-both' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  return error as BackupError;
}

describe('backup refusals in English', () => {
  it('a truncated zip', async () => {
    const error = await refusal(zip.slice(0, zip.length >> 1));
    expect(error.message).toBe('文件不是有效的 zip 备份（可能被截断）');
    expect(error.messageEn).toBe('The file is not a valid zip backup (it may be cut short)');
  });

  it('a manifest listing an entry twice: our own detail in English', async () => {
    const files = unpack(zip);
    const manifest = readJson(files, 'manifest.json') as { entries: unknown[] };
    manifest.entries.push(manifest.entries[0]);
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    const error = await refusal(await repack(files));
    expect(error.messageEn).toBe(
      `Field entries.${manifest.entries.length - 1}.path of manifest.json in the backup is invalid: listed twice`,
    );
  });

  it('an entry that breaks the schema: zod’s English wording, same field', async () => {
    const path = `drafts/${draftA}.json`;
    const files = unpack(zip);
    const entry = readJson(files, path) as { draft: Record<string, unknown> };
    entry.draft.status = 'done';
    files[path] = strToU8(JSON.stringify(entry));
    const error = await refusal(await repack(files, true));
    expect(error.message).toContain('的字段 draft.status 无效：无效选项');
    expect(error.messageEn).toMatch(
      new RegExp(`^Field draft\\.status of ${path} in the backup is invalid: `),
    );
    expect(CJK.test(error.messageEn)).toBe(false);
  });

  it('a draft of a policy this version does not know: the app’s validator words it in both languages', async () => {
    const path = `drafts/${draftA}.json`;
    const files = unpack(zip);
    const entry = readJson(files, path) as { draft: Record<string, unknown> };
    // Any well-formed id may be an imported pack's; one that cannot be a pack id is refused.
    entry.draft.policy = 'XX_2099';
    files[path] = strToU8(JSON.stringify(entry));
    const error = await restoreBackup(db, await repack(files, true), {
      validateDraftData: validateStoredDraftData,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toBe(
      `备份文件中 ${path} 的字段 draft.data 无效：未知的政策文件「XX_2099」`,
    );
    expect((error as BackupError).messageEn).toBe(
      `Field draft.data of ${path} in the backup is invalid: unknown policy document "XX_2099"`,
    );
  });

  it('stored data of the wrong shape names the field, in both languages', async () => {
    const path = `drafts/${draftA}.json`;
    const files = unpack(zip);
    const entry = readJson(files, path) as {
      draft: { policy: string; program: string; data: Record<string, unknown> };
    };
    Object.assign(entry.draft, { policy: 'quzhou-2025', program: 'internship' });
    entry.draft.data = { applicant: {}, data: {}, attachments: 'none' };
    files[path] = strToU8(JSON.stringify(entry));
    const error = (await restoreBackup(db, await repack(files, true), {
      validateDraftData: validateStoredDraftData,
    }).catch((e: unknown) => e)) as BackupError;
    expect(error.message).toBe(`备份文件中 ${path} 的字段 draft.data.attachments 无效：类型不符`);
    expect(error.messageEn).toBe(
      `Field draft.data.attachments of ${path} in the backup is invalid: wrong type`,
    );
  });

  it('an export asked for in English is named in English', async () => {
    const file = await exportBackup(db, { appVersion: '0.1.0', lang: 'en' });
    expect(file.fileName).toMatch(/^GrantDesk-backup-\d{8}-\d{4}\.zip$/);
  });
});
