/**
 * The worker's opt-in enrichment step on the seed article, against a local stand-in for Wikipedia:
 * nothing is requested unless the reader switched a source on and granted its host.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/analysis/types';
import { createEnrichmentService } from '@/lib/ext/enrichment-service';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';
import { memoryStore } from '../../fixtures/kb-enrich/memory-store';

const text = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/seed/labour-cyber-attack-2019.txt'),
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

describe('enrichment service', () => {
  it('requests nothing while every online source is off (the default)', async () => {
    const before = server.requests.length;
    const { enrichment, store } = service(true);
    expect(await enrichment.enrich(analysis, DEFAULT_SETTINGS, linker)).toBeUndefined();
    expect(server.requests.length).toBe(before);
    expect(store.log).toEqual([]);
  });

  it('requests nothing when the source is on but its host permission was refused', async () => {
    const before = server.requests.length;
    const { enrichment } = service(false);
    expect(await enrichment.enrich(analysis, withOnline({ wikipedia: true }), linker)).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });

  it('adds a Wikipedia extract with its licence to the NCSC card, logs each request, and changes nothing else', async () => {
    const { enrichment, store } = service(true);
    const enriched = await enrichment.enrich(analysis, withOnline({ wikipedia: true }), linker);
    expect(enriched).toBeDefined();
    const ncsc = enriched!.entities.find((e) => e.kbId === 'gb-national-cyber-security-centre')!;
    expect(ncsc.card?.extract).toMatchObject({ source: 'Wikipedia', licence: 'CC BY-SA 4.0' });
    expect(ncsc.card?.extract?.text).toMatch(/test extract/);
    expect(ncsc.card?.facts).toEqual(analysis.entities.find((e) => e.id === ncsc.id)!.card!.facts);
    expect(store.log.length).toBeGreaterThan(0);
    expect(store.log.length).toBeLessThanOrEqual(8 * 2);
    expect(enriched!.claims).toBe(analysis.claims);
    // The original analysis (already sent to the page) is untouched.
    expect(
      analysis.entities.find((e) => e.kbId === 'gb-national-cyber-security-centre')!.card?.extract,
    ).toBeUndefined();
  });
});
