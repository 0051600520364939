// Page code for kill-after-key's storage part, evaluated as text in a blank page of the app's origin: it
// writes one marker to localStorage, IndexedDB (relaxed, relaxed with commit(), strict) and an OPFS file through a
// Worker's synchronous access handle, all started in one task, and reads them back after a restart.

/** Which mechanisms still hold the marker after the restart. */
export interface Probe {
  local: boolean;
  relaxed: boolean;
  /** Relaxed, with the transaction committed explicitly (no wait for the put's answer). */
  committed: boolean;
  strict: boolean;
  opfs: boolean;
}

export const STORAGE_PROBE = `{
  worker() {
    const src = \`let handle;
      onmessage = async (e) => {
        if (e.data.op === 'open') {
          const dir = await navigator.storage.getDirectory();
          const file = await dir.getFileHandle('bench-kill.txt', { create: true });
          handle = await file.createSyncAccessHandle();
          postMessage('ready');
        } else {
          const bytes = new TextEncoder().encode(e.data.marker);
          handle.truncate(0);
          handle.write(bytes, { at: 0 });
          handle.flush();
          postMessage('written');
        }
      };\`;
    return new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  },
  openDb() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('bench-kill', 2);
      // One store per way, so that no write waits behind another's transaction (the strict one's flush).
      open.onupgradeneeded = () => {
        for (const name of ['relaxed', 'committed', 'strict'])
          if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  },
  async prepare() {
    window.__probeDb = await this.openDb();
    const worker = this.worker();
    await new Promise((resolve) => {
      worker.onmessage = resolve;
      worker.postMessage({ op: 'open' });
    });
    window.__probeWorker = worker;
  },
  write(marker) {
    localStorage.setItem('bench.kill', marker);
    const db = window.__probeDb;
    // Alternate which IndexedDB write goes first, so that neither always has the head start.
    const relaxed = () =>
      db.transaction('relaxed', 'readwrite', { durability: 'relaxed' }).objectStore('relaxed').put(marker, 'k');
    const committed = () => {
      const tx = db.transaction('committed', 'readwrite', { durability: 'relaxed' });
      tx.objectStore('committed').put(marker, 'k');
      tx.commit();
    };
    if (Number(marker.slice(1, marker.indexOf('-'))) % 2) {
      relaxed();
      committed();
    } else {
      committed();
      relaxed();
    }
    db.transaction('strict', 'readwrite', { durability: 'strict' }).objectStore('strict').put(marker, 'k');
    window.__probeWorker.postMessage({ op: 'write', marker });
  },
  async read(marker) {
    const local = localStorage.getItem('bench.kill') === marker;
    const db = await this.openDb();
    const get = (key) =>
      new Promise((resolve) => {
        const r = db.transaction(key).objectStore(key).get('k');
        r.onsuccess = () => resolve(r.result === marker);
        r.onerror = () => resolve(false);
      });
    const relaxed = await get('relaxed');
    const strict = await get('strict');
    const committed = await get('committed');
    db.close();
    let opfs = false;
    try {
      const dir = await navigator.storage.getDirectory();
      const file = await (await dir.getFileHandle('bench-kill.txt')).getFile();
      opfs = (await file.text()) === marker;
    } catch {
      opfs = false;
    }
    return { local, relaxed, committed, strict, opfs };
  },
}`;
