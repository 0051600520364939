// A synchronous journal of edits not yet in IndexedDB, one per draft and tab. An IndexedDB save started while
// the page unloads may never finish; localStorage writes are synchronous, so a closed or crashed page still
// leaves the edit, on the keystroke that made it. A mirror in IndexedDB covers a killed browser (Chromium
// writes localStorage to disk only seconds later) and rosters too large for localStorage.
import type { DraftPatch } from '../../db';
import { indexedDbMirror, type JournalMirror } from './journal-mirror';
import { currentTabId } from './tab-id';

const PREFIX = 'grantdesk.pending.';
/** Past this size an entry goes to localStorage without its tables (the mirror has them all). */
export const MAX_LOCAL_CHARS = 2_000_000;

export interface JournalEntry {
  /** Epoch ms of the last change in the entry. */
  at: number;
  /** The tab that wrote it. */
  tab: string;
  /** updatedAt of the stored draft the edits were made on. */
  base: number;
  /** Each changed unit (`applicant.address`, `data.interns`, `title` …) and its value now. */
  values: Record<string, unknown>;
  /** Units left out of this copy for their size. */
  partial?: string[];
  /** Roster cells being typed into (text not yet committed with Enter/Tab), one per roster at most. */
  cells?: CellDraft[];
}

/** The text typed into a roster cell before it was committed, and where: replayed if it parses. */
export interface CellDraft {
  /** The roster's key in `data` (`partnerSchools`). */
  table: string;
  /** The row's `_rowId`, and its stored index when the row has none. */
  rowId?: string;
  row: number;
  /** The column's key (`name`). */
  col: string;
  text: string;
}

/** A journal written before entries had tabs: the pending patch as it was. */
export interface LegacyEntry {
  at: number;
  patch: DraftPatch;
}

export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface JournalDeps {
  store: KeyValueStore;
  mirror: JournalMirror;
  tabId: () => string;
  now: () => number;
}

/** An entry found when a draft opens: this tab's own (left by a reload) or another tab's. */
export interface FoundEntry {
  tab: string;
  own: boolean;
  entry: JournalEntry | LegacyEntry;
  /** Removes it (both copies) once it is saved. */
  forget(): void;
}

function parse(text: string | null | undefined): (JournalEntry | LegacyEntry) | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || typeof (value as { at?: unknown }).at !== 'number')
      return null;
    return value as JournalEntry | LegacyEntry;
  } catch {
    return null;
  }
}

/** The newer of two copies; on a tie the whole one. */
function newer(a: JournalEntry | LegacyEntry | null, b: JournalEntry | LegacyEntry | null) {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return 'partial' in a && a.partial ? b : a;
}

function defaultDeps(): JournalDeps {
  return { store: localStorage, mirror: indexedDbMirror, tabId: currentTabId, now: Date.now };
}

/** The journal of one draft's unsaved edits in this tab. */
export function createEditJournal(draftId: string, deps: JournalDeps = defaultDeps()) {
  const draftPrefix = `${PREFIX}${draftId}.`;
  const keyOf = (tab: string) => draftPrefix + tab;
  const forgetKey = (key: string) => {
    try {
      deps.store.removeItem(key);
    } catch {
      // nothing to do: the entry is replayed again, which writes the same values
    }
    deps.mirror.remove(key);
  };
  return {
    /**
     * Writes this tab's pending edits through at once (replacing its previous entry). False when they
     * did not all fit in localStorage: the caller saves at once, so they are never left unjournalled.
     */
    record(base: number, values: Record<string, unknown>, cells: readonly CellDraft[] = []): boolean {
      const tab = deps.tabId();
      const key = keyOf(tab);
      const entry: JournalEntry = { at: deps.now(), tab, base, values };
      if (cells.length > 0) entry.cells = [...cells];
      const text = JSON.stringify(entry);
      deps.mirror.put(key, text);
      try {
        if (text.length <= MAX_LOCAL_CHARS) {
          deps.store.setItem(key, text);
          return true;
        }
      } catch {
        // localStorage is full: keep what fits below
      }
      const big = Object.keys(values).filter((u) => JSON.stringify(values[u] ?? null).length > 10_000);
      const small = Object.fromEntries(Object.entries(values).filter(([u]) => !big.includes(u)));
      try {
        deps.store.setItem(key, JSON.stringify({ ...entry, values: small, partial: big }));
      } catch {
        // the mirror still has it all, and the caller saves at once
      }
      return false;
    },
    /** Everything this tab had pending is in IndexedDB: forget it. */
    clear(): void {
      forgetKey(keyOf(deps.tabId()));
    },
    /** Entries of this draft that tabs left, oldest first (read from both copies). */
    async leftovers(): Promise<FoundEntry[]> {
      const keys = new Set<string>();
      for (let i = 0; i < deps.store.length; i++) {
        const key = deps.store.key(i);
        if (key?.startsWith(draftPrefix)) keys.add(key);
      }
      const mirrored = await deps.mirror.list(draftPrefix).catch(() => new Map<string, string>());
      for (const key of mirrored.keys()) keys.add(key);
      const own = deps.tabId();
      const found: FoundEntry[] = [];
      for (const key of keys) {
        const entry = newer(parse(deps.store.getItem(key)), parse(mirrored.get(key)));
        if (!entry) continue;
        const tab = key.slice(draftPrefix.length);
        found.push({ tab, own: tab === own, entry, forget: () => forgetKey(key) });
      }
      // The journal of the version before tabs: one entry per draft, kept by whichever tab opens it.
      const legacyKey = PREFIX + draftId;
      const legacy = parse(deps.store.getItem(legacyKey));
      if (legacy && 'patch' in legacy)
        found.push({ tab: '', own: true, entry: legacy, forget: () => forgetKey(legacyKey) });
      return found.sort((a, b) => a.entry.at - b.entry.at);
    },
  };
}

export type EditJournal = ReturnType<typeof createEditJournal>;
