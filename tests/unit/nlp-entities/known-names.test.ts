import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/lib/contract/types';
import { mergeMentions, type SpottedMention, type TaggedSpanLike } from '@/lib/nlp/entities';
import { occurrences } from '../../fixtures/nlp-entities/seed-finders';

/** A tiny KB: type, how well known, and the entry's own name (other spellings are aliases). */
const KB: Record<string, { type: EntityType; prior: number; name: string }> = {
  photosite: { type: 'organization', prior: 0.85, name: 'Facebook' },
  leeds: { type: 'place', prior: 0.6, name: 'Leeds' },
  corkcity: { type: 'place', prior: 0.37, name: 'Cork' },
  manisle: { type: 'place', prior: 0.7, name: 'Isle of Man' },
  obama: { type: 'person', prior: 0.82, name: 'Barack Obama' },
  obamatown: { type: 'place', prior: 0.2, name: 'Obama' },
  fordco: { type: 'organization', prior: 0.8, name: 'Ford Motor Company' },
  wmo: { type: 'organization', prior: 0.75, name: 'World Meteorological Organization' },
  london: { type: 'place', prior: 0.9, name: 'London' },
  iceland: { type: 'place', prior: 0.9, name: 'Iceland' },
  us: { type: 'place', prior: 0.95, name: 'United States' },
};
const kbTypeOf = (id: string) => KB[id]?.type;
const knownName = (id: string, surface: string) =>
  KB[id] && { prior: KB[id].prior, ownName: KB[id].name.toLowerCase() === surface.toLowerCase() };
const spot = (text: string, surface: string, ...ids: string[]): SpottedMention[] =>
  occurrences(text, surface).map((o) => ({ ...o, candidates: ids }));
const tag = (text: string, surface: string, type: TaggedSpanLike['type'], score = 1): TaggedSpanLike[] =>
  occurrences(text, surface).map((o) => ({ ...o, type, score }));
const merge = (text: string, spotted: SpottedMention[], tagged: TaggedSpanLike[]) =>
  mergeMentions(text, spotted, tagged, kbTypeOf, true, knownName).map((m) => [m.text, m.type]);

describe('mergeMentions reads known names where the tagger guessed', () => {
  it("takes a well-known company's type when the tagger guessed a place", () => {
    const text = 'She shared the photos on Facebook last week.';
    expect(merge(text, spot(text, 'Facebook', 'photosite'), tag(text, 'Facebook', 'LOC', 0.5))).toEqual([
      ['Facebook', 'organization'],
    ]);
  });

  it('keeps a sure tagger reading, and never turns a club into its city', () => {
    const text = 'Leeds beat the visitors on Saturday.';
    expect(merge(text, spot(text, 'Leeds', 'leeds'), tag(text, 'Leeds', 'ORG', 0.55))).toEqual([
      ['Leeds', 'organization'],
    ]);
    const sure = 'She shared the photos on Facebook last week.';
    expect(merge(sure, spot(sure, 'Facebook', 'photosite'), tag(sure, 'Facebook', 'LOC', 0.95))).toEqual([
      ['Facebook', 'place'],
    ]);
  });

  it("does not take a company for a person named by its founder's surname", () => {
    const text = 'Ford said the plan was sound.';
    expect(merge(text, spot(text, 'Ford', 'fordco'), tag(text, 'Ford', 'PER', 0.6))).toEqual([
      ['Ford', 'person'],
    ]);
  });

  it('reads a town as a place when the tagger read it so elsewhere in the article', () => {
    const text = 'Cork council met. Traffic in Cork was light.';
    const tagged = [
      { ...occurrences(text, 'Cork')[0], type: 'PER' as const, score: 0.7 },
      { ...occurrences(text, 'Cork')[1], type: 'LOC' as const, score: 0.6 },
    ];
    expect(merge(text, spot(text, 'Cork', 'corkcity'), tagged)).toEqual([
      ['Cork', 'place'],
      ['Cork', 'place'],
    ]);
  });

  it("reads 'the Obama administration' as the person, though a town shares the name", () => {
    const text = 'Critics said the Obama administration moved slowly.';
    expect(merge(text, spot(text, 'Obama', 'obama', 'obamatown'), tag(text, 'Obama', 'LOC', 0.6))).toEqual([
      ['Obama', 'person'],
    ]);
  });

  it('reads the family name of someone named in full as that person', () => {
    const text = 'The scientist Michael Mann disagrees. Mann writes that the models are right.';
    const tagged = [
      ...tag(text, 'Michael Mann', 'PER'),
      { ...occurrences(text, 'Mann')[1], type: 'LOC' as const, score: 0.99 },
    ];
    expect(merge(text, spot(text, 'Mann', 'manisle'), tagged)).toEqual([
      ['Michael Mann', 'person'],
      ['Mann', 'person'],
    ]);
  });

  it("reads a MISC span that is an organisation's full name as that organisation", () => {
    const text = 'The World Meteorological Organization said so.';
    expect(
      merge(
        text,
        spot(text, 'World Meteorological Organization', 'wmo'),
        tag(text, 'World Meteorological Organization', 'MISC'),
      ),
    ).toEqual([['World Meteorological Organization', 'organization']]);
  });

  it("reads 'London-based' as London, but not a word cut from a longer name", () => {
    const text = 'A London-based charity and a Mercer Island-based firm.';
    const tagged = [...tag(text, 'London-based', 'MISC'), ...tag(text, 'Island-based', 'MISC')];
    expect(
      merge(text, [...spot(text, 'London', 'london'), ...spot(text, 'Island', 'iceland')], tagged),
    ).toEqual([['London', 'place']]);
  });

  it("reads 'US' in capitals as the country, not the pronoun", () => {
    const text = 'Gun laws in the US are a frustration.';
    expect(merge(text, spot(text, 'US', 'us'), tag(text, 'US', 'LOC', 0.5))).toEqual([['US', 'place']]);
  });
});
