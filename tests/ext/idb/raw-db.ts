/** Databases written straight through IndexedDB, as an older or newer build (or a bug) could have left them. */
export function rawOpen(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void = () => undefined,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Put `rows` into `store` as they are (no checks), with explicit keys when the store has none. */
export function rawPut(db: IDBDatabase, store: string, rows: unknown[], keys?: IDBValidKey[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    rows.forEach((row, i) => tx.objectStore(store).put(row, keys?.[i]));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
