// Writes a database with the raw IndexedDB API, in the shape an older app version left on disk.

export interface RawStore {
  name: string;
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry?: boolean }[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Creates `name` at IndexedDB version `idbVersion` (Dexie's version × 10) and puts the rows. */
export async function seedRawDatabase(
  name: string,
  idbVersion: number,
  stores: readonly RawStore[],
  rows: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  const open = indexedDB.open(name, idbVersion);
  open.onupgradeneeded = () => {
    for (const store of stores) {
      const created = open.result.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const index of store.indexes)
        created.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
