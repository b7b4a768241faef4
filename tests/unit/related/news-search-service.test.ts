/**
 * Related coverage from the first day: the worker's news search on the seed article against a local
 * stand-in for GDELT and Google News. Only the query terms and a date window are sent; results are
 * ranked locally; nothing is sent unless the reader switched the search on and granted its hosts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import { createNewsSearchService } from '@/lib/related/news-search-service';
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

beforeAll(async () => {
  server = await startFixtureServer();
  const analyzer = await nodeAnalyzer();
  analysis = analyzer.analyze(
    articleFromText(text, { publishedAt: '2019-11-13T14:38:00Z', url: 'https://courier.example/labour' }),
  );
});
afterAll(() => server.close());

const on: Settings = { ...DEFAULT_SETTINGS, online: { ...DEFAULT_SETTINGS.online, newsSearch: true } };
const NOW = Date.parse('2024-05-01T10:00:00Z');

function service(granted: (origin: string) => boolean = () => true) {
  const store = memoryStore(() => NOW);
  const search = createNewsSearchService({
    store: async () => store,
    fetch: (url, init) => fetch(url, init),
    now: () => NOW,
    hasHostPermission: async (origin) => granted(origin),
    baseUrls: { gdelt: server.base, googleNews: server.base },
  });
  return { search, store };
}

describe('news search for related coverage', () => {
  it('sends nothing while it is off (the default), or when its hosts were not granted', async () => {
    const before = server.requests.length;
    expect(await service().search.search(analysis, DEFAULT_SETTINGS)).toBeUndefined();
    expect(await service(() => false).search.search(analysis, on)).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });

  it('ranks the reports of the story from both indexes, with outlet, date and why; not the unrelated ones', async () => {
    const { search, store } = service();
    const related = await search.search(analysis, on);
    expect(related?.map((r) => r.url)).toEqual([
      expect.stringMatching(/wire\.example|fixture-labour/),
      expect.stringMatching(/wire\.example|fixture-labour/),
    ]);
    const wire = related!.find((r) => r.url.includes('wire.example'))!;
    expect(wire).toMatchObject({ publisher: 'wire.example', publishedAt: '2019-11-12T10:00:00Z' });
    expect(wire.why).toMatch(/found on GDELT/);
    const google = related!.find((r) => r.url.includes('fixture-labour'))!;
    expect(google.publisher).toBe('The Daily Fixture');
    expect(google.title).toBe('Labour Party says NCSC helped it repel cyber attack');
    expect(google.why).toMatch(/found on Google News/);
    expect(store.log.map((e) => e.status)).toEqual([200, 200]);
  });

  it('sends only the key names and, to GDELT, a date window around the publication date', async () => {
    const { search, store } = service();
    await search.search(analysis, on);
    const [gdelt, google] = ['/api/v2/doc/doc', '/rss/search'].map(
      (path) => new URL(store.log.find((e) => new URL(e.url).pathname === path)!.url).searchParams,
    );
    expect([...gdelt.keys()].sort()).toEqual([
      'enddatetime',
      'format',
      'maxrecords',
      'mode',
      'query',
      'sort',
      'startdatetime',
    ]);
    expect(gdelt.get('mode')).toBe('artlist');
    expect(gdelt.get('format')).toBe('json');
    expect(gdelt.get('startdatetime')).toBe('20191110143800');
    expect(gdelt.get('enddatetime')).toBe('20191116143800');
    expect(gdelt.get('query')).toMatch(/Labour/);
    expect([...google.keys()].sort()).toEqual(['ceid', 'gl', 'hl', 'q']);
    // Names only: no word of the article's text beyond them, no address.
    for (const q of [gdelt.get('query')!, google.get('q')!]) {
      expect(q).not.toMatch(/courier|https?:/i);
      expect(q.split(/\s+/).length).toBeLessThanOrEqual(9);
    }
  });

  it('asks each index once a day for one article: the second search is served from the cache', async () => {
    const { search, store } = service();
    await search.search(analysis, on);
    await search.search(analysis, on);
    expect(store.log).toHaveLength(2);
  });
});
