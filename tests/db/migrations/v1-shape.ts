// The on-disk shape of schema version 1, for seeding migration tests of later versions.
import type { RawStore } from '../helpers/raw-idb';

/** The v1 shape, written out by hand (not derived from the code) so that it cannot drift. */
export const V1_RAW_STORES: readonly RawStore[] = [
  {
    name: 'applicants',
    keyPath: 'id',
    indexes: [
      { name: 'kind', keyPath: 'kind' },
      { name: 'name', keyPath: 'name' },
      { name: 'updatedAt', keyPath: 'updatedAt' },
    ],
  },
  {
    name: 'drafts',
    keyPath: 'id',
    indexes: ['updatedAt', 'status', 'program', 'policy', 'applicantId', 'deletedAt'].map((k) => ({
      name: k,
      keyPath: k,
    })),
  },
  {
    name: 'rosterRows',
    keyPath: 'id',
    indexes: [
      { name: 'draftId', keyPath: 'draftId' },
      { name: '[draftId+roster+order]', keyPath: ['draftId', 'roster', 'order'] },
    ],
  },
  { name: 'attachments', keyPath: 'id', indexes: [{ name: 'draftId', keyPath: 'draftId' }] },
  {
    name: 'revisions',
    keyPath: 'id',
    indexes: [
      { name: 'draftId', keyPath: 'draftId' },
      { name: '[draftId+seq]', keyPath: ['draftId', 'seq'] },
    ],
  },
  {
    name: 'exports',
    keyPath: 'id',
    indexes: [
      { name: 'draftId', keyPath: 'draftId' },
      { name: 'at', keyPath: 'at' },
    ],
  },
];
