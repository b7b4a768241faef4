import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnrichmentQueue,
  foldName,
  isLookupName,
  lookUpName,
  type NameQuery,
} from '../../../lib/kb/enrich';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';
import { memoryStore } from '../../fixtures/kb-enrich/memory-store';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const COUNTRIES: Record<string, string> = { 'United Kingdom': 'GB', 'United States': 'US' };

function lookup() {
  const store = memoryStore(Date.now);
  const queue = createEnrichmentQueue({ fetch: (u, i) => fetch(u, i), now: Date.now, store });
  const run = (query: Partial<NameQuery> & { name: string }) =>
    lookUpName(
      { type: 'person', storyCountries: [], ...query },
      { store, queue, wikidataBase: server.base, countryCode: (l) => COUNTRIES[l] },
    );
  return { run, store };
}

describe('online answers for names the KB lacks (Wikidata)', () => {
  it('takes the one hit that is a human whose name is the whole name, with her office at the article’s date', async () => {
    const { run, store } = lookup();
    const found = await run({ name: 'Jane Fixture', storyCountries: ['GB'], publishedAt: '2020-01-10' });
    expect(found?.wikidata).toBe('Q200');
    expect(found?.wikipediaTitle).toBe('Jane Fixture');
    const card = found!.card;
    expect(card.title).toBe('Jane Fixture');
    expect(card.facts).toEqual([
      { label: 'Instance of', value: 'human' },
      { label: 'Country', value: 'United Kingdom' },
      { label: 'Position at the time', value: 'Minister for Fixtures (since 2019)' },
      { label: 'Position held', value: 'Member of the Fixture Assembly (2010–2015)' },
    ]);
    expect(card.links.map((l) => l.url)).toEqual([
      'https://jane.example/',
      'https://en.wikipedia.org/wiki/Jane_Fixture',
      'https://www.wikidata.org/wiki/Q200',
    ]);
    expect(card).toMatchObject({ source: 'Wikidata (online)', licence: 'CC0 1.0' });
    expect(card.why?.join('; ')).toMatch(/whole name.*human.*country GB fits/);
    // Only the name was sent: the search, then the items and their labels by id.
    const sent = store.log.map((e) => new URL(e.url).searchParams);
    expect(sent[0].get('search')).toBe('Jane Fixture');
    expect(store.log.map((e) => new URL(e.url).searchParams.get('action'))).toEqual([
      'wbsearchentities',
      'wbgetentities',
      'wbgetentities',
    ]);
    expect([...sent[0].keys()].sort()).toEqual([
      'action',
      'format',
      'language',
      'limit',
      'origin',
      'search',
      'type',
      'uselang',
    ]);
  });

  it('on the article’s date before she took office, the office is an earlier one', async () => {
    const { run } = lookup();
    const found = await run({ name: 'Jane Fixture', publishedAt: '2012-01-01' });
    expect(found!.card.facts.find((f) => f.label === 'Position at the time')?.value).toBe(
      'Member of the Fixture Assembly (2010–2015)',
    );
  });

  it('refuses the wrong kind: the name of a person is not an organisation or a place', async () => {
    const { run } = lookup();
    expect(await run({ name: 'Jane Fixture', type: 'organization' })).toBeUndefined();
    expect(await run({ name: 'Jane Fixture', type: 'place' })).toBeUndefined();
    expect((await run({ name: 'Fixture City', type: 'place' }))?.wikidata).toBe('Q100');
    expect(await run({ name: 'Fixture City', type: 'person' })).toBeUndefined();
  });

  it('refuses a country that contradicts the story, and accepts it when the story’s country is unknown', async () => {
    const { run } = lookup();
    expect(await run({ name: 'Fixture Corp', type: 'organization', storyCountries: ['GB'] })).toBeUndefined();
    const found = await run({ name: 'Fixture Corp', type: 'organization', storyCountries: [] });
    expect(found?.wikidata).toBe('Q210');
    // Its official website is a javascript: address: not a link.
    expect(found!.card.links.map((l) => l.label)).toEqual(['Wikidata']);
  });

  it('abstains between namesakes, and when only part of the name matches', async () => {
    const { run } = lookup();
    expect(await run({ name: 'Sam Namesake' })).toBeUndefined();
    expect(await run({ name: 'Jane', type: 'person' })).toBeUndefined();
  });

  it('serves a second lookup from the cache', async () => {
    const { run, store } = lookup();
    await run({ name: 'Jane Fixture' });
    const sent = store.log.length;
    expect((await run({ name: 'Jane Fixture' }))?.wikidata).toBe('Q200');
    expect(store.log.length).toBe(sent);
  });

  it('folds names for comparison and looks up only names the tagger is surer of', () => {
    expect(foldName('Zoë  O’Brien’s')).toBe('zoe obrien');
    expect(isLookupName('Jane Fixture', 'person', 1)).toBe(true);
    expect(isLookupName('Fixture', 'organization', 1)).toBe(false);
    expect(isLookupName('Fixture', 'organization', 3)).toBe(true);
    expect(isLookupName('Jane Fixture', 'event', 4)).toBe(false);
    expect(isLookupName('2019', 'place', 4)).toBe(false);
  });
});
