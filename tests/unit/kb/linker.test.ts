import { describe, expect, it } from 'vitest';
import { createLinker } from '../../../lib/kb/index';
import { smallKb } from '../../fixtures/kb/small-kb';

const linker = createLinker(smallKb());
const ukArticle = { publishedAt: '2019-11-13T14:38', country: 'GB' };

describe('spot', () => {
  it('matches acronyms case-sensitively: US the country, not the pronoun', () => {
    const spotted = linker.spot('Officials told us the US and the U.K. agreed.');
    expect(spotted.map((s) => s.text)).toEqual(['US', 'U.K']);
    expect(spotted[0].candidates[0]).toBe('country-us');
  });

  it('takes the longest alias and reads dateline capitals and possessives', () => {
    const spotted = linker.spot(
      "LONDON — The National Cyber Security Centre, part of Britain's GCHQ, spoke.",
    );
    expect(spotted.map((s) => [s.text, s.candidates[0]])).toEqual([
      ['LONDON', 'city-gb-london'],
      ['National Cyber Security Centre', 'gb-ncsc'],
      ['Britain', 'country-gb'],
      ['GCHQ', 'gb-gchq'],
    ]);
  });

  it('does not take ordinary lowercase phrases for names', () => {
    const texts = linker
      .spot('The party did not comment. The main Labour party website was down.')
      .map((s) => s.text);
    expect(texts).toEqual(['Labour']);
  });
});

describe('link', () => {
  it('prefers the namesake in the article country, and says why', () => {
    const gb = linker.link({ names: ['London'], type: 'place' }, ukArticle);
    expect(gb?.kbId).toBe('city-gb-london');
    expect(gb?.why.join(' ')).toContain('GB context');
    const ca = linker.link({ names: ['London'], type: 'place' }, { country: 'CA' });
    expect(ca?.kbId).toBe('city-ca-london');
  });

  it('infers the country from the publisher domain and from places in the text', () => {
    expect(linker.link({ names: ['Labour Party'] }, { url: 'https://www.thesun.co.uk/news/1' })?.kbId).toBe(
      'gb-labour-party',
    );
    const text = 'Labour Party members met in London. Britain votes soon; British voters care.';
    expect(linker.link({ names: ['Labour Party'] }, { text })?.why.join(' ')).toMatch(/GB context/);
  });

  it('answers NIL for namesakes nothing in the context separates', () => {
    expect(linker.link({ names: ['Springfield'], type: 'place' }, { country: 'US' })).toBeUndefined();
  });

  it('finds near misses with a small fuzzy search', () => {
    expect(linker.link({ names: ['Jeremy Corbin'], type: 'person' }, ukArticle)?.kbId).toBe(
      'person-jeremy-corbyn',
    );
    expect(linker.link({ names: ['National Cyber Security Center'] }, ukArticle)?.kbId).toBe('gb-ncsc');
    expect(linker.link({ names: ['Xqzzy Wobbleton'] }, ukArticle)).toBeUndefined();
  });

  it('reads "the general election" on the article clock, and the past tense', () => {
    expect(linker.link({ names: ['the general election'] }, ukArticle)?.kbId).toBe('gb-election-2019-12-12');
    expect(linker.link({ names: ['the December 12 election'] }, ukArticle)?.kbId).toBe(
      'gb-election-2019-12-12',
    );
    const past = {
      publishedAt: '2018-03-01',
      country: 'GB',
      text: 'Labour did well after the general election was held.',
    };
    expect(linker.link({ names: ['the general election'] }, past)?.kbId).toBe('gb-election-2017-06-08');
    expect(
      linker.link(
        { names: ['the general election'] },
        { ...ukArticle, country: 'CA', publishedAt: '2019-09-01' },
      )?.kbId,
    ).toBe('ca-election-2019-10-21');
  });

  it('uses co-mentioned entities to choose between namesakes', () => {
    const r = linker.link({ names: ['Labour Party'] }, { coMentionedIds: ['person-jeremy-corbyn'] });
    expect(r?.kbId).toBe('gb-labour-party');
    expect(r?.why.join(' ')).toContain('co-mentioned');
  });
});

describe('card', () => {
  it('gives an election its date and distance from the article', () => {
    const card = linker.card('gb-election-2019-12-12', ukArticle);
    expect(card.facts).toContainEqual({
      label: 'Date',
      value: 'Thursday 12 December 2019, 29 days after this article',
    });
  });

  it("shows a person's role at the article date, and a party's leader then", () => {
    const corbyn = linker.card('person-jeremy-corbyn', ukArticle);
    expect(corbyn.facts).toContainEqual({
      label: 'Role at the time',
      value: 'Leader of the Labour Party (2015–2020)',
    });
    const later = linker.card('person-jeremy-corbyn', { publishedAt: '2021-05-01' });
    expect(later.facts.filter((f) => f.label === 'Role at the time').map((f) => f.value)).toEqual([
      'MP for Islington North (since 1983)',
    ]);
    const labour = linker.card('gb-labour-party', ukArticle);
    expect(labour.facts).toContainEqual({
      label: 'Leader at the time',
      value: 'Jeremy Corbyn (leader 2015–2020)',
    });
    expect(
      linker
        .card('gb-labour-party', { publishedAt: '2023-01-01' })
        .facts.some((f) => f.label === 'Leader at the time'),
    ).toBe(false);
  });

  it('names the parent, links the official site and Wikipedia, and credits the source', () => {
    const ncsc = linker.card('gb-ncsc', ukArticle);
    expect(ncsc.facts).toContainEqual({ label: 'Part of', value: 'GCHQ' });
    expect(ncsc.links).toContainEqual({ label: 'Official site', url: 'https://www.ncsc.gov.uk/' });
    expect(linker.card('gb-labour-party', ukArticle).links).toContainEqual({
      label: 'Wikipedia',
      url: 'https://en.wikipedia.org/wiki/Labour_Party_(UK)',
    });
    expect(ncsc.source).toBe('Test fixture');
    expect(ncsc.licence).toBe('CC0 1.0');
  });

  it('carries the reasons of the last link for that entry', () => {
    linker.link({ names: ['NCSC'] }, ukArticle);
    expect(linker.card('gb-ncsc', ukArticle).why?.[0]).toBe("matched acronym 'NCSC'");
  });

  it('refuses unknown ids with a hint', () => {
    expect(() => linker.card('nope', ukArticle)).toThrow(/link\(\) or spot\(\)/);
  });
});
