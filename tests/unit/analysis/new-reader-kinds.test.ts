/**
 * Kinds a new reader met on unprepared pages (issue 11, round 22): an airline called by its place's name, a
 * company name that the text uses as an ordinary word, a lawmaker's party-and-state label, a clipped family
 * name, and a namesake from another walk of life. Sentences written for this test, read through analyze()
 * with the shipped KB and tagger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import type { Analyzer } from '@/lib/analysis/engine';
import { airlineNamedAfter, isAviationContext } from '@/lib/analysis/name-context';
import { dropNameFragments, isNotAName, isWordOfTheText } from '@/lib/analysis/not-a-name';
import { otherWalkOfLife } from '@/lib/analysis/walk-of-life';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const analyse = (text: string): Analysis => analyzer.analyze(articleFromText(text), {});
const mentioned = (text: string): string[] =>
  analyse(text).entities.flatMap((e) => e.mentions.map((m) => m.text));
/** The KB id carded for each mention text. */
const cardFor = (text: string, mention: string): Array<string | undefined> =>
  analyse(text).entities.flatMap((e) =>
    e.mentions.filter((m) => m.text === mention).map(() => (e.card ? e.kbId : undefined)),
  );

describe('a place name that stands for an airline named after it', () => {
  const story =
    'Alaska Airlines will add three routes from Seattle next spring. Alaska frequent flyers will earn miles ' +
    'on partner carriers, and Alaska’s lounges will open to members of the alliance. The carrier said fares ' +
    'would not rise. Passengers on flights to Alaska will see new seats.';

  it('reads the bare name as the airline in an air-travel story, the state after "to"', () => {
    expect(isAviationContext(story)).toBe(true);
    const orgs = ['Alaska Airlines'];
    const at = (needle: string, from = 0) => story.indexOf(needle, from);
    const frequent = at('Alaska frequent');
    expect(airlineNamedAfter(story, frequent, frequent + 6, orgs, true)).toBe('Alaska Airlines');
    const lounges = at('Alaska’s lounges');
    expect(airlineNamedAfter(story, lounges, lounges + 6, orgs, true)).toBe('Alaska Airlines');
    const to = at('to Alaska will') + 3;
    expect(airlineNamedAfter(story, to, to + 6, orgs, true)).toBeUndefined();
    // Not an air-travel story: the state.
    expect(airlineNamedAfter(story, frequent, frequent + 6, orgs, false)).toBeUndefined();
  });

  it('gives the airline’s mentions the airline’s card, the state’s only after "to"', () => {
    const entities = analyse(story).entities;
    const airline = entities.find((e) => e.kbId === 'airline-alaska-airlines-439');
    expect(airline?.mentions.map((m) => m.text)).toEqual(['Alaska Airlines', 'Alaska', 'Alaska']);
    const state = entities.find((e) => e.kbId === 'region-us-ak');
    expect(state?.mentions.map((m) => story.slice(m.start - 3, m.end))).toEqual(['to Alaska']);
    expect(
      cardFor(
        'Alaska is the largest state by area; its capital is Juneau, and Alaska has few roads.',
        'Alaska',
      ),
    ).toContain('region-us-ak');
  });
});

describe('a company name the text uses as an ordinary word', () => {
  const post =
    'I keep my notes in plain files.\n\nShell tricks\n\nThe shell finds the right folder for me, and a ' +
    'shell alias does the rest when I open a terminal.';

  it('is no name where only a heading or sentence start capitalises it', () => {
    const starts = new Set([0]);
    const at = post.indexOf('Shell tricks');
    expect(isWordOfTheText(post, [{ start: at, text: 'Shell' }], new Set([...starts, at]))).toBe(true);
    expect(cardFor(post, 'Shell')).not.toContain('gb-shell');
  });

  it('stays the company when the text gives support: no lowercase use, or a capital inside a sentence', () => {
    const oil = 'Shell raised its dividend on Thursday. Investors in Shell welcomed the move.';
    expect(isWordOfTheText(oil, [{ start: 0, text: 'Shell' }], new Set([0]))).toBe(false);
    const mixed = 'Shell sold a refinery. The oil major Shell said a shell company bought it.';
    const inside = mixed.indexOf('Shell said');
    expect(
      isWordOfTheText(
        mixed,
        [
          { start: 0, text: 'Shell' },
          { start: inside, text: 'Shell' },
        ],
        new Set([0]),
      ),
    ).toBe(false);
  });
});

describe('labels and fragments beside lawmakers’ names', () => {
  it('a party-and-state label is not a name; D-Day is left alone', () => {
    for (const label of ['R-N.C', 'R-N.C.', 'D-Calif', 'D-Calif.', 'R-Ky.', 'I-Vt', 'D-NY', 'R-Texas'])
      expect(isNotAName(label, false)).toBe(true);
    expect(isNotAName('D-Day', false)).toBe(false);
    expect(isNotAName('Greensboro-area', false)).toBe(true);
  });

  it('no mark for the labels or a clipped family name in a political story', () => {
    const text =
      'Rep. Tom Harwell (R-N.C.) said on Monday he would retire. His colleague Rep. Ana Ruiz (D-Calif.) ' +
      'praised him. Supporters gathered on the day of Harwel’s announcement in the Greensboro-area office.';
    const names = mentioned(text);
    for (const junk of ['R-N.C', 'R-N.C.', 'D-Calif', 'D-Calif.', 'Harwel', 'Greensboro-area'])
      expect(names).not.toContain(junk);
    expect(names.join('|')).toContain('Tom Harwell');
  });

  it('drops only unlinked one-word entities one or two letters short of a family name in the text', () => {
    const person = { type: 'person', mentions: [{ text: 'Mark Meadows' }] };
    const clipped = { type: 'place', mentions: [{ text: 'Meadow' }] };
    const linked = { type: 'place', kbId: 'x', mentions: [{ text: 'Meadow' }] };
    const other = { type: 'place', mentions: [{ text: 'Mead' }] };
    expect(dropNameFragments([person, clipped, linked, other])).toEqual([person, linked, other]);
  });
});

describe('a namesake from another walk of life', () => {
  const player = { kind: 'basketball player' };
  const senator = { kind: 'politician', roles: [{}] };

  it('an office title before the name or an office beside it is not the player', () => {
    const text = 'The only lawmaker running is state Sen. Pat Keller, who had not filed.';
    const start = text.indexOf('Pat Keller');
    expect(otherWalkOfLife(text, [{ start, end: start + 10 }], player)).toBe(true);
    const appositive = 'Pat Keller, a city councilman in Dover, said the vote was close.';
    expect(otherWalkOfLife(appositive, [{ start: 0, end: 10 }], player)).toBe(true);
    const plain = 'Pat Keller scored 20 points as the visitors won.';
    expect(otherWalkOfLife(plain, [{ start: 0, end: 10 }], player)).toBe(false);
  });

  it('through analyze(): no card of the basketball player for a state senator of the same name', () => {
    const senate = 'The only lawmaker in the race is state Sen. Jim Davis, who had planned to retire.';
    expect(cardFor(senate, 'Jim Davis')).not.toContain('person-jim-davis-nba');
  });

  it('a sports role before the name is not the politician; an unknown kind is never judged', () => {
    const text = 'The team fired head coach Pat Keller after the loss.';
    const start = text.indexOf('Pat Keller');
    expect(otherWalkOfLife(text, [{ start, end: start + 10 }], senator)).toBe(true);
    expect(otherWalkOfLife(text, [{ start, end: start + 10 }], {})).toBe(false);
  });
});
