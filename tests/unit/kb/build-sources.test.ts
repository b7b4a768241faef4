import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { footballClubs } from '../../../scripts/kb/football';
import { EntityStore } from '../../../scripts/kb/merge';
import {
  commonWords,
  namesOtherEventKind,
  secondaryEntries,
  wordnetEntities,
} from '../../../scripts/kb/wordnet';
import { validateKb } from '../../../scripts/kb/validate';
import { buildKbFile, parseKb } from '../../../lib/kb/index';
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

  it('titles waters named for what they are and the planets, and no other kind of place', () => {
    const wn = mkdtempSync(join(tmpdir(), 'fc-wn-waters-'));
    writeFileSync(
      join(wn, 'data.noun'),
      [
        '09000001 17 n 01 sea 0 000 | a division of an ocean',
        '09000002 17 n 02 Pellucid_Sea 0 Mare_Pellucidum 0 001 @i 09000001 n 0000 | a sea between two capes',
        '09000003 17 n 01 desert 0 000 | arid land',
        '09000004 17 n 01 Dusty_Desert 0 001 @i 09000003 n 0000 | a desert south of the sea',
        '09000005 17 n 01 terrestrial_planet 0 000 | a planet like the Earth',
        '09000006 17 n 01 Ferra 0 001 @i 09000005 n 0000 | the fourth planet',
        '09000007 17 n 01 Marble 0 001 @i 09000001 n 0000 | a sea whose name does not say so',
        '',
      ].join('\n'),
    );
    const out = wordnetEntities(new Map(), new Map(), new Set(), new Set(), wn);
    const title = new Map(out.map((e) => [e.name, e.wikipedia]));
    expect(title.get('Pellucid Sea')).toBe('Pellucid Sea');
    expect(title.get('Ferra')).toBe('Ferra');
    expect(title.get('Dusty Desert')).toBeUndefined();
    expect(title.get('Marble')).toBeUndefined();
  });
});

describe('WordNet names worth knowing beyond people and places', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-wn-popular-'));
  // Invented names: events and buildings (noun.act 04, noun.artifact 06), bodies filed as kinds (noun.group 14,
  // '@' hypernym rather than '@i' instance), and a lake whose bare name is another place's.
  writeFileSync(
    join(dir, 'data.noun'),
    [
      '00100000 04 n 01 war 0 000 | a fight',
      '00100100 04 n 04 Great_Quarrel 0 Quarrel_of_Ages 0 Long_Great_Quarrel_of_Old 0 Great_Quarrel_War 0 001 @i 00100000 n 0000 | an invented war (1901-1905)',
      '00100200 04 n 01 Fernhill 0 001 @i 00100000 n 0000 | an invented siege named after a town',
      '02900000 06 n 01 tower 0 000 | a tall structure',
      '02900100 06 n 01 Glass_Spire 0 001 @i 02900000 n 0000 | an invented tower',
      '02900200 06 n 01 ship 0 000 | a vessel',
      '02900300 06 n 01 Sea_Queen 0 001 @i 02900200 n 0000 | an invented ship',
      '08000000 14 n 01 society 0 000 | an association',
      '08000100 14 n 02 Royal_Academy_of_Things 0 RAT 0 001 @ 08000000 n 0000 | an invented society',
      '08000200 14 n 01 Mandel_set 0 001 @ 08000000 n 0000 | an invented concept',
      '08000300 14 n 01 Northland 0 001 @ 08000000 n 0000 | the countries of an invented continent',
      '08000400 14 n 01 Holy_Northern_Empire 0 001 @ 08000500 n 0000 | an invented empire',
      '08000500 14 n 01 political_unit 0 000 | a unit with a government',
      '08000600 14 n 01 Quiet_Club 0 001 @ 08000000 n 0000 | a club nobody looks up',
      '09000000 15 n 01 continent 0 000 | a large land mass',
      '09000100 15 n 01 Northland 0 001 @i 09000000 n 0000 | an invented continent',
      '09000200 15 n 01 lake 0 000 | a body of water',
      '09000300 15 n 02 Wend 0 Lake_Wend 0 001 @i 09000200 n 0000 | an invented lake',
      '',
    ].join('\n'),
  );
  const popular = new Set([
    'great quarrel',
    'long great quarrel of old',
    'great quarrel war',
    'fernhill',
    'glass spire',
    'sea queen',
    'royal academy of things',
    'mandel set',
    'northland',
    'holy northern empire',
    'lake wend',
  ]);
  const out = wordnetEntities(new Map(), new Map(), new Set(), popular, dir);
  const byName = new Map(out.map((e) => [e.name, e]));

  it('takes named events and buildings under a popular name of two words or more, with their years', () => {
    // Named by the popular name that says it was a war; the first popular name stays an alias.
    expect(byName.get('Great Quarrel War')).toMatchObject({
      type: 'event',
      kind: 'war',
      wikipedia: 'Great Quarrel War',
      aliases: ['Great Quarrel', 'Quarrel of Ages', 'Long Great Quarrel of Old'],
      description: 'War (1901–1905).',
    });
    expect(byName.get('Glass Spire')).toMatchObject({ type: 'place', kind: 'tower' });
    // A one-word event is a town's name; a ship is no place a reader looks up.
    expect(byName.has('Fernhill')).toBe(false);
    expect(byName.has('Sea Queen')).toBe(false);
  });

  it('takes bodies WordNet files as kinds when their name is a popular proper name', () => {
    expect(byName.get('Royal Academy of Things')).toMatchObject({
      type: 'organization',
      kind: 'society',
      acronyms: ['RAT'],
    });
    expect(byName.get('Royal Academy of Things')!.aliases).toBeUndefined();
    expect(secondaryEntries.has(byName.get('Royal Academy of Things')!)).toBe(true);
    // A state in history is a place.
    expect(byName.get('Holy Northern Empire')).toMatchObject({ type: 'place', kind: 'political unit' });
    expect(byName.has('Mandel set')).toBe(false);
    expect(byName.has('Quiet Club')).toBe(false);
  });

  it("leaves an instance's name to the instance, and names a place by its popular title", () => {
    const northland = out.filter((e) => e.name === 'Northland');
    expect(northland.map((e) => e.kind)).toEqual(['continent']);
    expect(secondaryEntries.has(northland[0])).toBe(false);
    expect(byName.get('Lake Wend')).toMatchObject({ type: 'place', kind: 'lake', aliases: ['Wend'] });
  });

  it('lets a war go without a day but never an election', () => {
    const event = (id: string, kind: string): KbEntity => ({
      id,
      type: 'event',
      kind,
      name: id,
      sources: ['wordnet'],
    });
    const entities = [event('war-a', 'war'), event('election-b', 'general election')];
    const sources = { wordnet: { name: 'WordNet', licence: 'WordNet 3.0 licence' } };
    const problems = validateKb(entities, sources, parseKb(buildKbFile(entities, sources, new Set())));
    expect(problems).toEqual(['election-b: general election without a date']);
  });
});

