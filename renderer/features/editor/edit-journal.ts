// A synchronous journal of edits not yet in IndexedDB. An IndexedDB write started while the page unloads
// may never finish; localStorage writes are synchronous, so a reload right after typing still finds the edit.
import { mergeDraftPatches, type DraftPatch } from '../../db';

const PREFIX = 'grantdesk.pending.';
/** Rosters of thousands of rows are not journalled past this size; they are saved within 500 ms anyway. */
const MAX_JOURNAL_CHARS = 2_000_000;

export interface JournalEntry {
  /** Epoch ms of the last change in the entry. */
  at: number;
  patch: DraftPatch;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The journal of one draft's unsaved edits. */
export function createEditJournal(
  draftId: string,
  store: KeyValueStore = localStorage,
  now: () => number = Date.now,
) {
  const key = PREFIX + draftId;
  let pending: DraftPatch | null = null;
  return {
    /** Adds a change to the pending patch and writes it through at once. */
    record(patch: DraftPatch): void {
      pending = pending ? mergeDraftPatches(pending, patch) : patch;
      const text = JSON.stringify({ at: now(), patch: pending } satisfies JournalEntry);
      try {
        if (text.length <= MAX_JOURNAL_CHARS) store.setItem(key, text);
        else store.setItem(key, JSON.stringify({ at: now(), patch: { ...pending, rosters: undefined } }));
      } catch {
        // A full localStorage only loses the journal, never the IndexedDB save that follows.
      }
    },
    /** Everything pending is in IndexedDB: forget it. */
    clear(): void {
      pending = null;
      store.removeItem(key);
    },
    /** What a previous page left unsaved, if it is newer than the stored draft. */
    leftover(storedUpdatedAt: number): JournalEntry | null {
      const text = store.getItem(key);
      if (!text) return null;
      try {
        const entry = JSON.parse(text) as JournalEntry;
        return entry.at > storedUpdatedAt ? entry : null;
      } catch {
        return null;
      }
    },
  };
}

export type EditJournal = ReturnType<typeof createEditJournal>;
