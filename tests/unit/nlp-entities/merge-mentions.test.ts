import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/lib/contract/types';
import { mergeMentions, type SpottedMention, type TaggedSpanLike } from '@/lib/nlp/entities';
import { occurrences } from '../../fixtures/nlp-entities/seed-finders';

const KB_TYPES: Record<string, EntityType> = {
  labour: 'organization',
  corbyn: 'person',
  uk: 'place',
  cop26: 'event',
  london: 'place',
  washington: 'place',
  dallas: 'place',
  belgrade: 'place',
  nfp: 'organization',
};
const kbTypeOf = (id: string) => KB_TYPES[id];
const spot = (text: string, surface: string, id: string): SpottedMention[] =>
  occurrences(text, surface).map((o) => ({ ...o, candidates: [id] }));
const tag = (text: string, surface: string, type: TaggedSpanLike['type']): TaggedSpanLike[] =>
  occurrences(text, surface).map((o) => ({ ...o, type }));

describe('mergeMentions', () => {
  it('types KB spans from the KB and tagger spans from the tag (MISC → other)', () => {
    const text = 'Labour met Acme Widgets about the Euro Summit.';
    const merged = mergeMentions(
      text,
      spot(text, 'Labour', 'labour'),
      [...tag(text, 'Acme Widgets', 'ORG'), ...tag(text, 'Euro Summit', 'MISC')],
      kbTypeOf,
    );
    expect(merged.map((m) => [m.text, m.type, m.source])).toEqual([
      ['Labour', 'organization', 'kb'],
      ['Acme Widgets', 'organization', 'tagger'],
      ['Euro Summit', 'other', 'tagger'],
    ]);
  });

  it('keeps a MISC span as the tagger read it and hands it the KB candidates of the same extent', () => {
    const text = 'Leaders flew to COP26 on Monday.';
    const merged = mergeMentions(text, spot(text, 'COP26', 'cop26'), tag(text, 'COP26', 'MISC'), kbTypeOf);
    expect(merged).toEqual([
      { start: 16, end: 21, text: 'COP26', type: 'other', source: 'tagger', kbCandidates: ['cop26'] },
    ]);
  });

  it('never hands a full name the candidates of a surname inside it', () => {
    const text = 'Jeremy Corbyn spoke.';
    const merged = mergeMentions(
      text,
      spot(text, 'Corbyn', 'corbyn'),
      tag(text, 'Jeremy Corbyn', 'PER'),
      kbTypeOf,
    );
    expect(merged).toEqual([{ start: 0, end: 13, text: 'Jeremy Corbyn', type: 'person', source: 'tagger' }]);
  });

  it("never cuts a tagged name at a KB place inside it, and keeps the tagger's type", () => {
    const text = 'Kevin Dallas scored twice for Red Star Belgrade on Sunday.';
    const merged = mergeMentions(
      text,
      [...spot(text, 'Dallas', 'dallas'), ...spot(text, 'Belgrade', 'belgrade')],
      [...tag(text, 'Kevin Dallas', 'PER'), ...tag(text, 'Red Star Belgrade', 'ORG')],
      kbTypeOf,
    );
    expect(merged.map((m) => [m.text, m.type, m.kbCandidates])).toEqual([
      ['Kevin Dallas', 'person', undefined],
      ['Red Star Belgrade', 'organization', undefined],
    ]);
  });

  it('lets a known name extend a tagged one of its type, never the other way round', () => {
    const text = 'She met the Labour Party in Leeds.';
    const merged = mergeMentions(
      text,
      [{ start: 12, end: 24, text: 'Labour Party', candidates: ['labour'] }],
      tag(text, 'Labour', 'ORG'),
      kbTypeOf,
    );
    expect(merged.map((m) => [m.text, m.type])).toEqual([['Labour Party', 'organization']]);
  });

  it('adds a KB name the tagger missed only when it is unambiguous and part of no longer name', () => {
    const text = 'Officials in Dallas agreed. The Dallas Morning Paper said so, and Nfp Group agreed.';
    const spotted = [
      { start: 13, end: 19, text: 'Dallas', candidates: ['dallas'] },
      { start: 32, end: 38, text: 'Dallas', candidates: ['dallas'] },
      { start: 66, end: 69, text: 'Nfp', candidates: ['nfp', 'labour'] },
    ];
    const merged = mergeMentions(text, spotted, tag(text, 'Officials', 'MISC').slice(0, 0), kbTypeOf, true);
    expect(merged.map((m) => [m.start, m.text, m.source])).toEqual([[13, 'Dallas', 'kb']]);
  });

  it('reads a nationality as the tagger did: "British" stays MISC with the country as its candidate', () => {
    const text = 'The British government said.';
    const merged = mergeMentions(text, spot(text, 'British', 'uk'), tag(text, 'British', 'MISC'), kbTypeOf);
    expect(merged.map((m) => [m.text, m.type, m.source, m.kbCandidates])).toEqual([
      ['British', 'other', 'tagger', ['uk']],
    ]);
  });

  it('drops units, time zones and everyday acronyms', () => {
    const text = 'The match starts at 7 PM ET on Sunday, 9 HST in Hawaii.';
    const merged = mergeMentions(
      text,
      [],
      [
        ...tag(text, 'PM', 'ORG'),
        ...tag(text, 'ET', 'ORG'),
        ...tag(text, 'HST', 'ORG'),
        ...tag(text, 'Hawaii', 'LOC'),
      ],
      kbTypeOf,
    );
    expect(merged.map((m) => m.text)).toEqual(['Hawaii']);
  });

  it('excludes the possessive "\'s" from the span', () => {
    const text = "Britain's spy agency";
    const merged = mergeMentions(
      text,
      [{ start: 0, end: 9, text: "Britain's", candidates: ['uk'] }],
      [],
      kbTypeOf,
    );
    expect(merged[0]).toMatchObject({ start: 0, end: 7, text: 'Britain' });
  });

  it('drops pronouns, lone lowercase words and headline guesses', () => {
    const text = 'Security Officials Play Down Cyber Attack On Labour\n\nIt said labour costs rose. He left.';
    const tagged = [
      ...tag(text, 'Security Officials', 'ORG'),
      ...tag(text, 'It', 'ORG'),
      ...tag(text, 'He', 'PER'),
      ...tag(text, 'labour', 'ORG'),
    ];
    const merged = mergeMentions(
      text,
      [...spot(text, 'Labour', 'labour'), ...spot(text, 'labour', 'labour')],
      tagged,
      kbTypeOf,
    );
    // The alias index adds no name from a Title Case headline, and the tagger's unsure guesses there are dropped.
    expect(merged.map((m) => m.text)).toEqual([]);
  });

  it('reads an all-caps dateline as a place even when the tagger calls it an organisation', () => {
    const text = 'LONDON — Officials said.\nWASHINGTON (Reuters) - Agents said.';
    const merged = mergeMentions(
      text,
      spot(text, 'WASHINGTON', 'washington'),
      tag(text, 'LONDON', 'ORG'),
      kbTypeOf,
    );
    expect(merged.map((m) => [m.text, m.type, m.source])).toEqual([
      ['LONDON', 'place', 'dateline'],
      ['WASHINGTON', 'place', 'dateline'],
    ]);
  });

  it('takes no dateline that neither the tagger nor the KB reads as a name ("CRICKET - ENGLAND WIN")', () => {
    const text = "CRICKET - ENGLAND WIN AT LORD'S\nThe match ended.";
    expect(mergeMentions(text, [], [], kbTypeOf, true)).toEqual([]);
  });

  it('ignores spans outside the text and returns nothing for an empty text', () => {
    expect(mergeMentions('', [{ start: 0, end: 4, text: 'NCSC', candidates: ['x'] }], [], kbTypeOf)).toEqual(
      [],
    );
  });
});

describe('mergeMentions on a 1 MB article', () => {
  it('finishes (its growth is in npm run bench -- growth)', () => {
    const sentence = 'Jeremy Corbyn told Labour that the National Cyber Security centre was ready. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const spotted = [...spot(text, 'Corbyn', 'corbyn'), ...spot(text, 'Labour', 'labour')];
    const tagged = [...tag(text, 'Jeremy Corbyn', 'PER'), ...tag(text, 'National Cyber Security', 'ORG')];
    const merged = mergeMentions(text, spotted, tagged, kbTypeOf);
    expect(merged).toHaveLength(3 * Math.ceil(1_000_000 / sentence.length));
  });
});
