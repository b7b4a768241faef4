import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEnrichmentStore, type ExtensionEnrichmentStore } from '@/lib/ext/enrichment-store';

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
