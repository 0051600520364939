// Bundled pack versions are stored at start, so an app update that bundles a newer version keeps the
// old one for the drafts pinned to it; stored versions that no longer load are listed, not dropped.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft, getPack, PACKS, registerPack, unregisterPack } from '../../shared/policy';
import { diffPackVersions } from '../../shared/policy/pack-diff';
import type { Pack } from '../../shared/policy/types';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup } from '../../renderer/backup/restore-backup';
import { storePack } from '../../renderer/db/packs';
import { asEnvelope, createDraftFromEnvelope } from '../../renderer/features/drafts/create-draft';
import {
  storeBundledPacks,
  storeBundledPacksWithDrafts,
} from '../../renderer/features/policies/bundled-packs';
import { checkPackFiles } from '../../renderer/features/policies/check-pack-upload';
import { loadImportedPacks } from '../../renderer/features/policies/imported-packs';
import {
  checkForPrintUnderPin,
  checkUnderPin,
  listUnreadablePacks,
  resolvePin,
} from '../../renderer/features/policies/pack-pins';
import { buildExampleDraft } from '../../shared/policy';
import { createTestDb } from './helpers/test-db';

const FOLDER = 'shared/policy/packs/quzhou-2025';
const QUZHOU = getPack('quzhou-2025') as Pack;
const CLAUSE = '二(六)19';
const sourceOf = async (file: string) => readFileSync(`shared/policy/sources/${file}`, 'utf8');

