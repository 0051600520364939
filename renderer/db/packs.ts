// Imported policy packs: one row per pack version, its files as text; removal is soft (pinned drafts).
import type { GrantDeskDb } from './grantdesk-db';
import { packRowSchema, type PackFiles, type PackRow } from './row-schemas';
import { StorageError, notFound, parseRow } from './errors';
import { sha256Hex } from './hash';
import { writeTransaction } from './json';

const PACK_NAME = { zh: '政策包', en: 'policy pack' };

/** SHA-256 of a pack's files, each named, in a fixed order: equal files give an equal hash. */
export async function packFilesHash(files: PackFiles): Promise<string> {
  const parts = (['pack.yaml', 'tests.yaml', 'source.txt'] as const).map(
    (name) => `${name}\u0000${files[name] ?? ''}\u0000`,
  );
  return sha256Hex(new TextEncoder().encode(parts.join('')));
}

export type StorePackOutcome = 'added' | 'unchanged' | 'restored';

/**
 * Stores an imported pack version. The same files again: nothing changes (a removed copy comes back).
 * Other files under a version already stored are refused: a version names one content forever.
 */
export async function storePack(
  db: GrantDeskDb,
  input: { packId: string; version: string; files: PackFiles },
): Promise<{ row: PackRow; outcome: StorePackOutcome }> {
  const sha256 = await packFilesHash(input.files);
  const row = parseRow(packRowSchema, { id: db.newId(), ...input, sha256, importedAt: db.now() }, PACK_NAME);
  return writeTransaction(db, [db.packs], async () => {
    const existing = await db.packs.where('[packId+version]').equals([row.packId, row.version]).first();
    if (!existing) {
      await db.packs.add(row);
      return { row, outcome: 'added' as const };
    }
    if (existing.sha256 !== sha256)
      throw new StorageError(
        'conflict',
        `政策包 ${row.packId} 的版本 ${row.version} 已导入过，但内容不同。请在 pack.yaml 中提高版本号后再导入。`,
        `Version ${row.version} of policy pack ${row.packId} was imported before with other content. Raise the version in pack.yaml and import again.`,
      );
    if (existing.removedAt === undefined) return { row: existing, outcome: 'unchanged' as const };
    const { removedAt: _removed, ...back } = existing;
    await db.packs.put(back);
    return { row: back, outcome: 'restored' as const };
  });
}

/**
 * Keeps a version the app bundles, once: nothing when that version is stored already (whatever its
 * origin or files: a version names one content, and an imported copy is not replaced). True if added.
 * The check and the add share one transaction, so two windows starting at once store one row.
 */
export async function storeBundledPack(
  db: GrantDeskDb,
  input: { packId: string; version: string; files: PackFiles },
): Promise<boolean> {
  const sha256 = await packFilesHash(input.files);
  const row = parseRow(
    packRowSchema,
    { id: db.newId(), ...input, sha256, importedAt: db.now(), origin: 'bundled' },
    PACK_NAME,
  );
  return writeTransaction(db, [db.packs], async () => {
    if (await db.packs.where('[packId+version]').equals([row.packId, row.version]).first()) return false;
    await db.packs.add(row);
    return true;
  });
}

/** Stored pack versions, oldest import first; removed ones only when asked. */
export async function listStoredPacks(
  db: GrantDeskDb,
  options: { includeRemoved?: boolean } = {},
): Promise<PackRow[]> {
  const rows = await db.packs.toArray();
  return rows
    .filter((r) => options.includeRemoved || r.removedAt === undefined)
    .sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
}

/** One stored version (also a removed one: drafts pinned to it still read it), or undefined. */
export async function getStoredPack(
  db: GrantDeskDb,
  packId: string,
  version: string,
): Promise<PackRow | undefined> {
  return db.packs.where('[packId+version]').equals([packId, version]).first();
}

/** Removes a pack version from the lists; its files stay for the drafts that pin it. */
export async function removePack(db: GrantDeskDb, id: string): Promise<PackRow> {
  return writeTransaction(db, [db.packs], async () => {
    const row = await db.packs.get(id);
    if (!row) throw notFound(PACK_NAME, id);
    const removed = { ...row, removedAt: db.now() };
    await db.packs.put(removed);
    return removed;
  });
}