describe('WordNet events filed under two articles’ names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-wn-two-articles-'));
  // Invented names: a revolution whose synset also holds the war's names, as WordNet files some events.
  writeFileSync(
    join(dir, 'data.noun'),
    [
      '00200000 04 n 01 revolution 0 000 | a change of government',
      '00200100 04 n 03 Southland_Revolution 0 Southland_Revolutionary_War 0 War_of_Southland_Independence 0 001 @i 00200000 n 0000 | an invented revolution (1801-1808)',
      '00200200 04 n 01 war 0 000 | a fight',
      '00200300 04 n 02 Long_Siege_War 0 Long_Siege 0 001 @i 00200200 n 0000 | an invented war (1701-1702)',
      '',
    ].join('\n'),
  );
  const popular = new Set([
    'southland revolution',
    'southland revolutionary war',
    'long siege war',
    'long siege',
  ]);
  const out = wordnetEntities(new Map(), new Map(), new Set(), popular, dir);
  const byName = new Map(out.map((e) => [e.name, e]));

  it('gives the war its own entry and leaves the revolution without the war’s names', () => {
    expect(byName.get('Southland Revolution')).toMatchObject({
      kind: 'revolution',
      wikipedia: 'Southland Revolution',
    });
    expect(byName.get('Southland Revolution')!.aliases).toBeUndefined();
    expect(byName.get('Southland Revolutionary War')).toMatchObject({
      type: 'event',
      kind: 'war',
      wikipedia: 'Southland Revolutionary War',
      aliases: ['War of Southland Independence'],
      description: 'War (1801–1808).',
    });
  });

  it('keeps a name that calls the event what its class says, or what its own name says', () => {
    expect(namesOtherEventKind('Southland Revolutionary War', 'revolution', 'Southland Revolution')).toBe(
      true,
    );
    expect(namesOtherEventKind('Long Siege', 'war', 'Long Siege War')).toBe(false);
    expect(byName.get('Long Siege War')).toMatchObject({ kind: 'war', aliases: ['Long Siege'] });
  });
});
