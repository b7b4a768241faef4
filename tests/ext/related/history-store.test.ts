import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openRelatedStores, type RelatedStores } from '@/lib/ext/history-store';
import { createRelatedIndex, toRemembered, type RememberedArticle } from '@/lib/related';
import {
  analysisOf,
  cricketFinal,
  labourAttackPaper,
  labourAttackWire,
} from '../../fixtures/related/stories';

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
