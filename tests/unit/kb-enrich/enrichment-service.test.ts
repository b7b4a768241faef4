/**
 * The worker's opt-in enrichment step on the seed article, against a local stand-in for Wikipedia:
 * nothing is requested unless the reader switched a source on and granted its host.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import { createEnrichmentService } from '@/lib/kb/enrich/enrichment-service';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';
import { memoryStore } from '../../fixtures/kb-enrich/memory-store';

const text = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/seed/labour-cyber-attack-2019.txt'),
  'utf8',
);
let server: FixtureServer;
let analysis: Analysis;
let linker: Awaited<ReturnType<typeof nodeAnalyzer>>['linker'];

beforeAll(async () => {
  server = await startFixtureServer();
  const analyzer = await nodeAnalyzer();
  linker = analyzer.linker;
  analysis = analyzer.analyze(articleFromText(text, { publishedAt: '2019-11-13T14:38' }));
});
afterAll(() => server.close());

const withOnline = (online: Partial<Settings['online']>): Settings => ({
  ...DEFAULT_SETTINGS,
  online: { ...DEFAULT_SETTINGS.online, ...online },
});

function service(granted: boolean) {
  const store = memoryStore(Date.now);
  const enrichment = createEnrichmentService({
    store: async () => store,
    fetch: (url, init) => fetch(url, init),
    now: Date.now,
    hasHostPermission: async () => granted,
    baseUrls: { wikipedia: server.base, wikidata: server.base },
  });
  return { enrichment, store };
}

const ncscId = () => analysis.entities.find((e) => e.kbId === 'gb-national-cyber-security-centre')!.id;

describe('enrichment service (a card the reader opens)', () => {
  it('requests nothing while every online source is off (the default)', async () => {
    const before = server.requests.length;
    const { enrichment, store } = service(true);
    expect(await enrichment.enrichEntity(analysis, ncscId(), DEFAULT_SETTINGS, linker)).toBeUndefined();
    expect(server.requests.length).toBe(before);
    expect(store.log).toEqual([]);
  });

  it('requests nothing when the source is on but its host permission was refused', async () => {
    const before = server.requests.length;
    const { enrichment } = service(false);
    const settings = withOnline({ wikipedia: true });
    expect(await enrichment.enrichEntity(analysis, ncscId(), settings, linker)).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });

  it('adds a Wikipedia extract with its licence to the opened card only, logging its one request', async () => {
    const { enrichment, store } = service(true);
    const ncsc = await enrichment.enrichEntity(analysis, ncscId(), withOnline({ wikipedia: true }), linker);
    expect(ncsc?.card?.extract).toMatchObject({ source: 'Wikipedia', licence: 'CC BY-SA 4.0' });
    expect(ncsc?.card?.extract?.text).toMatch(/test extract/);
    expect(ncsc?.card?.facts).toEqual(analysis.entities.find((e) => e.id === ncsc!.id)!.card!.facts);
    expect(store.log.map((e) => new URL(e.url).pathname)).toEqual([
      '/api/rest_v1/page/summary/National_Cyber_Security_Centre_(United_Kingdom)',
    ]);
    // The analysis (already sent to the page) is untouched.
    expect(analysis.entities.find((e) => e.id === ncscId())!.card?.extract).toBeUndefined();
  });

  it('answers a name the KB lacks with a checked Wikidata card only when Wikidata is on', async () => {
    const jane: Analysis = {
      ...analysis,
      entities: [
        ...analysis.entities,
        { id: 'e99', name: 'Jane Fixture', type: 'person', confidence: 0.3, mentions: [] },
      ],
    };
    const off = service(true);
    expect(await off.enrichment.enrichEntity(jane, 'e99', withOnline({ wikipedia: true }), linker)).toBe(
      undefined,
    );
    expect(off.store.log).toEqual([]);
    const on = service(true);
    const found = await on.enrichment.enrichEntity(
      jane,
      'e99',
      withOnline({ wikipedia: true, wikidata: true }),
      linker,
    );
    expect(found?.card?.title).toBe('Jane Fixture');
    expect(found?.card?.source).toBe('Wikidata (online)');
    // The story is British (Labour, the NCSC): her British citizenship fits it.
    expect(found?.card?.why?.join(' ')).toMatch(/country GB fits the story/);
    expect(new URL(on.store.log[0].url).searchParams.get('search')).toBe('Jane Fixture');
  });
});
