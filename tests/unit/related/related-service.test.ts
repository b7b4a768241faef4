import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/contract/types';
import { openRelatedStores, type RelatedStores } from '@/lib/ext/history-store';
import { createRelatedService, type OpenStores } from '@/lib/related/related-service';
import { rememberFeedEntry, toRemembered } from '@/lib/related';
import {
  analysisOf,
  cricketFinal,
  hospitalRansomware,
  labourAttackPaper,
  labourAttackWire,
  labourManifesto,
} from '../../fixtures/related/stories';

let n = 0;
const opened: RelatedStores[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close().catch(() => undefined)));
});

/** A private database per test; counts how often the service opens it. */
function database(name = `related-service-${++n}`) {
  const calls: number[] = [];
  const open: OpenStores = (historyLimit) => {
    calls.push(historyLimit);
    const stores = openRelatedStores({ dbName: name, historyLimit });
    opened.push(stores);
    return stores;
  };
  return { name, open, calls };
}

/** What analyze() does with findRelated: rank the finished analysis. */
async function read(service: ReturnType<typeof createRelatedService>, analysis: Analysis, limit = 5000) {
  const findRelated = await service.prepare(limit);
  return findRelated(analysis).map((r) => r.url);
}

describe('related coverage in the worker', () => {
  it('lists an earlier report of the same story, not unrelated reading, and never the article itself', async () => {
    const service = createRelatedService(database().open);
    expect(await read(service, analysisOf(labourAttackWire))).toEqual([]);
    expect(await read(service, analysisOf(cricketFinal))).toEqual([]);
    const related = await read(service, analysisOf(labourAttackPaper));
    expect(related).toContain(labourAttackWire.url);
    expect(related).not.toContain(cricketFinal.url);
    expect(related).not.toContain(labourAttackPaper.url);
    // Reading the first report again lists the second, and not itself.
    const again = await read(service, analysisOf(labourAttackWire));
    expect(again).toEqual([labourAttackPaper.url]);
  });

  it('reads nothing until an analysis needs it, then remembers across worker restarts', async () => {
    const db = database();
    const first = createRelatedService(db.open);
    expect(db.calls).toEqual([]);
    await read(first, analysisOf(labourAttackWire));
    await first.flush();
    expect(db.calls).toEqual([5000]);
    // A new worker (the service worker slept) builds its index from the stores.
    const second = createRelatedService(db.open);
    expect(await read(second, analysisOf(labourAttackPaper))).toEqual([labourAttackWire.url]);
    expect(await second.counts()).toEqual({ history: 2, feed: 0 });
  });

  it('clearing the history empties the store and the index; feed items stay related', async () => {
    const service = createRelatedService(database().open);
    await read(service, analysisOf(labourAttackWire));
    await read(service, analysisOf(labourManifesto));
    const feedItem = rememberFeedEntry(
      {
        title: 'NCSC says Labour cyber attack failed',
        url: 'https://feeds.example/ncsc-labour-cyber-attack',
        summary: 'The National Cyber Security Centre said the cyber attack on the Labour Party failed.',
        publishedAt: '2019-11-12T12:00:00Z',
      },
      Date.now(),
    );
    await service.addFeedItems([feedItem]);
    expect(await service.counts()).toEqual({ history: 2, feed: 1 });
    await service.clearHistory();
    expect(await service.counts()).toEqual({ history: 0, feed: 1 });
    const related = await read(service, analysisOf(labourAttackPaper));
    expect(related).not.toContain(labourAttackWire.url);
    expect(related).toContain(feedItem.url);
  });

  it('feed items polled while the index is in memory are found at once', async () => {
    const service = createRelatedService(database().open);
    await read(service, analysisOf(cricketFinal)); // index built
    const wireItem = { ...toRemembered(analysisOf(labourAttackWire), 'feed'), source: 'feed' as const };
    await service.addFeedItems([wireItem]);
    expect(await read(service, analysisOf(labourAttackPaper))).toContain(labourAttackWire.url);
  });

  it('forgets a site the reader turned off, and only that site', async () => {
    const service = createRelatedService(database().open);
    await read(service, analysisOf(labourAttackWire)); // wire.example
    await read(service, analysisOf(hospitalRansomware)); // health.example
    expect(await service.forgetSite('wire.example')).toBe(1);
    expect(await service.counts()).toEqual({ history: 1, feed: 0 });
    expect(await read(service, analysisOf(labourAttackPaper))).not.toContain(labourAttackWire.url);
  });

  it('keeps at most historySize articles, oldest out first, in the store and in the ranking', async () => {
    const service = createRelatedService(database().open);
    await read(service, analysisOf(labourAttackWire), 2);
    await read(service, analysisOf(cricketFinal), 2);
    await read(service, analysisOf(hospitalRansomware), 2); // the wire report falls out
    await service.flush();
    expect((await service.counts()).history).toBe(2);
    expect(await read(service, analysisOf(labourAttackPaper), 2)).not.toContain(labourAttackWire.url);
  });

  it('remembers nothing when the history size is 0', async () => {
    const service = createRelatedService(database().open);
    await read(service, analysisOf(labourAttackWire), 0);
    expect(await read(service, analysisOf(labourAttackPaper), 0)).toEqual([]);
    expect((await service.counts()).history).toBe(0);
  });

  it('a broken database never fails an analysis: it finds nothing and says why to the log', async () => {
    const errors: unknown[] = [];
    const broken: OpenStores = () => {
      const failing = () => Promise.reject(new Error('IndexedDB is unavailable'));
      const store = {
        put: failing,
        putAll: failing,
        all: failing,
        count: failing,
        remove: failing,
        forgetSite: failing,
        clear: failing,
      };
      return { history: store, feed: store, close: async () => {} };
    };
    const service = createRelatedService(broken, (e) => errors.push(e));
    const findRelated = await service.prepare(5000);
    expect(findRelated(analysisOf(labourAttackPaper))).toEqual([]);
    expect(String(errors[0])).toContain('IndexedDB is unavailable');
  });
});
