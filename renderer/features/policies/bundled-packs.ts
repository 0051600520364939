// The packs this build bundles are also stored, once per version, so that a later build that bundles
// a newer version still has this one for the drafts pinned to it (and offers them 「政策包已更新」).
import { liveQuery } from 'dexie';
import { PACKS } from '../../../shared/policy';
import { BUNDLED_PACK_YAML } from '../../../shared/policy/packs/bundled';
import type { Pack } from '../../../shared/policy/types';
import { getStoredPack, storeBundledPack, type GrantDeskDb } from '../../db';

/** A bundled pack with the pack.yaml it was built from. */
export interface BundledPackFiles {
  pack: Pack;
  packYaml: string;
}

/** This build's bundled packs with their pack.yaml texts, in library order. */
export const BUNDLED_FILES: readonly BundledPackFiles[] = BUNDLED_PACK_YAML.flatMap((b) => {
  const pack = PACKS.find((p) => p.id === b.id);
  return pack ? [{ pack, packYaml: b.packYaml }] : [];
});

/**
 * Stores each bundled pack version not stored yet, with its source text (read only then), marked as
 * bundled. Returns the `id@version` of those added; a second start adds nothing.
 */
export async function storeBundledPacks(
  db: GrantDeskDb,
  sourceOf: (file: string) => Promise<string>,
  bundled: readonly BundledPackFiles[] = BUNDLED_FILES,
): Promise<string[]> {
  const added: string[] = [];
  for (const { pack, packYaml } of bundled) {
    if (await getStoredPack(db, pack.id, pack.version)) continue;
    const files = { 'pack.yaml': packYaml, 'source.txt': await sourceOf(pack.sourceFile) };
    if (await storeBundledPack(db, { packId: pack.id, version: pack.version, files }))
      added.push(`${pack.id}@${pack.version}`);
  }
  return added;
}

/**
 * Stores the bundled versions once there is a draft to pin to them (at start, or as soon as the first
 * draft is made): the source texts stay unfetched for a library that holds no draft. `onCount` hears
 * each count the query answers (tests wait for it instead of for time).
 */
export function storeBundledPacksWithDrafts(
  db: GrantDeskDb,
  sourceOf: (file: string) => Promise<string>,
  onCount?: (count: number) => void,
): () => void {
  let done = false;
  const subscription = liveQuery(() => db.drafts.count()).subscribe({
    next: (count) => {
      onCount?.(count);
      if (done || count === 0) return;
      done = true;
      subscription.unsubscribe();
      void storeBundledPacks(db, sourceOf).catch(() => undefined);
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
