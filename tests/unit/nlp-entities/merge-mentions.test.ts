import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/lib/analysis/types';
import { mergeMentions, type SpottedMention, type TaggedSpanLike } from '@/lib/nlp/entities';
import { occurrences } from '../../fixtures/nlp-entities/seed-finders';

const KB_TYPES: Record<string, EntityType> = {
  labour: 'organization',
  corbyn: 'person',
  uk: 'place',
  cop26: 'event',
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

  it('lets the KB type a MISC span it knows ("COP26" is an event)', () => {
    const text = 'Leaders flew to COP26 on Monday.';
    const merged = mergeMentions(text, spot(text, 'COP26', 'cop26'), tag(text, 'COP26', 'MISC'), kbTypeOf);
    expect(merged).toEqual([
      { start: 16, end: 21, text: 'COP26', type: 'event', source: 'kb', kbCandidates: ['cop26'] },
    ]);
  });

  it('prefers the longer span and hands it the KB candidates of the same-type name inside', () => {
    const text = 'Jeremy Corbyn spoke.';
    const merged = mergeMentions(
      text,
      spot(text, 'Corbyn', 'corbyn'),
      tag(text, 'Jeremy Corbyn', 'PER'),
      kbTypeOf,
    );
    expect(merged).toEqual([
      {
        start: 0,
        end: 13,
        text: 'Jeremy Corbyn',
        type: 'person',
        source: 'tagger',
        kbCandidates: ['corbyn'],
      },
    ]);
  });

  it('keeps the KB span when a tagger span of the same length disagrees', () => {
    const text = 'The British government said.';
    const merged = mergeMentions(text, spot(text, 'British', 'uk'), tag(text, 'British', 'MISC'), kbTypeOf);
    expect(merged.map((m) => [m.text, m.type, m.source])).toEqual([['British', 'place', 'kb']]);
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

  it('drops pronouns, lone lowercase words and Title Case headline guesses', () => {
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
    expect(merged.map((m) => m.text)).toEqual(['Labour']);
  });

  it('reads an all-caps dateline as a place even when the tagger calls it an organisation', () => {
    const text = 'LONDON — Officials said.\nWASHINGTON (Reuters) - Agents said.';
    const merged = mergeMentions(text, [], tag(text, 'LONDON', 'ORG'), kbTypeOf);
    expect(merged.map((m) => [m.text, m.type, m.source])).toEqual([
      ['LONDON', 'place', 'dateline'],
      ['WASHINGTON', 'place', 'dateline'],
    ]);
  });

  it('ignores spans outside the text and returns nothing for an empty text', () => {
    expect(mergeMentions('', [{ start: 0, end: 4, text: 'NCSC', candidates: ['x'] }], [], kbTypeOf)).toEqual(
      [],
    );
  });
});

describe('mergeMentions on a 1 MB article', () => {
  it('finishes in linear time', () => {
    const sentence = 'Jeremy Corbyn told Labour that the National Cyber Security centre was ready. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const spotted = [...spot(text, 'Corbyn', 'corbyn'), ...spot(text, 'Labour', 'labour')];
    const tagged = [...tag(text, 'Jeremy Corbyn', 'PER'), ...tag(text, 'National Cyber Security', 'ORG')];
    const started = performance.now();
    const merged = mergeMentions(text, spotted, tagged, kbTypeOf);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(merged).toHaveLength(3 * Math.ceil(1_000_000 / sentence.length));
  });
});
