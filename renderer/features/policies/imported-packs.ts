// Stored packs live in IndexedDB as their files' text; at start, and whenever the table changes (an
// import or removal in this window or another), each is read again by the same loader as an import
// (data only, nothing run); the ones not removed are registered, the ones that no longer load listed.
import { liveQuery } from 'dexie';
import { getPack, PACKS, registerPack, unregisterPack } from '../../../shared/policy';
import type { Pack } from '../../../shared/policy/types';
import {
  packFilesHash,
  packRowSchema,
  removePack,
  storePack,
  type GrantDeskDb,
  type PackFiles,
  type PackRow,
  type StorePackOutcome,
} from '../../db';
import { checkPackFiles } from './check-pack-upload';
import { keepPackCopy, keepPackSource, keepUnreadablePacks, type UnreadablePack } from './pack-pins';

export type { UnreadablePack } from './pack-pins';

// Stored rows of user-imported versions by `id@version`, so the 政策库 can offer their removal.
const rows = new Map<string, PackRow>();
const rowKey = (id: string, version: string) => `${id}@${version}`;
// What each stored content (by its hash) loaded as: a table change re-checks only new content.
const loadedBySha = new Map<string, Pack | UnreadablePack>();

/** The stored row of a user-imported pack version; undefined for a bundled one (also a stored one). */
export function importedRow(pack: Pick<Pack, 'id' | 'version'>): PackRow | undefined {
  return rows.get(rowKey(pack.id, pack.version));
}

function adopt(row: PackRow, pack: Pack): void {
  if (row.origin !== 'bundled') rows.set(rowKey(pack.id, pack.version), row);
  keepPackCopy(pack);
  keepPackSource(pack, row.files['source.txt']);
  if (row.removedAt === undefined) {
    if (getPack(pack.id, pack.version) !== pack) registerPack(pack);
  } else unregisterPack(pack.id, pack.version);
}

const named = (value: unknown): string =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, 64) : '?';

function unreadable(raw: unknown, zh: string[], en: string[]): UnreadablePack {
  const r = (raw ?? {}) as Record<string, unknown>;
  return {
    packId: named(r['packId']),
    version: named(r['version']),
    problems: zh,
    problemsEn: en,
    removed: r['removedAt'] !== undefined,
  };
}

/** A stored row's pack, or why it cannot be used: a damaged record, changed files, a failed check. */
async function readRow(raw: unknown): Promise<{ row: PackRow; pack: Pack } | UnreadablePack> {
  const parsed = packRowSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    return unreadable(
      raw,
      [`错误 存储的记录不完整或已损坏（字段 ${field}）`],
      [`error The stored record is incomplete or damaged (field ${field})`],
    );
  }
  const row = parsed.data;
  // Hashed every time (the files, not the stored checksum, key the cache): changed files are never
  // taken for a version that loaded earlier in this session.
  const sha = await packFilesHash(row.files);
  const known = sha === row.sha256 ? loadedBySha.get(sha) : undefined;
  const result: Pack | UnreadablePack = known ?? (await loadRow(row, sha));
  if (sha === row.sha256) loadedBySha.set(sha, result);
  return 'problems' in result ? { ...result, removed: row.removedAt !== undefined } : { row, pack: result };
}

async function loadRow(row: PackRow, sha: string): Promise<Pack | UnreadablePack> {
  if (sha !== row.sha256)
    return unreadable(
      row,
      ['错误 文件内容与保存时的校验值不符（存储可能已损坏）'],
      ['error The files do not match the checksum they were stored with (storage may be damaged)'],
    );
  const checked = checkPackFiles(row.files);
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (!checked.pack)
    return unreadable(
      row,
      errors.map((p) => `${p.text}（${p.place}）`),
      errors.map((p) => `${p.textEn} (${p.place})`),
    );
  if (checked.pack.id !== row.packId || checked.pack.version !== row.version)
    return unreadable(
      row,
      [`错误 记录为 ${row.packId}@${row.version}，文件却是 ${checked.pack.id}@${checked.pack.version}`],
      [
        `error Stored as ${row.packId}@${row.version}, the files are ${checked.pack.id}@${checked.pack.version}`,
      ],
    );
  return checked.pack;
}

// The versions this build bundles: their stored copies are not registered over the build's own.
const bundledHere = (bundled: readonly Pack[], id: string, version: string) =>
  bundled.some((p) => p.id === id && p.version === version);

async function syncRows(raws: readonly unknown[], bundled: readonly Pack[]): Promise<UnreadablePack[]> {
  const failed: UnreadablePack[] = [];
  const ordered = [...raws].sort(
    (a, b) => Number((a as PackRow).importedAt ?? 0) - Number((b as PackRow).importedAt ?? 0),
  );
  for (const raw of ordered) {
    const read = await readRow(raw);
    if ('problems' in read) failed.push(read);
    // This build's own copy stays registered: not replaced by a stored one, not removed with it.
    else if (
      bundledHere(bundled, read.pack.id, read.pack.version) &&
      (read.row.origin === 'bundled' || read.row.removedAt !== undefined)
    )
      continue;
    else adopt(read.row, read.pack);
  }
  keepUnreadablePacks(failed);
  return failed;
}

/**
 * Reads every stored pack version (removed ones too, for the drafts pinned to them) and registers the
 * ones not removed; versions an earlier build bundled come back for the drafts pinned to them. Returns
 * the versions that no longer load (also kept for the 政策库 and the editor), never thrown.
 */
export async function loadImportedPacks(
  db: GrantDeskDb,
  bundled: readonly Pack[] = PACKS,
): Promise<UnreadablePack[]> {
  return syncRows(await db.packs.toArray(), bundled);
}

/**
 * Follows the packs table (Dexie's liveQuery also hears other windows): an import or removal anywhere
 * shows in every list without a reload. Returns the unsubscribe function.
 */
export function watchStoredPacks(db: GrantDeskDb, bundled: readonly Pack[] = PACKS): () => void {
  let queue = Promise.resolve();
  const subscription = liveQuery(() => db.packs.toArray()).subscribe({
    next: (raws) => {
      // One failed sync must not stop the ones after it (a rejected chain would skip every later change).
      queue = queue
        .then(() => syncRows(raws, bundled))
        .then(
          () => undefined,
          () => undefined,
        );
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** Stores a checked pack and registers it: it then shows wherever bundled packs do. */
export async function importPack(db: GrantDeskDb, pack: Pack, files: PackFiles): Promise<StorePackOutcome> {
  const { row, outcome } = await storePack(db, { packId: pack.id, version: pack.version, files });
  loadedBySha.set(row.sha256, pack);
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
