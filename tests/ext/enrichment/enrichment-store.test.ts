import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createEnrichmentStore,
  ENRICHMENT_DB_STEPS,
  type ExtensionEnrichmentStore,
} from '@/lib/ext/enrichment-store';
import { rawOpen, rawPut } from '../idb/raw-db';

let clock = Date.parse('2024-05-01T10:00:00Z');
let store: ExtensionEnrichmentStore | undefined;
let n = 0;
const open = async (logLimit?: number) =>
  (store = await createEnrichmentStore({ dbName: `enrichment-test-${n++}`, now: () => clock, logLimit }));

afterEach(() => store?.close());

describe('enrichment store', () => {
  it('keeps answers until they expire, and "nothing found" as null', async () => {
    const s = await open();
    await s.put('wikipedia:GCHQ', { title: 'GCHQ' }, 60_000);
    await s.put('wikipedia:Nowhere', null, 60_000);
    expect(await s.get('wikipedia:GCHQ')).toEqual({ title: 'GCHQ' });
    expect(await s.get('wikipedia:Nowhere')).toBeNull();
    expect(await s.get('wikipedia:Unknown')).toBeUndefined();
    clock += 60_001;
    expect(await s.get('wikipedia:GCHQ')).toBeUndefined();
  });

  it('lists the most recent online requests for the reader, oldest first, within its bound', async () => {
    const s = await open(3);
    for (let i = 0; i < 5; i++)
      await s.logRequest({
        time: clock + i,
        host: 'en.wikipedia.org',
        url: `https://en.wikipedia.org/${i}`,
        status: 200,
      });
    const log = await s.requestLog();
    expect(log.map((e) => e.url)).toEqual([2, 3, 4].map((i) => `https://en.wikipedia.org/${i}`));
    await s.clear();
    expect(await s.requestLog()).toEqual([]);
  });

  it('survives reopening: answers persist across worker restarts', async () => {
    const name = `enrichment-test-persist`;
    const first = await createEnrichmentStore({ dbName: name, now: () => clock });
    await first.put('wikidata:Q7334', { id: 'Q7334' }, 60_000);
    first.close();
    store = await createEnrichmentStore({ dbName: name, now: () => clock });
    expect(await store.get('wikidata:Q7334')).toEqual({ id: 'Q7334' });
  });
});

describe('enrichment store: every version on disk, and records of the wrong shape', () => {
  const firstBuildSchema = (db: IDBDatabase) => {
    db.createObjectStore('answers', { keyPath: 'key' });
    db.createObjectStore('requests', { autoIncrement: true });
  };
  const entry = (i: number) => ({
    time: clock + i,
    host: 'en.wikipedia.org',
    url: `https://en.wikipedia.org/${i}`,
    status: 200,
  });

  it('a database written by the first version keeps its answers and log', async () => {
    const name = `enrichment-test-${n++}`;
    const old = await rawOpen(name, 1, firstBuildSchema);
    await rawPut(old, 'answers', [{ key: 'wikidata:Q1', value: { id: 'Q1' }, expiresAt: clock + 1000 }]);
    await rawPut(old, 'requests', [entry(1)]);
    old.close();
    store = await createEnrichmentStore({ dbName: name, now: () => clock });
    expect(await store.get('wikidata:Q1')).toEqual({ id: 'Q1' });
    expect(await store.requestLog()).toEqual([entry(1)]);
    expect(ENRICHMENT_DB_STEPS).toHaveLength(1);
  });

  it('a database left by a newer build opens instead of failing; one lacking the stores is made again', async () => {
    const kept = `enrichment-test-${n++}`;
    const newer = await rawOpen(kept, 4, firstBuildSchema);
    await rawPut(newer, 'requests', [entry(2)]);
    newer.close();
    store = await createEnrichmentStore({ dbName: kept, now: () => clock });
    expect(await store.requestLog()).toEqual([entry(2)]);
    store.close();
    const remade = `enrichment-test-${n++}`;
    (await rawOpen(remade, 4, (db) => db.createObjectStore('other'))).close();
    store = await createEnrichmentStore({ dbName: remade, now: () => clock });
    await store.put('wikipedia:GCHQ', { title: 'GCHQ' }, 60_000);
    expect(await store.get('wikipedia:GCHQ')).toEqual({ title: 'GCHQ' });
  });

  it('answers and log entries of the wrong shape are skipped (asked again), the rest kept', async () => {
    const name = `enrichment-test-${n++}`;
    const db = await rawOpen(name, 1, firstBuildSchema);
    await rawPut(db, 'answers', [
      { key: 'wikidata:Q1', value: { id: 'Q1' }, expiresAt: clock + 1000 },
      { key: 'wikidata:Q2', value: { id: 'Q2' } }, // no expiry: kept for ever otherwise
      { key: 'wikidata:Q3', value: { id: 'Q3' }, expiresAt: 'never' },
    ]);
    await rawPut(
      db,
      'requests',
      [entry(1), null, 'GET /x', { time: 'now', host: 'x', url: 'y', status: 200 }, entry(2)],
      [1, 2, 3, 4, 5],
    );
    db.close();
    store = await createEnrichmentStore({ dbName: name, now: () => clock });
    expect(await store.get('wikidata:Q1')).toEqual({ id: 'Q1' });
    expect(await store.get('wikidata:Q2')).toBeUndefined();
    expect(await store.get('wikidata:Q3')).toBeUndefined();
    expect(await store.requestLog()).toEqual([entry(1), entry(2)]);
  });
});
