// The on-disk shape of schema version 2, for seeding migration tests of later versions.
import type { RawStore } from '../helpers/raw-idb';
import { V1_RAW_STORES } from './v1-shape';

const idx = (...names: (string | string[])[]) =>
  names.map((k) => ({ name: Array.isArray(k) ? `[${k.join('+')}]` : k, keyPath: k }));

/** The v2 shape, written out by hand from v1 and the indexes v2 added, so that it cannot drift. */
export const V2_RAW_STORES: readonly RawStore[] = V1_RAW_STORES.map((store): RawStore => {
  switch (store.name) {
    case 'applicants':
      return { ...store, indexes: idx('kind', 'name', 'updatedAt', 'code') };
    case 'rosterRows':
      return {
        ...store,
        indexes: [
          ...idx('draftId', ['draftId', 'roster', 'order']),
          { name: 'terms', keyPath: 'terms', multiEntry: true },
        ],
      };
    case 'attachments':
      return { ...store, indexes: idx('draftId', ['draftId', 'sha256'], 'removedAt') };
    default:
      return store;
  }
});
