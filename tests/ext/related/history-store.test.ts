import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openRelatedStores, RELATED_DB_STEPS, type RelatedStores } from '@/lib/ext/history-store';
import { createRelatedIndex, toRemembered, type RememberedArticle } from '@/lib/related';
import {
  analysisOf,
  cricketFinal,
  labourAttackPaper,
  labourAttackWire,
} from '../../fixtures/related/stories';
import { rawOpen, rawPut } from '../idb/raw-db';

let stores: RelatedStores | undefined;
let n = 0;
const open = (opts: { historyLimit?: number } = {}) =>
  (stores = openRelatedStores({ dbName: `related-test-${++n}`, ...opts }));
afterEach(async () => stores?.close());

const article = (i: number, extra: Partial<RememberedArticle> = {}): RememberedArticle => ({
  url: `https://site${i % 3}.example/story/${i}`,
  title: `Story ${i}`,
  entityIds: [`q${i}`],
  terms: [`term${i}`],
  source: 'history',
  seenAt: 1000 + i,
  ...extra,
});

describe('reading history store (IndexedDB)', () => {
  it('remembers articles across openings of the database and gives them back oldest first', async () => {
    const name = `related-test-${++n}`;
    const first = openRelatedStores({ dbName: name });
    await first.history.put(article(2));
    await first.history.put(article(1));
    await first.close();
    stores = openRelatedStores({ dbName: name });
    expect((await stores.history.all()).map((a) => a.url)).toEqual([article(1).url, article(2).url]);
    expect(await stores.feed.count()).toBe(0);
  });

  it('keeps at most the limit, dropping the oldest seen first', async () => {
    const { history } = open({ historyLimit: 5 });
    await history.putAll(Array.from({ length: 8 }, (_, i) => article(i)));
    await history.put(article(100));
    const kept = await history.all();
    expect(kept).toHaveLength(5);
    expect(kept.map((a) => a.seenAt)).toEqual([1004, 1005, 1006, 1007, 1100]);
  });

  it('stores one entry per article whatever URL variant it was read under', async () => {
    const { history } = open();
    await history.put(article(1, { url: 'https://news.example/a?utm_source=x' }));
    await history.put(article(1, { url: 'https://amp.news.example/a/amp', seenAt: 5000 }));
    expect(await history.count()).toBe(1);
    await history.remove('https://www.news.example/a/');
    expect(await history.count()).toBe(0);
  });

  it('forgets a site the reader turned off, subdomains included, and nothing else', async () => {
    const { history } = open();
    await history.putAll([
      article(0),
      article(3),
      article(1),
      article(2, { url: 'https://live.site0.example/x' }),
    ]);
    expect(await history.forgetSite('www.site0.example')).toBe(3);
    expect((await history.all()).map((a) => a.url)).toEqual([article(1).url]);
  });

  it('after clearing, related coverage is empty; before, the earlier report of the story is found', async () => {
    const { history } = open();
    await history.putAll([labourAttackWire, cricketFinal].map((s) => toRemembered(analysisOf(s), 'history')));
    const reading = toRemembered(analysisOf(labourAttackPaper), 'history');
    const before = createRelatedIndex(await history.all()).rank(reading);
    expect(before.map((r) => r.url)).toEqual([labourAttackWire.url]);
    await history.clear();
    expect(createRelatedIndex(await history.all()).rank(reading)).toEqual([]);
  });
});

describe('reading history store: every version on disk, and records of the wrong shape', () => {
  /** The related database exactly as version 1 (the first build) created it. */
  const firstBuildSchema = (db: IDBDatabase) => {
    for (const name of ['history', 'feed']) {
      const store = db.createObjectStore(name, { keyPath: 'key' });
      store.createIndex('seenAt', 'seenAt');
      store.createIndex('site', 'site');
    }
  };
  const storedRow = (i: number) => ({
    ...article(i),
    key: `site${i % 3}.example/story/${i}`,
    site: `site${i % 3}.example`,
  });

  it('a database written by the first version opens with its records, and takes new ones', async () => {
    const name = `related-test-${++n}`;
    const old = await rawOpen(name, 1, firstBuildSchema);
    await rawPut(old, 'history', [storedRow(1), storedRow(2)]);
    old.close();
    stores = openRelatedStores({ dbName: name });
    expect((await stores.history.all()).map((a) => a.url)).toEqual([article(1).url, article(2).url]);
    await stores.history.put(article(4));
    expect(await stores.history.count()).toBe(3);
    expect(RELATED_DB_STEPS).toHaveLength(1); // a new version adds a step, and a case above for its predecessor
  });

  it('a database left by a newer build (the extension was rolled back) is used, not an error on every call', async () => {
    const name = `related-test-${++n}`;
    const newer = await rawOpen(name, 7, firstBuildSchema);
    await rawPut(newer, 'history', [storedRow(1)]);
    newer.close();
    stores = openRelatedStores({ dbName: name });
    expect((await stores.history.all()).map((a) => a.url)).toEqual([article(1).url]);
    await stores.history.put(article(2));
    expect(await stores.history.count()).toBe(2);
  });

  it('a newer database without what this build needs is made again, empty and working', async () => {
    const name = `related-test-${++n}`;
    const newer = await rawOpen(name, 9, (db) => db.createObjectStore('somethingElse'));
    newer.close();
    stores = openRelatedStores({ dbName: name });
    expect(await stores.history.all()).toEqual([]);
    await stores.feed.put(article(3, { source: 'feed' }));
    expect(await stores.feed.count()).toBe(1);
  });

  it('records of the wrong shape are skipped when read and forgetting a site still works; the good ones stay', async () => {
    const name = `related-test-${++n}`;
    const db = await rawOpen(name, 1, firstBuildSchema);
    await rawPut(db, 'history', [
      storedRow(1),
      { key: 'bad-1', site: 'site0.example', seenAt: 1 }, // no url, title, ids or terms
      { ...storedRow(4), key: 'bad-2', entityIds: 'q4' }, // ids not a list
      { ...storedRow(5), key: 'bad-3', seenAt: 'yesterday' },
      { key: 'bad-4', site: 7, seenAt: 2 }, // a site that is not text
      storedRow(2),
    ]);
    db.close();
    stores = openRelatedStores({ dbName: name });
    const kept = await stores.history.all();
    expect(kept.map((a) => a.url)).toEqual([article(1).url, article(2).url]);
    // What is read can be ranked: nothing malformed reaches the index.
    expect(() => createRelatedIndex(kept).rank(article(1))).not.toThrow();
    // Forgetting a site takes its malformed records too (bad-2 names site1.example), and fails on none.
    expect(await stores.history.forgetSite('site1.example')).toBe(2);
    expect((await stores.history.all()).map((a) => a.url)).toEqual([article(2).url]);
  });
});
