import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../../lib/contract/types';
import { createEnrichmentQueue, enrichCard, type EnrichOptions } from '../../../lib/kb/enrich';
import type { KbEntity } from '../../../lib/kb';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';
import { memoryStore } from '../../fixtures/kb-enrich/memory-store';

const card: Card = {
  title: 'National Cyber Security Centre',
  description: 'Embedded description.',
  facts: [{ label: 'Type', value: 'Government cyber security agency' }],
  links: [],
  source: 'Fact Context seed data',
  licence: 'CC0 1.0',
};
const ncsc: KbEntity = {
  id: 'gb-national-cyber-security-centre',
  type: 'organization',
  name: 'National Cyber Security Centre',
  wikipedia: 'National Cyber Security Centre (United Kingdom)',
  sources: ['seed'],
};

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

function options(overrides: Partial<EnrichOptions> = {}) {
  let clock = Date.parse('2024-05-01T10:00:00Z');
  const now = () => clock;
  const store = memoryStore(now);
  const sleeps: number[] = [];
  const opts: EnrichOptions = {
    sources: { wikipedia: true, wikidata: true },
    fetch: (url, init) => fetch(url, init),
    now,
    store,
    baseUrls: { wikipedia: server.base, wikidata: server.base },
    timeoutMs: 800, // short, yet long enough for a first request on a busy machine
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    ...overrides,
  };
  return { opts, store, sleeps, advance: (ms: number) => (clock += ms) };
}

describe('enrichCard', () => {
  it('adds the Wikipedia extract with its CC BY-SA attribution and photo, and logs the request', async () => {
    const { opts, store } = options();
    const out = await enrichCard(card, ncsc, opts);
    expect(out.extract).toEqual({
      text: expect.stringContaining('test extract written for this fixture'),
      source: 'Wikipedia',
      licence: 'CC BY-SA 4.0',
      url: 'https://en.wikipedia.org/wiki/National_Cyber_Security_Centre_(United_Kingdom)',
    });
    expect(out.photo).toEqual({ url: 'https://upload.wikimedia.org/test/ncsc.png', source: 'Wikipedia' });
    expect(out.facts).toEqual(card.facts);
    expect(store.log).toEqual([
      {
        time: Date.parse('2024-05-01T10:00:00Z'),
        host: new URL(server.base).hostname,
        url: `${server.base}/api/rest_v1/page/summary/National_Cyber_Security_Centre_(United_Kingdom)`,
        status: 200,
      },
    ]);
  });

  it('follows an entry’s Wikidata id to its description, Wikipedia title and extract', async () => {
    const { opts } = options();
    const out = await enrichCard(
      { ...card, title: 'Fixture City', description: undefined },
      { id: 'x-fixture-city', type: 'place', name: 'Fixture City', wikidata: 'Q100', sources: [] },
      opts,
    );
    expect(out.extract?.text).toContain('made-up place');
    expect(out.description).toBe('made-up city for tests (Wikidata)');
    expect(out.links).toContainEqual({
      label: 'Wikipedia',
      url: 'https://en.wikipedia.org/wiki/Fixture_City',
    });
  });

  it('serves a second card from the cache until it expires', async () => {
    const { opts, store, advance } = options();
    await enrichCard(card, ncsc, opts);
    await enrichCard(card, ncsc, opts);
    expect(store.log).toHaveLength(1);
    advance(8 * 24 * 3600_000);
    await enrichCard(card, ncsc, opts);
    expect(store.log).toHaveLength(2);
  });

  it('sends nothing when every source is off', async () => {
    const { opts, store } = options({ sources: { wikipedia: false, wikidata: false } });
    expect(await enrichCard(card, ncsc, opts)).toBe(card);
    expect(store.log).toHaveLength(0);
  });

  it('keeps the embedded card when the source is unreachable, slow or answers nonsense', async () => {
    const down = options({ baseUrls: { wikipedia: 'http://127.0.0.1:9', wikidata: 'http://127.0.0.1:9' } });
    expect(await enrichCard(card, ncsc, down.opts)).toEqual(card);
    expect(down.store.log[0].status).toBe('network-error');

    const slow = options();
    expect(await enrichCard(card, { ...ncsc, wikipedia: 'Slow Page' }, slow.opts)).toEqual(card);
    expect(slow.store.log[0].status).toBe('timeout');

    const broken = options();
    expect(await enrichCard(card, { ...ncsc, wikipedia: 'Broken Page' }, broken.opts)).toEqual(card);
    expect(await enrichCard(card, { ...ncsc, wikipedia: 'Mercury' }, broken.opts)).toEqual(card);
  });

  it('waits as Retry-After asks, then tries once more', async () => {
    const { opts, store, sleeps } = options();
    const out = await enrichCard(card, { ...ncsc, wikipedia: 'Busy Page' }, opts);
    expect(out.extract?.text).toContain('made-up place');
    expect(sleeps).toEqual([2000]);
    expect(store.log.map((e) => e.status)).toEqual([429, 200]);
  });

  it('sends one request at a time to a host when cards are enriched together', async () => {
    const { opts } = options();
    const queue = createEnrichmentQueue(opts);
    server.maxConcurrent = 0;
    const titles = ['National Cyber Security Centre (United Kingdom)', 'Fixture City', 'Nowhere'];
    const cards = await Promise.all(
      titles.map((t) => enrichCard(card, { ...ncsc, wikipedia: t }, { ...opts, queue })),
    );
    expect(server.maxConcurrent).toBe(1);
    expect(cards.map((c) => Boolean(c.extract))).toEqual([true, true, false]);
  });
});
