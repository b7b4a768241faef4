/**
 * Kinds a new reader met on unprepared pages (issue 11, round 24): a label before a figure read as a
 * company or magazine ('Prep Time: 15 minutes', 'Total 1,204'), a connective opening a sentence ('Thus,')
 * carded as a party of that name, and a description whose modifiers say what the thing is ('the weight-loss
 * company') sent to the last company named, and capitals that are a common noun or a chat shorthand here
 * ('call your GP', 'IMO, …') carded as a party or an agency, and a dish named after a place ('Brussels
 * sprouts') carded as the city. Sentences written for this test, read through analyze() with
 * the shipped KB and tagger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analysis } from '@/lib/contract/types';
import type { Analyzer } from '@/lib/analysis/engine';
import { isCommonAcronym } from '@/lib/analysis/common-acronym';
import { isDishNamedAfterPlace } from '@/lib/analysis/drink-named-after-place';
import { isNotANameBefore } from '@/lib/analysis/not-a-name';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const analyse = (text: string): Analysis => analyzer.analyze(articleFromText(text), {});
/** The card title shown for each mention written `mention` (undefined: a mark without a card). */
const cardsFor = (text: string, mention: string): Array<string | undefined> =>
  analyse(text).entities.flatMap((e) =>
    e.mentions.filter((m) => m.text === mention).map(() => e.card?.title),
  );

describe('a label before a figure', () => {
  it('is a label when a colon or a minus sign stands between it and the number', () => {
    expect(isNotANameBefore('Time', ': 15', false, 'ingredients.\nPrep ')).toBe(true);
    expect(isNotANameBefore('Time', ': 15', true)).toBe(true);
    expect(isNotANameBefore('Time', ' -0:', false)).toBe(true);
    expect(isNotANameBefore('Total', ' 1,2', false)).toBe(true);
    expect(isNotANameBefore('Total', ' $20', false)).toBe(true);
    // A name before a colon and a number stays a name, and so does a word in running prose before one.
    expect(isNotANameBefore('Okafor', ': 15', false, 'Prep ')).toBe(false);
    expect(isNotANameBefore('Earth', ': 130', false, 'ever measured on ')).toBe(false);
  });

  it('gets no magazine or oil company card on a recipe card or a table', () => {
    const recipe =
      'Whisk the eggs with the sugar until pale.\nPrep Time: 15 minutes\nCook Time: 40 minutes\n' +
      'Serves eight. Area of the farm: Total 1,204 hectares, of which half is wheat.';
    expect(cardsFor(recipe, 'Time').filter(Boolean)).toEqual([]);
    expect(cardsFor(recipe, 'Total').filter(Boolean)).toEqual([]);
  });

  it('leaves the planet its card in prose before a colon', () => {
    const text = 'The hottest air ever measured on Earth: 57 degrees, in a desert valley of California.';
    expect(cardsFor(text, 'Earth').filter(Boolean)).toHaveLength(1);
  });
});

describe('a connective opening a sentence', () => {
  it('is no name before its comma', () => {
    expect(isNotANameBefore('Thus', ', th', true)).toBe(true);
    expect(isNotANameBefore('Thus', ', th', false)).toBe(false);
    expect(isNotANameBefore('US', ', Ca', true)).toBe(false);
    expect(isNotANameBefore('Will', ', th', true)).toBe(false);
  });

  it('gets no party card', () => {
    const text =
      'The council had no money left for the bridge. Thus, the repairs waited another year, and the ' +
      'ferry ran twice a day instead.';
    expect(cardsFor(text, 'Thus').filter(Boolean)).toEqual([]);
  });
});

describe('a description whose modifiers say what the thing is', () => {
  it('is not the last company named', () => {
    const text =
      'Disney opened a new park in Florida last spring. Separately, shares of the weight-loss company ' +
      'fell 9% after its chief executive left.';
    const disney = analyse(text).entities.find((e) => e.mentions.some((m) => m.text === 'Disney'));
    expect(disney?.card).toBeDefined();
    expect(disney?.mentions.map((m) => m.text)).toEqual(['Disney']);
  });
});

describe('capitals that are not a body’s initials here', () => {
  it('reads an abbreviation the article uses as a common noun, and a chat shorthand, as no name', () => {
    const gp = 'Stay home and ring the GP first. If the cough lasts, call your GP.';
    const at = (t: string, s: string) => {
      const start = t.indexOf(s);
      return [{ start, end: start + s.length, text: s }];
    };
    expect(isCommonAcronym(gp, at(gp, 'GP'))).toBe(true);
    expect(isCommonAcronym('The GP said so.', at('The GP said so.', 'GP'))).toBe(false);
    // 'a BBC reporter': a noun after the capitals makes them a name's.
    const bbc = 'A BBC reporter asked. The BBC said no.';
    expect(isCommonAcronym(bbc, at(bbc, 'BBC'))).toBe(false);
    const un = 'Troops of a UN-backed force left. The UN said so.';
    expect(isCommonAcronym(un, at(un, 'UN'))).toBe(false);
    const imo = 'IMO, the patch is wrong.';
    expect(isCommonAcronym(imo, at(imo, 'IMO'))).toBe(true);
    const ship = 'Ship owners said the IMO, the UN shipping agency, agreed.';
    expect(isCommonAcronym(ship, at(ship, 'IMO'))).toBe(false);
    const rules = 'Ship owners follow IMO rules on fuel.';
    expect(isCommonAcronym(rules, at(rules, 'IMO'))).toBe(false);
  });

  it('gives the doctor no party card and the blog’s shorthand no agency card', () => {
    const health =
      'Students in Leeds and Bristol with a new cough should not go to the GP or to a hospital. They should ' +
      'stay in their halls and, if the fever lasts a week, call your GP.';
    expect(cardsFor(health, 'GP').filter(Boolean)).toEqual([]);
    const blog =
      'The maintainers merged the patch on Friday. IMO, the new parser is slower, which IMO nobody wanted.';
    expect(cardsFor(blog, 'IMO').filter(Boolean)).toEqual([]);
  });
});

describe('a dish named after a place', () => {
  it('is the dish right before its food word', () => {
    const text = 'Roast the Brussels sprouts, then whisk Dijon mustard into the dressing.';
    expect(isDishNamedAfterPlace(text, text.indexOf('Brussels') + 8)).toBe(true);
    expect(isDishNamedAfterPlace(text, text.indexOf('Dijon') + 5)).toBe(true);
    const trip = 'Ministers met in Brussels on Monday.';
    expect(isDishNamedAfterPlace(trip, trip.indexOf('Brussels') + 8)).toBe(false);
  });

  it('gets no city card; the city keeps its card where the text means it', () => {
    const side =
      'A side of kale salad or Brussels sprouts adds fibre, and a spoon of Dijon mustard adds little fat, ' +
      'the dietitian said.';
    expect(cardsFor(side, 'Brussels').filter(Boolean)).toEqual([]);
    expect(cardsFor(side, 'Dijon').filter(Boolean)).toEqual([]);
    const summit = 'European ministers met in Brussels on Monday to discuss the budget.';
    expect(cardsFor(summit, 'Brussels').filter(Boolean)).toHaveLength(1);
  });
});
