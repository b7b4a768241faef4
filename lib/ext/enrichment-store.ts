/**
 * Where online enrichment keeps its answers (IndexedDB, with expiry) and the list of every online request
 * it made (bounded, newest kept), which the options page shows the reader. The clock is injectable.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { EnrichmentStore } from '@/lib/kb/enrich';
import type { RequestLogEntry } from '@/lib/kb/enrich';
import { ensureStore, openVersioned, type UpgradeStep } from './idb-versions';
import { isRecord } from '../contract/is-record';

interface EnrichmentDb extends DBSchema {
  answers: { key: string; value: { key: string; value: unknown; expiresAt: number } };
  requests: { key: number; value: RequestLogEntry };
}

/**
 * The schema, one step per version (step i makes version i + 1); a later change adds a step, never edits
 * one, so every database ever written is brought up to date.
 */
export const ENRICHMENT_DB_STEPS: UpgradeStep[] = [
  // 0 → 1: cached answers by key; the request log in order of asking.
  (db, tx) => {
    ensureStore(db, tx, 'answers', { keyPath: 'key' });
    ensureStore(db, tx, 'requests', { autoIncrement: true });
  },
];

type Row = EnrichmentDb['answers']['value'];
const isRow = (v: unknown): v is Row =>
  isRecord(v) && typeof v.key === 'string' && typeof v.expiresAt === 'number' && 'value' in v;
/** A log entry the options page can show; anything else is skipped. */
const isLogEntry = (v: unknown): v is RequestLogEntry =>
  isRecord(v) &&
  typeof v.time === 'number' &&
  typeof v.host === 'string' &&
  typeof v.url === 'string' &&
  (typeof v.status === 'number' || typeof v.status === 'string') &&
  (v.redirectedTo === undefined || typeof v.redirectedTo === 'string') &&
  (v.followed === undefined || typeof v.followed === 'boolean');

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
  const db: IDBPDatabase<EnrichmentDb> = await openVersioned<EnrichmentDb>(
    options.dbName ?? 'fact-context-enrichment',
    ENRICHMENT_DB_STEPS,
    { answers: [], requests: [] },
  );
  return {
    async get(key) {
      const row: unknown = await db.get('answers', key);
      if (row === undefined) return undefined;
      // Expired, or not a row this build wrote: asked again, as if never kept.
      if (!isRow(row) || row.expiresAt <= now()) {
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
      const rows: unknown[] = await db.getAll('requests');
      return rows.filter(isLogEntry);
    },
    async clear() {
      await db.clear('answers');
      await db.clear('requests');
    },
    close: () => db.close(),
  };
}
