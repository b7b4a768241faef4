/**
 * Where online enrichment keeps its answers (IndexedDB, with expiry) and the list of every online request
 * it made (bounded, newest kept), which the options page shows the reader. The clock is injectable.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EnrichmentStore } from '@/lib/kb/enrich';
import type { RequestLogEntry } from '@/lib/kb/enrich';

interface EnrichmentDb extends DBSchema {
  answers: { key: string; value: { key: string; value: unknown; expiresAt: number } };
  requests: { key: number; value: RequestLogEntry };
}

/** The store enrichCard uses, plus what the options page needs. */
export interface ExtensionEnrichmentStore extends EnrichmentStore {
  /** Every logged online request, oldest first (at most `logLimit`). */
  requestLog(): Promise<RequestLogEntry[]>;
  /** Forget cached answers and the log (the reader's "clear" button). */
  clear(): Promise<void>;
  close(): void;
}

/** Options: database name (tests use their own), clock, log bound. */
export interface EnrichmentStoreOptions {
  dbName?: string;
  now?: () => number;
  logLimit?: number;
}

/** Open (or create) the enrichment database. */
export async function createEnrichmentStore(
  options: EnrichmentStoreOptions = {},
): Promise<ExtensionEnrichmentStore> {
  const now = options.now ?? Date.now;
  const logLimit = options.logLimit ?? 200;
  const db: IDBPDatabase<EnrichmentDb> = await openDB<EnrichmentDb>(
    options.dbName ?? 'fact-context-enrichment',
    1,
    {
      upgrade(database) {
        database.createObjectStore('answers', { keyPath: 'key' });
        database.createObjectStore('requests', { autoIncrement: true });
      },
    },
  );
  return {
    async get(key) {
      const row = await db.get('answers', key);
      if (!row) return undefined;
      if (row.expiresAt <= now()) {
        await db.delete('answers', key);
        return undefined;
      }
      return row.value;
    },
    async put(key, value, ttlMs) {
      await db.put('answers', { key, value, expiresAt: now() + ttlMs });
    },
    async logRequest(entry) {
      const tx = db.transaction('requests', 'readwrite');
      await tx.store.add(entry);
      let extra = (await tx.store.count()) - logLimit;
      for (let cursor = await tx.store.openCursor(); cursor && extra > 0; cursor = await cursor.continue()) {
        await cursor.delete();
        extra--;
      }
      await tx.done;
    },
    async requestLog() {
      return db.getAll('requests');
    },
    async clear() {
      await db.clear('answers');
      await db.clear('requests');
    },
    close: () => db.close(),
  };
}
