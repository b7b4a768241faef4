/**
 * Opening an IndexedDB database whatever version of it is on disk: every older version is brought up to
 * the current one step by step, and a database left by a newer build (the extension was rolled back) is
 * used as it is when it still has what this build needs, or made again when it does not, instead of
 * failing every read and write from then on.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * One step of the schema: step `i` turns a version-`i` database into version `i + 1`. Steps must not
 * assume more than their version promises (a store may already exist when a step is run on a repaired
 * database), so each checks before it creates.
 */
export type UpgradeStep = (db: IDBDatabase, tx: IDBTransaction) => void;

/** What a database must hold to be usable: each store's name and the indexes it needs. */
export type RequiredStores = Record<string, string[]>;

/** Create `name` with `options` unless it exists. */
export function ensureStore(
  db: IDBDatabase,
  tx: IDBTransaction,
  name: string,
  options: IDBObjectStoreParameters,
): IDBObjectStore {
  return db.objectStoreNames.contains(name) ? tx.objectStore(name) : db.createObjectStore(name, options);
}

/** Create the index `name` on `keyPath` unless it exists. */
export function ensureIndex(store: IDBObjectStore, name: string, keyPath: string): void {
  if (!store.indexNames.contains(name)) store.createIndex(name, keyPath);
}

function hasEverything(db: IDBPDatabase<unknown>, required: RequiredStores): boolean {
  const names = Object.keys(required);
  if (!names.every((n) => db.objectStoreNames.contains(n))) return false;
  const tx = db.transaction(names, 'readonly');
  return names.every((n) => required[n].every((index) => tx.objectStore(n).indexNames.contains(index)));
}

const isVersionError = (error: unknown) => error instanceof Error && error.name === 'VersionError';

/** Let a newer build's upgrade go ahead: this connection closes when it would block one. */
const closeWhenBlocking = (_current: number, _blocked: number | null, event: IDBVersionChangeEvent) =>
  (event.target as IDBDatabase).close();

/**
 * Open `name` at version `steps.length`, running every step from the version on disk (0 when new).
 * A newer version on disk is kept when it has the `required` stores and indexes, and deleted and made
 * again otherwise (what it held was written by code this build cannot read).
 */
export async function openVersioned<S extends DBSchema>(
  name: string,
  steps: UpgradeStep[],
  required: RequiredStores,
): Promise<IDBPDatabase<S>> {
  const open = () =>
    openDB<S>(name, steps.length, {
      upgrade(db, oldVersion, _newVersion, tx) {
        const raw = db as unknown as IDBDatabase;
        const rawTx = tx as unknown as IDBTransaction;
        for (let v = Math.max(0, oldVersion); v < steps.length; v++) steps[v](raw, rawTx);
      },
      blocking: closeWhenBlocking,
    });
  try {
    return await open();
  } catch (error) {
    if (!isVersionError(error)) throw error;
  }
  const newer = await openDB<S>(name, undefined, { blocking: closeWhenBlocking });
  if (hasEverything(newer as IDBPDatabase<unknown>, required)) return newer;
  newer.close();
  await deleteDB(name);
  return open();
}
