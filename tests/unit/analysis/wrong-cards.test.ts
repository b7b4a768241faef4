/**
 * Kinds of wrong card the bigger KB brought (issue 11 follow-up), each from sentences written for it and read
 * through analyze() with the shipped KB: a person's family name read as a small town, a small town's bare name
 * with nothing tying it in, a foreign name of a country that is an English word, a network's acronym.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import type { Analyzer } from '@/lib/analysis/engine';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const analyse = (text: string): Analysis => analyzer.analyze(articleFromText(text), {});
const cardsOf = (text: string): string[] =>
  analyse(text).entities.flatMap((e) => (e.card && e.kbId ? [e.kbId] : []));

describe('wrong cards of the bigger KB', () => {
  it('reads a family name after the full name as the person, not a small town of that name', () => {
    const text =
      'Maria Temple, a nurse from Leeds, opened the clinic. Jay Hammond, a fisherman, spoke first. ' +
      'In Hammond’s view the money should come from a common fund. Temple’s reply was short.';
    const cards = cardsOf(text);
    expect(cards).not.toContain('city-us-hammond');
    expect(cards).not.toContain('city-us-temple');
  });

  it('gives a small town no card by its bare name alone, and its card when its state is named', () => {
    expect(
      cardsOf('Newton considered space and time to be independent; Einstein did not. Newton was wrong.'),
    ).not.toContain('city-us-newton');
    expect(cardsOf('The lecture compared Orange with lemon and lime in early recipes.')).not.toContain(
      'city-us-orange',
    );
    expect(
      cardsOf('The river rose in Newton, Massachusetts, overnight. Newton officials closed two roads.'),
    ).toContain('city-us-newton');
    // A large city needs no such tie.
    expect(cardsOf('Flights to Chicago were cancelled on Monday after the storm.')).toContain(
      'city-us-chicago',
    );
  });

  it("gives no country's card to an English word that is that country's name in another language", () => {
    expect(cardsOf('The Island is new to tourism, so if you want luxury, look elsewhere.')).not.toContain(
      'country-is',
    );
    expect(cardsOf('Iceland is new to tourism, so if you want luxury, look elsewhere.')).toContain(
      'country-is',
    );
  });

  it('gives the network for its acronym, the news division for its full name', () => {
    expect(cardsOf('She had a lead role in the CBS legal drama, which ran for seven seasons.')).toContain(
      'us-cbs',
    );
    expect(cardsOf('CBS News reported the vote on Tuesday, citing two officials.')).toContain('us-cbs-news');
  });

  it("keeps a well-known place's own name after a person of that family name", () => {
    const a = analyse('George Washington crossed the river. Washington later became president.');
    const person = a.entities.find((e) => e.mentions.some((m) => m.text === 'Washington'));
    expect(person?.type).toBe('person');
  });
});
