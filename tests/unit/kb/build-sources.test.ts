import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { footballClubs } from '../../../scripts/kb/football';
import { EntityStore } from '../../../scripts/kb/merge';
import { commonWords, wordnetEntities } from '../../../scripts/kb/wordnet';
import type { KbEntity } from '../../../lib/kb/types';

const person = (id: string, extra: Partial<KbEntity>): KbEntity => ({
  id,
  type: 'person',
  name: 'John Smith',
  country: 'GB',
  sources: ['a'],
  ...extra,
});

describe('joining entries from several sources', () => {
  it('joins on the Wikidata QID first, then on name, country and type', () => {
    const store = new EntityStore();
    store.add(person('p1', { wikidata: 'Q1', name: 'Jane Doe' }));
    expect(store.add(person('p2', { wikidata: 'Q1', name: 'Jane M. Doe', sources: ['b'] }))).toBe('p1');
    expect(store.add(person('p3', { name: 'Jane Doe', sources: ['c'] }))).toBe('p1');
    expect(store.joins).toEqual({ id: 0, wikidata: 1, 'name+country+type': 1, 'name+type': 0 });
    expect(store.get('p1')!.aliases).toEqual(['Jane M. Doe']);
  });

  it('keeps namesakes apart: different QIDs, the same source, another country', () => {
    const store = new EntityStore();
    store.add(person('p1', { wikidata: 'Q1' }));
    expect(store.add(person('p2', { wikidata: 'Q2', sources: ['b'] }))).toBe('p2');
    expect(store.add(person('p3', {}))).toBe('p3');
    expect(store.add(person('p4', { country: 'US', sources: ['c'] }))).toBe('p4');
  });

  it('rewrites roles that name a merged-away organisation', () => {
    const store = new EntityStore();
    const party = (id: string, sources: string[]): KbEntity => ({
      id,
      type: 'organization',
      kind: 'political party',
      name: 'Green Party',
      country: 'GB',
      sources,
    });
    store.add(party('gb-green', ['parlgov']));
    store.add(party('party-gb-green-q9', ['everypolitician']));
    store.add(person('p1', { roles: [{ title: 'Member', org: 'party-gb-green-q9' }] }));
    expect(store.all().find((e) => e.id === 'p1')!.roles![0].org).toBe('gb-green');
  });
});

describe('openfootball clubs', () => {
  it('reads names, short forms, founding years and Wikipedia titles, leaving dotted abbreviations out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-clubs-'));
    mkdirSync(join(dir, 'europe/england'), { recursive: true });
    writeFileSync(
      join(dir, 'europe/england/eng.clubs.txt'),
      [
        '= England',
        'Tottenham Hotspur FC, 1882, @ White Hart Lane, London (Tottenham)   ## Greater London',
        '  | Tottenham | Spurs | Tottenham H. | THFC',
        '  | Tottenham Hotspur Football Club [en]',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'europe/clubs.wiki.txt'), '= England\nTottenham Hotspur F.C.\n');
    const [club] = footballClubs(dir, new Map([['GB', 'United Kingdom']]));
    expect(club).toMatchObject({
      id: 'club-gb-tottenham-hotspur-fc',
      kind: 'football club',
      country: 'GB',
      founded: '1882',
      wikipedia: 'Tottenham Hotspur F.C.',
      acronyms: ['THFC'],
    });
    expect(club.aliases).toEqual([
      'Spurs',
      'Tottenham',
      'Tottenham Hotspur',
      'Tottenham Hotspur Football Club',
    ]);
    expect(club.description).toBe(
      'Football club (London, England), founded 1882; home ground White Hart Lane.',
    );
  });
});

describe('WordNet instances', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-wn-'));
  // Offsets, lexicographer files (18 person, 15 location), words, pointers (@i instance of, #p part of), gloss.
  writeFileSync(
    join(dir, 'data.noun'),
    [
      '10794014 18 n 01 writer 0 000 | a person who writes',
      '11039860 18 n 02 Hemingway 0 Ernest_Hemingway 0 001 @i 10794014 n 0000 | an American writer of fiction (1899-1961)',
      '08524735 15 n 01 city 0 000 | a large town',
      '09141526 15 n 02 Texas 0 TX 0 000 | a state',
      '09143786 15 n 01 Dallas 0 002 @i 08524735 n 0000 #p 09141526 n 0000 | a large commercial city in Texas',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'data.adj'), '00001740 00 a 01 able 0 000 | having the means\n');

  it('writes descriptions from the class and years, never the gloss, and finds the country', () => {
    const out = wordnetEntities(
      new Map([['Texas', 'US']]),
      new Map([['American', 'US']]),
      new Set(),
      new Set(),
      dir,
    );
    const byName = new Map(out.map((e) => [e.name, e]));
    expect(byName.get('Ernest Hemingway')).toMatchObject({
      type: 'person',
      kind: 'writer',
      country: 'US',
      description: 'Writer (1899–1961).',
    });
    expect(byName.get('Ernest Hemingway')!.aliases).toBeUndefined();
    expect(byName.get('Dallas')).toMatchObject({
      type: 'place',
      kind: 'city',
      country: 'US',
      description: 'City.',
    });
    expect(byName.has('Texas')).toBe(false);
  });

  it('knows ordinary words from names', () => {
    expect([...commonWords(dir)]).toEqual(['writer', 'city', 'able']);
  });
});
