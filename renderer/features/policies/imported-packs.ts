// Imported packs live in IndexedDB as their files' text; at start each is read again by the same
// loader as an import (data only, nothing run) and the ones not removed are registered.
import { registerPack, unregisterPack } from '../../../shared/policy';
import type { Pack } from '../../../shared/policy/types';
import {
  listStoredPacks,
  removePack,
  storePack,
  type GrantDeskDb,
  type PackFiles,
  type PackRow,
  type StorePackOutcome,
} from '../../db';
import { checkPackFiles } from './check-pack-upload';
import { keepPackCopy, keepPackSource } from './pack-pins';

/** A stored pack version that no longer loads (e.g. a later app refuses what an earlier one took). */
export interface UnreadablePack {
  packId: string;
  version: string;
  problems: string[];
}

// Stored rows by `id@version`, so the 政策库 can offer removal of what was imported.
const rows = new Map<string, PackRow>();
const rowKey = (id: string, version: string) => `${id}@${version}`;

/** The stored row of an imported pack version, or undefined for a bundled one. */
export function importedRow(pack: Pick<Pack, 'id' | 'version'>): PackRow | undefined {
  return rows.get(rowKey(pack.id, pack.version));
}

function adopt(row: PackRow, pack: Pack): void {
  rows.set(rowKey(pack.id, pack.version), row);
  keepPackCopy(pack);
  keepPackSource(pack, row.files['source.txt']);
  if (row.removedAt === undefined) registerPack(pack);
}

/**
 * Reads every stored pack version (removed ones too, for the drafts pinned to them) and registers the
 * ones not removed. Returns the versions that no longer load, to be reported, never thrown.
 */
export async function loadImportedPacks(db: GrantDeskDb): Promise<UnreadablePack[]> {
  const unreadable: UnreadablePack[] = [];
  for (const row of await listStoredPacks(db, { includeRemoved: true })) {
    const checked = checkPackFiles(row.files);
    if (checked.pack) adopt(row, checked.pack);
    else
      unreadable.push({
        packId: row.packId,
        version: row.version,
        problems: checked.problems.map((p) => p.text),
      });
  }
  return unreadable;
}

/** Stores a checked pack and registers it: it then shows wherever bundled packs do. */
export async function importPack(db: GrantDeskDb, pack: Pack, files: PackFiles): Promise<StorePackOutcome> {
  const { row, outcome } = await storePack(db, { packId: pack.id, version: pack.version, files });
  adopt(row, pack);
  return outcome;
}

/** Removes an imported version from the lists; drafts pinned to it keep checking under the kept copy. */
export async function removeImportedPack(db: GrantDeskDb, pack: Pick<Pack, 'id' | 'version'>): Promise<void> {
  const row = importedRow(pack);
  if (!row) return;
  rows.set(rowKey(pack.id, pack.version), await removePack(db, row.id));
  unregisterPack(pack.id, pack.version);
}
