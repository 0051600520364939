// Version 1 of the schema. Never edit once shipped: add versions/v2.ts and a migration test instead.
import type Dexie from 'dexie';

/** Primary key first, then indexes. Unindexed fields (data, row, blob, snapshot …) are not listed. */
export const V1_STORES = {
  applicants: 'id, kind, name, updatedAt',
  drafts: 'id, updatedAt, status, program, policy, applicantId, deletedAt',
  rosterRows: 'id, draftId, [draftId+roster+order]',
  attachments: 'id, draftId',
  revisions: 'id, draftId, [draftId+seq]',
  exports: 'id, draftId, at',
} as const;

export function declareVersion1(db: Dexie): void {
  db.version(1).stores(V1_STORES);
}
