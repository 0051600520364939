import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup } from '../../renderer/backup/restore-backup';
import { createTestDb, dumpDatabase } from './helpers/test-db';
import { blobBytes, entryCompression, readJson, seedBackupFixture, unpack } from './helpers/backup-fixture';
import { sha256Hex } from '../../renderer/db/hash';

describe('backup round trip', () => {
  it('export, wipe, restore gives back every row and every attachment byte', async () => {
    const { db, clock } = createTestDb('round-trip');
    await seedBackupFixture(db, clock);
    const before = await dumpDatabase(db);
    const backup = await exportBackup(db, { appVersion: '0.1.0' });
    expect(backup).toMatchObject({
      fileName: expect.stringMatching(/^GrantDesk备份-\d{8}-\d{4}\.zip$/),
      draftCount: 3,
      applicantCount: 2,
      attachmentCount: 2,
      warnings: [],
    });
    expect(backup.blob.type).toBe('application/zip');
    await db.delete();

    const fresh = createTestDb('round-trip').db;
    expect(await dumpDatabase(fresh)).toEqual({
      applicants: [],
      drafts: [],
      rosterRows: [],
      attachments: [],
      revisions: [],
      exports: [],
      packs: [],
    });
    const report = await restoreBackup(fresh, backup.blob);
    expect(report.drafts.map((d) => d.outcome)).toEqual(['added', 'added', 'added']);
    const after = await dumpDatabase(fresh);
    // The unrelated applicant was not part of any draft, so it is not in the backup.
    expect(after).toEqual({
      ...before,
      applicants: before.applicants!.filter((a) => (a as { name: string }).name !== '无关单位'),
    });
    expect((after.attachments![0] as { blob: { bytes: number[] } }).blob.bytes.length).toBeGreaterThan(0);
  });

  it('writes the manifest with a hash and size of every entry, JSON deflated and attachments stored', async () => {
    const { db, clock } = createTestDb();
    const { draftIds } = await seedBackupFixture(db, clock);
    const backup = await exportBackup(db, { appVersion: '9.9.9', draftIds: [draftIds[1]!] });
    const zip = await blobBytes(backup.blob);
    const files = unpack(zip);
    const manifest = readJson(files, 'manifest.json') as {
      format: string;
      formatVersion: number;
      appVersion: string;
      createdAt: string;
      entries: { path: string; sha256: string; size: number }[];
    };
    expect(manifest).toMatchObject({ format: 'grantdesk/backup', formatVersion: 1, appVersion: '9.9.9' });
    expect(manifest.createdAt).toMatch(/^2025-03-01T/);
    expect(Object.keys(files).sort()).toEqual(
      [...manifest.entries.map((e) => e.path), 'manifest.json'].sort(),
    );
    expect(manifest.entries.map((e) => e.path)).toEqual([
      `drafts/${draftIds[1]}.json`,
      expect.stringMatching(/^applicants\//),
    ]);
    for (const entry of manifest.entries) {
      expect(entry.size).toBe(files[entry.path]!.length);
      expect(entry.sha256).toBe(await sha256Hex(files[entry.path]!));
    }
    const all = await exportBackup(db, { appVersion: '9.9.9' });
    const allZip = await blobBytes(all.blob);
    const attachment = Object.keys(unpack(allZip)).find((p) => p.startsWith('attachments/'))!;
    expect(entryCompression(allZip, attachment)).toBe(0);
    expect(entryCompression(zip, `drafts/${draftIds[1]}.json`)).toBe(8);
    const draftFile = readJson(files, `drafts/${draftIds[1]}.json`);
    expect(Object.keys(draftFile)).toEqual(['draft', 'rosterRows', 'attachments', 'revisions', 'exports']);
  });
});
