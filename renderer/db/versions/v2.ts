// Version 2: attachments looked up by file and soft-deleted; applicants by code; roster rows by search term.
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { rosterTerms } from '../search-terms';

/** Only what changes from v1; Dexie keeps the other tables as they are. */
export const V2_STORES = {
  ...V1_STORES,
  applicants: 'id, kind, name, updatedAt, code',
  rosterRows: 'id, draftId, [draftId+roster+order], *terms',
  attachments: 'id, draftId, [draftId+sha256], removedAt',
} as const;

/** Fills the new search index of the roster rows v1 left. Attachments and applicants need no change. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('rosterRows')
    .toCollection()
    .modify((r: { row: unknown; terms?: string[] }) => {
      r.terms = rosterTerms(r.row);
    });
}

export function declareVersion2(db: Dexie): void {
  db.version(2).stores(V2_STORES).upgrade(upgradeToVersion2);
}
