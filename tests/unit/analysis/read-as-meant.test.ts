/**
 * Kinds of wrong card of issue 11 (gum-linking's tuned half), each from sentences written for it: a nationality
 * that is the subject of a verb is a people, a wine or a cheese named after a place is the drink or the food,
 * and a popular person's bare Wikipedia title does not stand for a scholar or a professional of the same name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import {
  isDrinkNamedAfterPlace,
  isFoodAndDrinkText,
  isNamedAfterAPlace,
} from '@/lib/analysis/drink-named-after-place';
import { verbFollows } from '@/lib/analysis/nationality';
import { otherWalkOfLife } from '@/lib/analysis/walk-of-life';
import type { Analyzer } from '@/lib/analysis/engine';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const cardsOf = (text: string): string[] =>
  analyzer.analyze(articleFromText(text), {}).entities.flatMap((e) => (e.card && e.kbId ? [e.kbId] : []));
const endOf = (text: string, word: string) => text.indexOf(word) + word.length;

describe('a nationality that is the subject of a verb', () => {
  it('reads a past tense, a modal or an adverb after it as a verb of which the people are the subject', () => {
    const follows = (text: string, word: string) => verbFollows(text, endOf(text, word));
    expect(follows('When the Spanish found the river, they built a fort.', 'Spanish')).toBe(true);
    expect(follows('Later the Dutch settled the northern coast.', 'Dutch')).toBe(true);
    expect(follows('The French would return within a decade.', 'French')).toBe(true);
    // A noun, an adjective in -ed before a noun, a hyphenated word: the country's.
    expect(follows('They fled the Spanish persecution of dissenters.', 'Spanish')).toBe(false);
    expect(follows('The French armed forces left the port.', 'French')).toBe(false);
    expect(follows('The Dutch navy sailed at dawn.', 'Dutch')).toBe(false);
  });

  it('gives the people no country card, and keeps it where the word speaks of the state', () => {
    expect(cardsOf('The Spanish found little organised resistance among the river towns.')).not.toContain(
      'country-es',
    );
    expect(cardsOf('The Spanish government raised taxes on Monday.')).toContain('country-es');
  });
});

describe('a wine or a cheese named after a place', () => {
  const wine =
    'We tasted a 2019 vintage first, then the Shiraz, which is soft on the palate. The blend also had Shiraz.';
  it('is the drink in a text about food and drink, unless a word of place or travel comes before it', () => {
    expect(isNamedAfterAPlace('Shiraz')).toBe(true);
    expect(isNamedAfterAPlace('Leeds')).toBe(false);
    expect(isFoodAndDrinkText(wine)).toBe(true);
    expect(isFoodAndDrinkText('Shiraz is a city in the south of Iran with old gardens.')).toBe(false);
    const at = wine.indexOf('Shiraz');
    expect(isDrinkNamedAfterPlace(wine, at, at + 6, true)).toBe(true);
    const trip = 'After the wine tasting we drove to Bordeaux for a bottle.';
    const b = trip.indexOf('Bordeaux');
    expect(isDrinkNamedAfterPlace(trip, b, b + 8, isFoodAndDrinkText(trip))).toBe(false);
  });

  it('gives the drink no city card; the city keeps its card in a story about the city', () => {
    expect(cardsOf(wine)).not.toContain('city-ir-shiraz');
    expect(cardsOf('Officials in Shiraz said the flight from Tehran landed late.')).toContain(
      'city-ir-shiraz',
    );
    // In a text about wine, words that call it a city keep the city.
    expect(
      cardsOf(
        'Bordeaux is the largest city of the region, and the wine trade there is old; its bottles ship far.',
      ),
    ).toContain('city-fr-bordeaux');
  });
});

describe('a popular title’s person beside a scholar or professional of that name', () => {
  const unknown = {};
  const check = (text: string, name: string) =>
    otherWalkOfLife(text, [{ start: text.indexOf(name), end: endOf(text, name) }], unknown);

  it('does not vouch for a person the text makes a scholar, a professional or a resident', () => {
    expect(
      check('The data are disputed by Tom Ray, a well-known climate scientist at a university.', 'Tom Ray'),
    ).toBe(true);
    expect(check('The economist Tom Ray disagreed.', 'Tom Ray')).toBe(true);
    // An entertainer or no walk of life at all: nothing to contradict.
    expect(check('Tom Ray, the actor, opened the festival.', 'Tom Ray')).toBe(false);
    expect(check('Tom Ray opened the festival on Friday.', 'Tom Ray')).toBe(false);
    // An entry that says what it does is judged by the other rules, not this one.
    expect(
      otherWalkOfLife('The economist Tom Ray disagreed.', [{ start: 14, end: 21 }], { kind: 'economist' }),
    ).toBe(false);
  });

  it('gives the climate scientist no card of the popular title, and the actor his', () => {
    expect(
      cardsOf('Those findings are disputed by Michael Mann, a well-known climate scientist at a university.'),
    ).not.toContain('person-michael-mann-wp');
    expect(cardsOf('Bryan Cranston opened the festival on Friday with a short speech.')).toContain(
      'person-bryan-cranston-wp',
    );
  });
});
