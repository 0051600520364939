// Version 3: imported policy packs, one row per pack version, found by pack and version.
import type Dexie from 'dexie';
import { V2_STORES } from './v2';

/** Drafts gain an optional `policyVersion` (not indexed); older drafts read as the bundled version. */
export const V3_STORES = {
  ...V2_STORES,
  packs: 'id, packId, &[packId+version], removedAt',
} as const;

export function declareVersion3(db: Dexie): void {
  db.version(3).stores(V3_STORES);
}
