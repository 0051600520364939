// A copy of the crash journal in IndexedDB. localStorage is written synchronously, but Chromium keeps it in
// the browser process for seconds before writing it to disk, so a killed browser loses it; an IndexedDB
// write reaches the disk's files when it commits (a few ms), and it also holds rosters too large for
// localStorage. Its own small database, so the app's schema and its transactions are untouched.

const DB_NAME = 'grantdesk-journal';
const STORE = 'entries';

/** Where journal texts are mirrored, keyed like the localStorage entries. */
export interface JournalMirror {
  /** Queues a write; writes and removals land in the order they were asked for. */
  put(key: string, text: string): void;
  remove(key: string): void;
  /** Every entry whose key starts with `prefix`. */
  list(prefix: string): Promise<Map<string, string>>;
}

let opening: Promise<IDBDatabase | null> | null = null;
let opened: IDBDatabase | null = null;

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      opened = request.result;
      resolve(opened);
    };
    // Without the mirror the localStorage journal still covers a closed or crashed page.
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
}

function writeTo(db: IDBDatabase | null, fn: (store: IDBObjectStore) => void): void {
  if (!db) return;
  try {
    // Relaxed: no wait for the disk to flush, yet the write is in the files once committed.
    const tx = db.transaction(STORE, 'readwrite', { durability: 'relaxed' });
    fn(tx.objectStore(STORE));
    // Commit now rather than when the request's answer comes back: the write reaches the files sooner.
    tx.commit();
  } catch {
    // A full or closed database loses only the mirror, never the localStorage journal or the save.
  }
}

/** Starts the write in this task when the database is open (no render in between), in order otherwise. */
function write(fn: (store: IDBObjectStore) => void): void {
  if (opened) writeTo(opened, fn);
  else void open().then((db) => writeTo(db, fn));
}

export const indexedDbMirror: JournalMirror = {
  put(key, text) {
    write((store) => store.put(text, key));
  },
  remove(key) {
    write((store) => store.delete(key));
  },
  async list(prefix) {
    const db = await open();
    const found = new Map<string, string>();
    if (!db) return found;
    return new Promise((resolve) => {
      const tx = db.transaction(STORE, 'readonly');
      const cursor = tx.objectStore(STORE).openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return;
        if (typeof c.value === 'string') found.set(String(c.key), c.value);
        c.continue();
      };
      tx.oncomplete = () => resolve(found);
      tx.onerror = () => resolve(found);
      tx.onabort = () => resolve(found);
    });
  },
};

/** Starts opening the database, so that the first keystroke's mirror write does not wait for it. */
export function warmMirror(): void {
  void open();
}
