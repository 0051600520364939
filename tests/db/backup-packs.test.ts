// Imported policy packs travel in backups: every version (removed ones too), byte for byte, and a draft's pin.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup } from '../../renderer/backup/restore-backup';
import { createDraft, saveDraft } from '../../renderer/db/drafts';
import { listStoredPacks, removePack, storePack } from '../../renderer/db/packs';
import { createTestDb, dumpDatabase } from './helpers/test-db';
import { blobBytes, readJson, repack, unpack } from './helpers/backup-fixture';
import { strToU8 } from 'fflate';

const files = (cap: string) => ({
  'pack.yaml': `format: grantdesk/pack@1\nid: "xiangtan-2026"\nversion: "${cap}"\n`,
  'tests.yaml': 'cases: []\n',
  'source.txt': `第六条 最高不超过${cap}万元。\n`,
});

describe('backup of imported policy packs', () => {
  it('export, wipe, restore gives back every pack version and the draft pinned to one', async () => {
    const { db } = createTestDb('packs-round-trip');
    const v1 = await storePack(db, { packId: 'xiangtan-2026', version: '1', files: files('50') });
    await storePack(db, { packId: 'xiangtan-2026', version: '2', files: files('30') });
    await removePack(db, v1.row.id);
    const draft = await createDraft(db, { policy: 'xiangtan-2026', program: 'training-base' });
    await saveDraft(db, draft.id, {}, {});
    await db.drafts.update(draft.id, { policyVersion: '1' });
    const before = await dumpDatabase(db);
    const backup = await exportBackup(db, { appVersion: '0.1.0' });
    expect(backup.packCount).toBe(2);
    const zip = unpack(await blobBytes(backup.blob));
    expect(Object.keys(zip).filter((p) => p.startsWith('packs/')).length).toBe(2);
    await db.delete();

    const fresh = createTestDb('packs-round-trip').db;
    const report = await restoreBackup(fresh, backup.blob);
    expect(report.packs).toEqual([
      { packId: 'xiangtan-2026', version: '1', outcome: 'added' },
      { packId: 'xiangtan-2026', version: '2', outcome: 'added' },
    ]);
    expect(await dumpDatabase(fresh)).toEqual(before);
    expect((await fresh.drafts.get(draft.id))?.policyVersion).toBe('1');
    expect((await listStoredPacks(fresh)).map((p) => p.version)).toEqual(['2']);
  });

  it('a version already here is left as it is, also when the backup holds other files under it', async () => {
    const source = createTestDb().db;
    await storePack(source, { packId: 'xiangtan-2026', version: '1', files: files('50') });
    await storePack(source, { packId: 'xiangtan-2026', version: '2', files: files('30') });
    const backup = await exportBackup(source, { appVersion: '0.1.0' });
    const target = createTestDb().db;
    const mine = await storePack(target, {
      packId: 'xiangtan-2026',
      version: '1',
      files: files('40'),
    });
    await storePack(target, { packId: 'xiangtan-2026', version: '2', files: files('30') });
    const report = await restoreBackup(target, backup.blob);
    expect(report.packs.map((p) => p.outcome)).toEqual(['kept-local', 'unchanged']);
    const stored = await listStoredPacks(target);
    expect(stored.length).toBe(2);
    expect(stored[0]).toEqual(mine.row);
  });

  it('refuses a pack entry whose sha256 is not a hash, naming the entry and the field; writes nothing', async () => {
    const { db } = createTestDb();
    const { row } = await storePack(db, { packId: 'xiangtan-2026', version: '1', files: files('50') });
    const files0 = unpack(await blobBytes((await exportBackup(db, { appVersion: '0.1.0' })).blob));
    const path = `packs/${row.id}.json`;
    files0[path] = strToU8(JSON.stringify({ ...readJson(files0, path), sha256: 'nope' }));
    const target = createTestDb().db;
    const before = await dumpDatabase(target);
    await expect(restoreBackup(target, await repack(files0, true))).rejects.toThrow(
      `备份文件中 ${path} 的字段 sha256 无效：应为 64 位十六进制 SHA-256`,
    );
    expect(await dumpDatabase(target)).toEqual(before);
  });
});