/** Build B's Quzhou: version 2026.1, the cap down to 300,000 yuan in the parameter and in clause 二(六)19. */
function buildB() {
  const source = readFileSync(`${FOLDER}/source.txt`, 'utf8').replace('最高不超过50万元', '最高不超过30万元');
  const sha = createHash('sha256').update(source, 'utf8').digest('hex');
  const packYaml = readFileSync(`${FOLDER}/pack.yaml`, 'utf8')
    .replace(/^version: .*$/m, "version: '2026.1'")
    .replace('最高不超过50万元', '最高不超过30万元')
    .replace('value: 500000, clause', 'value: 300000, clause')
    .replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha}`);
  const pack = checkPackFiles({ 'pack.yaml': packYaml, 'source.txt': source }).pack as Pack;
  return { pack, packYaml, source };
}

afterEach(() => {
  // Back to this build's registry.
  unregisterPack('quzhou-2025', '2026.1');
  registerPack(QUZHOU);
});

describe('bundled pack versions survive an app update', () => {
  it('stored once per version, marked bundled: a second start adds nothing', async () => {
    const { db } = createTestDb();
    expect(await storeBundledPacks(db, sourceOf)).toEqual(PACKS.map((p) => `${p.id}@${p.version}`));
    expect(await storeBundledPacks(db, sourceOf)).toEqual([]);
    const rows = await db.packs.toArray();
    expect(rows.map((r) => [r.packId, r.version, r.origin])).toEqual(
      PACKS.map((p) => [p.id, p.version, 'bundled']),
    );
    // Read back at start under the same build: nothing fails, the build's own packs stay registered.
    expect(await loadImportedPacks(db)).toEqual([]);
    expect(getPack('quzhou-2025')).toBe(QUZHOU);
  });

  it('at start they wait for a first draft: a library without drafts fetches no source text', async () => {
    const { db } = createTestDb();
    const fetched: string[] = [];
    const counts: number[] = [];
    const stop = storeBundledPacksWithDrafts(
      db,
      async (file) => {
        fetched.push(file);
        return sourceOf(file);
      },
      (count) => counts.push(count),
    );
    try {
      // The draft count has been answered (0): nothing was fetched or stored for it.
      await expect.poll(() => counts, { timeout: 10_000 }).toEqual([0]);
      expect([fetched, await db.packs.count()]).toEqual([[], 0]);
      await createDraftFromEnvelope(
        db,
        asEnvelope(buildExampleDraft('quzhou-2025', 'training-base') as Record<string, unknown>),
      );
      await expect.poll(() => db.packs.count(), { timeout: 10_000 }).toBe(PACKS.length);
      expect(fetched).toEqual(PACKS.map((p) => p.sourceFile));
    } finally {
      stop();
    }
  });

  it('build A bundles quzhou@2025.1 and a draft pins it; build B bundles 2026.1: the draft still checks under 2025.1 and is offered the update with its diff', async () => {
    const { db } = createTestDb();
    // Build A starts: stores its bundled versions; a draft is made under 2025.1.
    await storeBundledPacks(db, sourceOf);
    const example = asEnvelope(buildExampleDraft('quzhou-2025', 'training-base') as Record<string, unknown>);
    const row = await createDraftFromEnvelope(db, example);
    expect(row.policyVersion).toBe('2025.1');

    // Build B: bundles 2026.1 only.
    const b = buildB();
    unregisterPack('quzhou-2025', '2025.1');
    registerPack(b.pack);
    // Without the stored copy, the pin would be missing (what happened before).
    expect(resolvePin('quzhou-2025', '2025.1').pack).toBeUndefined();
    const bundledB = PACKS.map((p) => (p.id === 'quzhou-2025' ? b.pack : p));
    expect(await loadImportedPacks(db, bundledB)).toEqual([]);
    const added = await storeBundledPacks(
      db,
      async (file) => (file === b.pack.sourceFile ? b.source : sourceOf(file)),
      [{ pack: b.pack, packYaml: b.packYaml }],
    );
    expect(added).toEqual(['quzhou-2025@2026.1']);

    const pin = resolvePin('quzhou-2025', row.policyVersion);
    expect([pin.pack?.version, pin.newer?.version]).toEqual(['2025.1', '2026.1']);
    expect(getPack('quzhou-2025')?.version).toBe('2026.1');
    const envelope = { ...example, policyVersion: '2025.1' };
    expect(checkDraft(envelope, { today: '2026-11-23' }).amount.amountFen).toBe(50_000_000);
    const diff = diffPackVersions(envelope, pin.pack!, pin.newer!, { today: '2026-11-23' });
    expect([diff.amountBefore.amountFen, diff.amountAfter.amountFen]).toEqual([50_000_000, 30_000_000]);
    const before = QUZHOU.clauses.find((c) => c.ref === CLAUSE)!.text;
    expect(diff.clausesChanged).toEqual([
      { ref: CLAUSE, before, after: before.replace('最高不超过50万元', '最高不超过30万元') },
    ]);
  });

  it('backups carry bundled-origin rows; restoring them where they are stored adds no duplicate', async () => {
    const { db } = createTestDb();
    await storeBundledPacks(db, sourceOf);
    const backup = await exportBackup(db, { appVersion: '0.1.0' });
    expect(backup.packCount).toBe(PACKS.length);

    const here = createTestDb().db;
    await storeBundledPacks(here, sourceOf);
    const report = await restoreBackup(here, backup.blob);
    expect(report.packs.map((p) => p.outcome)).toEqual(PACKS.map(() => 'unchanged'));
    expect(await here.packs.count()).toBe(PACKS.length);

    const empty = createTestDb().db;
    await restoreBackup(empty, backup.blob);
    expect((await empty.packs.toArray()).map((r) => r.origin)).toEqual(PACKS.map(() => 'bundled'));
    expect(await storeBundledPacks(empty, sourceOf)).toEqual([]);
    expect(await empty.packs.count()).toBe(PACKS.length);
  });
});

describe('stored packs that no longer load', () => {
  it('are listed with their problem (zh, en), kept in storage, and a draft pinned to one says why', async () => {
    const { db } = createTestDb();
    const b = buildB();
    // A kind a later app added: this app does not know it.
    const newer = {
      'pack.yaml': b.packYaml
        .replace("version: '2026.1'", "version: '2026.2'")
        .replace('kind: rate-then-cap', 'kind: tiered-rate'),
      'source.txt': b.source,
    };
    await storePack(db, { packId: 'quzhou-2025', version: '2026.2', files: newer });
    // Files changed behind the record's checksum.
    const changed = await storePack(db, {
      packId: 'quzhou-2025',
      version: '2026.1',
      files: { 'pack.yaml': b.packYaml, 'source.txt': b.source },
    });
    await db.packs.update(changed.row.id, {
      files: { 'pack.yaml': b.packYaml, 'source.txt': `${b.source}x` },
    });
    // A record cut short.
    await db.packs.put({ id: 'broken', packId: 'lishui-2026', version: '1' } as never);

    const failed = await loadImportedPacks(db);
    expect(failed.map((u) => [u.packId, u.version])).toEqual([
      ['lishui-2026', '1'],
      ['quzhou-2025', '2026.2'],
      ['quzhou-2025', '2026.1'],
    ]);
    expect(failed[0]?.problems).toEqual(['错误 存储的记录不完整或已损坏（字段 files）']);
    expect(failed[0]?.problemsEn).toEqual(['error The stored record is incomplete or damaged (field files)']);
    expect(failed[1]?.problems).toEqual([
      '错误 未知的金额类型「tiered-rate」；可用：rate-then-cap、threshold-then-rate-cap、per-unit、per-unit-by-category、lump-sum、credit-against-payable、user-supplied（pack.yaml:66:21）',
    ]);
    expect(failed[1]?.problemsEn).toEqual([
      'error Unknown amount kind "tiered-rate"; known: rate-then-cap, threshold-then-rate-cap, per-unit, per-unit-by-category, lump-sum, credit-against-payable, user-supplied (pack.yaml:66:21)',
    ]);
    expect(failed[2]?.problems).toEqual(['错误 文件内容与保存时的校验值不符（存储可能已损坏）']);
    expect(listUnreadablePacks()).toEqual(failed);
    // Nothing is deleted, nothing registered.
    expect(await db.packs.count()).toBe(3);
    expect(getPack('quzhou-2025', '2026.2')).toBeUndefined();

    const pin = resolvePin('quzhou-2025', '2026.2');
    expect(pin.pack).toBeUndefined();
    expect(pin.unreadable?.problems).toEqual(failed[1]?.problems);
    expect(pin.newer?.version).toBe('2025.1');
  });

  it('a version that loaded earlier in the session is read again when its files change behind the checksum', async () => {
    const { db } = createTestDb();
    const b = buildB();
    const files = {
      'pack.yaml': b.packYaml.replace("version: '2026.1'", "version: '2026.3'"),
      'source.txt': b.source,
    };
    const stored = await storePack(db, { packId: 'quzhou-2025', version: '2026.3', files });
    expect(await loadImportedPacks(db)).toEqual([]);
    expect(getPack('quzhou-2025', '2026.3')?.version).toBe('2026.3');
    await db.packs.update(stored.row.id, { files: { ...files, 'source.txt': `${b.source}x` } });
    const failed = await loadImportedPacks(db);
    expect(failed.map((u) => [u.packId, u.version, u.problems])).toEqual([
      ['quzhou-2025', '2026.3', ['错误 文件内容与保存时的校验值不符（存储可能已损坏）']],
    ]);
  });
});

describe('lists, summaries and forms check a draft under its pin, as the editor does', () => {
  it('a draft from before pins stays under the bundled version when a newer one is registered', () => {
    registerPack(buildB().pack);
    const { policyVersion: _pin, ...unpinned } = buildExampleDraft('quzhou-2025', 'training-base') as {
      policy: string;
      policyVersion?: string;
    };
    // The plain check takes the newest registered version (the 30万 cap) …
    expect(checkDraft(unpinned).amount.amountFen).toBe(30_000_000);
    // … the pinned ones the bundled version, whose cap is 50万.
    expect(checkUnderPin(unpinned).amount.amountFen).toBe(50_000_000);
    const print = checkForPrintUnderPin(unpinned);
    expect([print.check.amount.amountFen, print.source?.pack.version]).toEqual([50_000_000, QUZHOU.version]);
  });
});
